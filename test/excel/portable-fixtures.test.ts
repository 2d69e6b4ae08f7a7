// The test for portable workbooks: on every fixture, fill (live =SAKIP.* formulas), then convert
// to native formulas through the adapter; both workbooks, recomputed by the in-memory Excel's engine
// (HyperFormula), give the same value on every cell. Formulas left as they are carry their reason.
import { planFill } from "../../src/engine/plan/fill";
import { planPortable } from "../../src/engine/plan/portable";
import { recognize } from "../../src/engine/recognize/index";
import { applyFillPlan } from "../../src/excel/apply-plan";
import { applyPortablePlan, PortableConflictError } from "../../src/excel/apply-portable";
import { readWorkbook } from "../../src/excel/read-workbook";
import { createMemoryExcel } from "../../src/memory-excel/index";
import { fixtures } from "../fixtures/data/index";
import { sameValue } from "../engine/plan/portable-harness";
import { modelFromFixture } from "./compare-workbook";
import { snapshot } from "./workbook";

let converted = 0;
afterAll(() => {
  // Fill writes capaian, predikat, serapan and sisa formulas across the fixtures: the test is not vacuous.
  expect(converted).toBeGreaterThanOrEqual(20);
});

describe.each(fixtures.map((f) => [f.file, f] as const))("portable on %s", (_name, fw) => {
  test("after fill (formulas), native formulas give the same value on every cell; twice = once", async () => {
    const model = modelFromFixture(fw);
    const excel = createMemoryExcel(model);
    const grids0 = await excel.run((context) => readWorkbook(context));
    const fill = planFill(
      grids0,
      grids0.flatMap((g) => recognize(g).tables),
      { mode: "formulas" }
    );
    await excel.run((context) => applyFillPlan(context, fill));
    const before = snapshot(model);

    const grids = await excel.run((context) => readWorkbook(context));
    const plan = planPortable(grids);
    excel.resetStats();
    const applied = await excel.run((context) => applyPortablePlan(context, plan));
    converted += applied.cellsWritten;
    expect(applied.cellsWritten).toBe(plan.changes.length);
    if (plan.changes.length > 0) expect(excel.stats.syncs).toBe(2);

    const after = snapshot(model);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const changed = new Set(plan.changes.map((c) => `${c.sheet}!${c.row},${c.col}`));
    for (const [key, cell] of before) {
      const now = after.get(key)!;
      if (!sameValue(cell.value, now.value)) {
        throw new Error(
          `${key}: ${JSON.stringify(cell.value)} before, ${JSON.stringify(now.value)} after (${now.formula ?? ""})`
        );
      }
      expect(now.numberFormat).toEqual(cell.numberFormat);
    }
    for (const sheet of model.sheets) {
      for (const [, cell] of sheet.cells) {
        if (cell.formula === undefined) continue;
        const k = [...sheet.cells.entries()].find(([, c]) => c === cell)![0];
        const key = `${sheet.name}!${Math.floor(k / 16384)},${k % 16384}`;
        if (changed.has(key)) expect(cell.formula).not.toMatch(/SAKIP\./i);
      }
    }
    // Every formula still calling SAKIP is one the plan reported, with its cell and a reason.
    const left = [...model.sheets].flatMap((s) =>
      [...s.cells.values()].filter((c) => c.formula !== undefined && /SAKIP\./i.test(c.formula))
    );
    expect(left.length).toBe(plan.skipped.length);
    for (const s of plan.skipped) expect(s.reason).toContain(s.cell);

    const again = planPortable(await excel.run((context) => readWorkbook(context)));
    expect(again.changes).toEqual([]);
    expect(again.skipped.map((s) => s.reason)).toEqual(plan.skipped.map((s) => s.reason));
  });
});

test("a formula edited after the preview: nothing is written", async () => {
  const model = modelFromFixture(fixtures[0]!);
  const excel = createMemoryExcel(model);
  const grids0 = await excel.run((context) => readWorkbook(context));
  await excel.run((context) =>
    applyFillPlan(
      context,
      planFill(
        grids0,
        grids0.flatMap((g) => recognize(g).tables)
      )
    )
  );
  const plan = planPortable(await excel.run((context) => readWorkbook(context)));
  expect(plan.changes.length).toBeGreaterThan(1);
  const target = plan.changes[1]!;
  excel.editCell(target.sheet, target.row, target.col, "=1+1");
  const before = snapshot(model);
  await expect(excel.run((context) => applyPortablePlan(context, plan))).rejects.toBeInstanceOf(
    PortableConflictError
  );
  expect(snapshot(model)).toEqual(before);
});
