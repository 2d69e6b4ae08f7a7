// Fill's efisiensi column written as live formulas into the in-memory Excel: Excel's results equal the
// engine's figures, every old cell is kept, and a second fill plans nothing.
import { planFill } from "../../src/engine/plan/fill";
import { recognize } from "../../src/engine/recognize/index";
import { applyFillPlan } from "../../src/excel/apply-plan";
import { readWorkbook } from "../../src/excel/read-workbook";
import { createMemoryExcel } from "../../src/memory-excel/index";
import { efisiensi } from "../fixtures/data/index";
import { modelFromFixture, valueAt } from "./compare-workbook";
import { snapshot } from "./workbook";

// The fixture's sasaran sheet without its (empty) Efisiensi column: the add-in adds one.
const fw = {
  ...efisiensi,
  sheets: [
    {
      ...efisiensi.sheets[1]!,
      rows: efisiensi.sheets[1]!.rows.map((r) => r.slice(0, 10)),
      merges: ["A1:J1", "A6:A7", "B6:B7", "A9:G9"],
    },
  ],
};

test("efisiensi formulas in Excel give the engine's figures; twice = once", async () => {
  const model = modelFromFixture(fw);
  const before = snapshot(model);
  const excel = createMemoryExcel(model);
  const scan = async () => {
    const grids = await excel.run((c) => readWorkbook(c));
    return { grids, tables: grids.flatMap((g) => recognize(g).tables) };
  };
  const { grids, tables } = await scan();
  const values = planFill(grids, tables, { mode: "values" });
  const plan = planFill(grids, tables, { mode: "formulas" });
  const col = plan.columns.find((c) => c.kind === "efisiensi")!;
  expect(col).toBeDefined();
  await excel.run((c) => applyFillPlan(c, plan));
  const engine = values.columns.find((c) => c.kind === "efisiensi")!;
  // Seeds: 1 - 97,88%/105%, 1 - 40,86%/80%, 1 - 91,74%/384%, 1 - 25,37%/200%, 1 - 91,74%/134%.
  const seeds = [
    1 - 0.9788 / 1.05,
    1 - 0.4086 / 0.8,
    1 - 0.9174 / 3.84,
    1 - 0.2537 / 2,
    1 - 0.9174 / 1.34,
  ];
  engine.cells.forEach((cell, i) => {
    const v = valueAt(model, "Efisiensi per Sasaran", `K${cell.row + 1}`) as number;
    expect(v).toBeCloseTo(cell.value as number, 9);
    expect(v).toBeCloseTo(seeds[i]!, 3);
  });
  const after = snapshot(model);
  for (const [k, v] of before) expect(after.get(k)).toEqual(v);
  const again = await scan();
  expect(planFill(again.grids, again.tables).columns).toEqual([]);
});
