// The comparison sheets the add-in wrote are its output, not the user's tables: a scan after Bandingkan
// reports no tables, doubts or findings on them, and fill never adds columns to them (issue 13).
import { compare } from "../../src/app/compare";
import { runOf } from "../../src/app/excel-run";
import { planFillOf } from "../../src/app/fill";
import { scan } from "../../src/app/scan";
import { DEFAULT_SETTINGS } from "../../src/engine/index";
import { createMemoryExcel } from "../../src/memory-excel/index";
import { pemkotPerbandingan } from "../fixtures/data/index";
import { modelFromFixture } from "../excel/compare-workbook";

test("after Bandingkan, scan and fill leave the generated sheets alone", async () => {
  const excel = createMemoryExcel(modelFromFixture(pemkotPerbandingan));
  const run = runOf(excel);
  const settings = { ...DEFAULT_SETTINGS, polarity: {} };
  const { applied } = await compare(run, settings);
  const generated = new Set(applied.added);
  expect(generated.size).toBe(4);

  const analysis = await scan(run, settings, { tableDoubtFindings: true });
  // The user's two sheets keep their tables.
  expect(new Set(analysis.tables.map((t) => t.sheet))).toEqual(
    new Set(["Tabel 2.26", "RPJMD dan Standar"])
  );
  expect(analysis.findings.filter((f) => generated.has(f.sheet))).toEqual([]);
  expect(analysis.notes.filter((n) => [...generated].some((g) => n.includes(g)))).toEqual([]);

  const plan = planFillOf(analysis, settings, "formulas");
  expect(plan.columns.filter((c) => generated.has(c.sheet))).toEqual([]);
});
