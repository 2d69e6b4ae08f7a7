// The adapter's write of a portable plan: round trips (check + one write, whatever the number of
// sheets), chunking under the request limit, nothing written when a planned cell changed.
import { planPortable } from "../../src/engine/plan/portable";
import { applyPortablePlan, PortableConflictError } from "../../src/excel/apply-portable";
import { readWorkbook } from "../../src/excel/read-workbook";
import { createMemoryExcel } from "../../src/memory-excel/index";
import { ANGGARAN_DISKOMINFO } from "../memory-excel/helpers";
import { modelOf, snapshot } from "./workbook";

/** Diskominfo Binjai 2024 budget rows (seed table 3.17) with serapan and sisa as SAKIP formulas, on `n` sheets. */
function workbook(n: number) {
  const sheets = Array.from({ length: n }, (_, s) => {
    const formulas: Record<string, string> = {};
    ANGGARAN_DISKOMINFO.forEach((_, i) => {
      formulas[`${i + 1},3`] = `=SAKIP.SERAPAN(B${i + 2},C${i + 2})`;
      formulas[`${i + 1},4`] = `=SAKIP.SISA(B${i + 2},C${i + 2})`;
    });
    return {
      name: `Anggaran ${s + 1}`,
      rows: [
        ["Program", "Pagu", "Realisasi"],
        ...ANGGARAN_DISKOMINFO.map(([p, pagu, real]) => [p, pagu, real]),
      ],
      formulas,
    };
  });
  return createMemoryExcel(modelOf(...sheets));
}

test.each([1, 40])("%i sheets: one check and one write, values unchanged", async (n) => {
  const excel = workbook(n);
  const plan = planPortable(await excel.run((c) => readWorkbook(c)));
  expect(plan.changes).toHaveLength(n * ANGGARAN_DISKOMINFO.length * 2);
  const before = [...snapshot(excel.model).values()].map((c) => c.value);
  excel.resetStats();
  const result = await excel.run((c) => applyPortablePlan(c, plan));
  expect(result.syncs).toBe(2);
  expect(excel.stats.syncs).toBe(2);
  expect(result.ranges).toHaveLength(n * 2);
  const after = [...snapshot(excel.model).values()];
  expect(after.map((c) => c.value)).toEqual(before);
  // The seed's first program: serapan printed 92,04%, sisa 318.354.485.
  const serapan = excel.model.getSheet("Anggaran 1")!.getCell(1, 3)!.value as number;
  expect(Math.round(serapan * 10000) / 100).toBe(92.04);
  expect(excel.model.getSheet("Anggaran 1")!.getCell(1, 4)!.value).toBe(318354485);
  expect(after.some((c) => c.formula?.includes("SAKIP"))).toBe(false);
});

test("a small request budget splits the writes; the workbook ends the same", async () => {
  const a = workbook(2);
  const b = workbook(2);
  const planA = planPortable(await a.run((c) => readWorkbook(c)));
  const planB = planPortable(await b.run((c) => readWorkbook(c)));
  const big = await a.run((c) => applyPortablePlan(c, planA));
  const small = await b.run((c) => applyPortablePlan(c, planB, { maxChunkChars: 200 }));
  expect(small.syncs).toBeGreaterThan(big.syncs);
  expect(small.cellsWritten).toBe(big.cellsWritten);
  expect(snapshot(b.model)).toEqual(snapshot(a.model));
});

test("a cell typed over after the preview: refused, nothing written", async () => {
  const excel = workbook(1);
  const plan = planPortable(await excel.run((c) => readWorkbook(c)));
  excel.editCell("Anggaran 1", 3, 4, 123);
  const before = snapshot(excel.model);
  const err = await excel.run((c) => applyPortablePlan(c, plan)).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(PortableConflictError);
  expect((err as Error).message).toMatch(/'Anggaran 1'!E4/);
  expect(snapshot(excel.model)).toEqual(before);
});
