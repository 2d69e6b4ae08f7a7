// One predikat scale everywhere (issue 13): with the scale on "auto", a scale table printed in the report
// (here on its own sheet, "Interval Nilai | Kriteria" as the seeds print it) is the scale of the findings on
// every sheet AND of the predikat fill writes, its value and its live formula alike. Before, the findings
// used the printed scale on its own sheet only and fill always used Permendagri 86/2017.
import { planFill } from "../../src/engine/plan/fill";
import { recognize } from "../../src/engine/recognize/index";
import { resolveSettings, validate } from "../../src/engine/validate/index";
import { planPortable } from "../../src/engine/plan/portable";
import { applyFillPlan } from "../../src/excel/apply-plan";
import { applyPortablePlan } from "../../src/excel/apply-portable";
import { readWorkbook } from "../../src/excel/read-workbook";
import { createMemoryExcel } from "../../src/memory-excel/index";
import { WorkbookModel } from "../../src/memory-excel/model";
import type { CellValue } from "../../src/engine/types";

// The report's own scale: not Permendagri's bounds nor its names.
const SCALE: CellValue[][] = [
  ["Interval Nilai", "Kriteria"],
  ["≥ 90%", "Sangat Baik"],
  ["75% - 89,99%", "Baik"],
  ["60% - 74,99%", "Cukup"],
  ["< 60%", "Kurang"],
];

const HEADER = [
  "No",
  "Indikator Kinerja",
  "Satuan",
  "Target",
  "Realisasi",
  "Capaian (%)",
  "Predikat",
];

function put(model: WorkbookModel, name: string, rows: CellValue[][]): void {
  const sheet = model.addSheet(name);
  rows.forEach((line, r) =>
    line.forEach((value, c) => {
      if (value !== "" && value !== null) sheet.setCell(r, c, { value });
    })
  );
}

function workbook(): WorkbookModel {
  const model = new WorkbookModel();
  // A PK table whose predikat the report stated with its own scale: 80% is "Baik", 95% "Sangat Baik".
  put(model, "PK 2024", [
    ["Pengukuran Kinerja Tahun 2024"],
    [],
    HEADER,
    [1, "Persentase dokumen perencanaan tepat waktu", "%", 100, 80, 80, "Baik"],
    [2, "Persentase rekomendasi ditindaklanjuti", "%", 100, 95, 95, "Sangat Baik"],
    [3, "Persentase aduan diselesaikan", "%", 100, 50, 50, "Kurang"],
  ]);
  // A second table with empty Capaian and Predikat columns: fill writes them.
  put(model, "PK 2025", [
    ["Pengukuran Kinerja Tahun 2025"],
    [],
    HEADER,
    [1, "Persentase dokumen perencanaan tepat waktu", "%", 100, 80, "", ""],
    [2, "Persentase rekomendasi ditindaklanjuti", "%", 100, 95, "", ""],
    [3, "Persentase aduan diselesaikan", "%", 100, 50, "", ""],
  ]);
  put(model, "Skala", SCALE);
  return model;
}

test("auto resolves the printed scale once; findings and fill (value and formula) grade with it", async () => {
  const model = workbook();
  const excel = createMemoryExcel(model);
  const grids = await excel.run((context) => readWorkbook(context));
  const tables = grids.flatMap((g) => recognize(g).tables);
  const { settings, notes } = resolveSettings(grids, tables, { scale: "auto" });
  expect(settings.scale).toEqual([
    [90, "Sangat Baik"],
    [75, "Baik"],
    [60, "Cukup"],
    [-Infinity, "Kurang"],
  ]);
  expect(notes.join(" ")).toMatch(/lembar Skala/);

  // The stated predikat fit the report's scale: no PREDIKAT_MISMATCH (Permendagri would call 80% "Tinggi").
  const findings = grids.flatMap((g) => validate(g, tables, settings).findings);
  expect(findings.filter((f) => f.rule === "PREDIKAT_MISMATCH")).toEqual([]);

  // Fill: the values, and the formulas Excel recalculates, say what the report's scale says.
  const plan = planFill(grids, tables, { settings, mode: "formulas" });
  const pred = plan.columns.find((c) => c.kind === "predikat" && c.sheet === "PK 2025")!;
  expect(pred.cells.map((c) => c.value)).toEqual(["Baik", "Sangat Baik", "Kurang"]);
  expect(pred.cells[0]!.formula).toContain(
    '{"< 60","Kurang";60,"Cukup";75,"Baik";90,"Sangat Baik"}'
  );
  await excel.run((context) => applyFillPlan(context, plan));
  const sheet = model.getSheet("PK 2025")!;
  expect([3, 4, 5].map((r) => sheet.getCell(r, 6)?.value)).toEqual([
    "Baik",
    "Sangat Baik",
    "Kurang",
  ]);

  // "Ubah ke rumus Excel biasa": the scale in the formula converts too, and gives the same labels.
  const after = await excel.run((context) => readWorkbook(context));
  const portable = planPortable(after);
  expect(portable.skipped.filter((x) => x.sheet === "PK 2025")).toEqual([]);
  await excel.run((context) => applyPortablePlan(context, portable));
  for (const r of [3, 4, 5]) expect(sheet.getCell(r, 6)?.formula).not.toMatch(/SAKIP/);
  expect([3, 4, 5].map((r) => sheet.getCell(r, 6)?.value)).toEqual([
    "Baik",
    "Sangat Baik",
    "Kurang",
  ]);
});

test("without a printed scale, auto is Permendagri 86/2017 for findings and fill alike", async () => {
  const model = workbook();
  model.removeSheet("Skala");
  const excel = createMemoryExcel(model);
  const grids = await excel.run((context) => readWorkbook(context));
  const tables = grids.flatMap((g) => recognize(g).tables);
  const { settings } = resolveSettings(grids, tables, { scale: "auto" });
  expect(settings.scale).toBe("permendagri86");
  const plan = planFill(grids, tables, { settings, mode: "values" });
  const pred = plan.columns.find((c) => c.kind === "predikat" && c.sheet === "PK 2025")!;
  expect(pred.cells.map((c) => c.value)).toEqual(["Tinggi", "Sangat Tinggi", "Sangat Rendah"]);
  // The report's "Baik" for 80% is not Permendagri's: the findings say so on that sheet.
  const findings = grids.flatMap((g) => validate(g, tables, settings).findings);
  expect(findings.filter((f) => f.rule === "PREDIKAT_MISMATCH").length).toBeGreaterThan(0);
});
