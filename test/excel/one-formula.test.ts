// One setting, one formula, everywhere (issue 13): the seeds' Tingkat Pengangguran Terbuka (target 6,10,
// realisasi 5,44) is printed as 112% (T/R). Under "ikuti rumus laporan" (auto) the findings, the fill and
// every comparison sheet give 112%; under a fixed (2T-R)/T all of them give 110,82%.
import { planFill } from "../../src/engine/plan/fill";
import { recognize } from "../../src/engine/recognize/index";
import { resolveSettings, validate } from "../../src/engine/validate/index";
import type { LowerFormula } from "../../src/engine/settings";
import { applyFillPlan } from "../../src/excel/apply-plan";
import { readWorkbook } from "../../src/excel/read-workbook";
import { createMemoryExcel } from "../../src/memory-excel/index";
import { pemkotPerbandingan, pemkotPk, efisiensi } from "../fixtures/data/index";
import { compareOnce, modelFromFixture } from "./compare-workbook";

const TPT = /pengangguran/i;

async function tptEverywhere(lowerFormula: LowerFormula) {
  const model = modelFromFixture({
    ...pemkotPk,
    sheets: [...pemkotPk.sheets, ...pemkotPerbandingan.sheets, ...efisiensi.sheets],
  });
  const excel = createMemoryExcel(model);
  const grids = await excel.run((context) => readWorkbook(context));
  const tables = grids.flatMap((g) => recognize(g).tables);
  const { settings } = resolveSettings(grids, tables, { lowerFormula });
  // Findings: no capaian of a TPT row is called wrong.
  const findings = grids.flatMap((g) => validate(g, tables, settings).findings);
  const fill = planFill(grids, tables, { settings, mode: "values" });
  await excel.run((context) => applyFillPlan(context, planFill(grids, tables, { settings })));
  const { result } = await compareOnce(excel, { settings });
  // Every generated sheet: the first percent figure right of the TPT name, as Excel shows it after recalculation.
  const onSheets: Record<string, number> = {};
  for (const name of result.added) {
    const sheet = model.getSheet(name)!;
    for (const [key, cell] of sheet.cells) {
      if (typeof cell.value !== "string" || !TPT.test(cell.value)) continue;
      const row = Math.floor(Number(key) / 16384);
      for (let col = 0; col < 30; col++) {
        const c = sheet.getCell(row, col);
        if (c?.formula && /SAKIP\.CAPAIAN/.test(c.formula) && typeof c.value === "number") {
          onSheets[name] = c.value;
          break;
        }
      }
    }
  }
  const filled = fill.columns
    .flatMap((c) =>
      c.cells.filter((x) => x.formula.includes("CAPAIAN") && typeof x.value === "number")
    )
    .filter((x) => /"lower/.test(x.formula))
    .map((x) => x.value as number);
  return { settings, findings, onSheets, filled };
}

test("auto follows the report's T/R: 112% in findings, fill and every comparison sheet", async () => {
  const { settings, findings, onSheets, filled } = await tptEverywhere("auto");
  expect(settings.lowerFormula).toBe("lower-ratio");
  expect(
    findings.filter((f) => f.rule === "CAPAIAN_MISMATCH" && /Pengangguran/.test(f.message))
  ).toEqual([]);
  // Each sheet with its own target: this year's 6,10, the RPJMD's final 6, the standard 5,6; one formula, T/R.
  expect(onSheets["Perbandingan Antar Tahun"]).toBeCloseTo(6.1 / 5.44, 6);
  expect(onSheets["Perbandingan Target Akhir"]).toBeCloseTo(6 / 5.44, 6);
  expect(onSheets["Perbandingan Standar"]).toBeCloseTo(5.6 / 5.44, 6);
  for (const v of filled) expect(v).toBeCloseTo(6.1 / 5.44, 6);
});

test("a fixed (2T-R)/T gives 110,82% on every sheet, and the findings say the printed 112% is off", async () => {
  const { settings, findings, onSheets } = await tptEverywhere("lower");
  expect(settings.lowerFormula).toBe("lower");
  expect(onSheets["Perbandingan Antar Tahun"]).toBeCloseTo((2 * 6.1 - 5.44) / 6.1, 6);
  expect(onSheets["Perbandingan Target Akhir"]).toBeCloseTo((2 * 6 - 5.44) / 6, 6);
  expect(onSheets["Perbandingan Standar"]).toBeCloseTo((2 * 5.6 - 5.44) / 5.6, 6);
  expect(
    findings.some((f) => f.rule === "CAPAIAN_MISMATCH" && /Pengangguran/.test(f.message))
  ).toBe(true);
});
