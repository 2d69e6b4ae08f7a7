import { applyFillPlan, FillConflictError } from "../../src/excel/apply-plan";
import { readWorkbook } from "../../src/excel/read-workbook";
import { planFill } from "../../src/engine/plan/fill";
import type { FillMode } from "../../src/engine/plan/fill";
import type { RecognizedTable } from "../../src/engine/types";
import { createMemoryExcel } from "../../src/memory-excel/index";
import { cellKey } from "../../src/memory-excel/model";
import type { WorkbookModel } from "../../src/memory-excel/model";
import { ANGGARAN_ROWS, PK_ROWS, anggaranTable, pkTable } from "../engine/plan/sheets";
import { modelOf, snapshot } from "./workbook";

const tables = (): RecognizedTable[] => [pkTable(), anggaranTable()];
const workbook = (): WorkbookModel =>
  modelOf(
    { name: "PK 2024", rows: PK_ROWS, merges: [{ row: 4, col: 1, rowCount: 4, colCount: 1 }] },
    { name: "Anggaran", rows: ANGGARAN_ROWS, formats: { "1,2": "#,##0", "1,3": "#,##0" } }
  );

async function fill(model: WorkbookModel, mode: FillMode, maxChunkChars?: number) {
  const excel = createMemoryExcel(model);
  const grids = await excel.run((context) => readWorkbook(context));
  const plan = planFill(grids, tables(), { mode });
  const before = excel.stats.syncs;
  const result = await excel.run((context) =>
    applyFillPlan(context, plan, maxChunkChars ? { maxChunkChars } : {})
  );
  return { plan, result, applySyncs: excel.stats.syncs - before, excel };
}

const cellAt = (model: WorkbookModel, sheet: string, row: number, col: number) =>
  model.getSheet(sheet)!.cells.get(cellKey(row, col));

describe("applyFillPlan on the in-memory Excel", () => {
  test.each<FillMode>(["formulas", "values"])(
    "%s: every cell that existed before is identical afterwards",
    async (mode) => {
      const model = workbook();
      const before = snapshot(model);
      const { plan } = await fill(model, mode);
      expect(plan.columns.length).toBe(4);
      const after = snapshot(model);
      for (const [key, cell] of before) expect(after.get(key)).toEqual(cell);
      // Merges untouched too.
      expect(model.getSheet("PK 2024")!.merges).toEqual([
        { row: 4, col: 1, rowCount: 4, colCount: 1 },
      ]);
    }
  );

  test("formulas mode writes the live formulas, and Excel's results equal the engine's figures", async () => {
    const model = workbook();
    const { plan } = await fill(model, "formulas");
    const values = planFill(
      await createMemoryExcel(workbook()).run((c) => readWorkbook(c)),
      tables(),
      { mode: "values" }
    );
    for (const [i, column] of plan.columns.entries()) {
      const header = cellAt(model, column.sheet, column.headerRow, column.col)!;
      expect(header.value).toBe(column.header);
      expect(header.font?.bold).toBe(true);
      for (const [j, c] of column.cells.entries()) {
        const cell = cellAt(model, column.sheet, c.row, column.col);
        if (c.formula === "") {
          expect(cell?.formula).toBeUndefined();
          continue;
        }
        expect(cell!.formula).toBe(c.formula);
        expect(cell!.numberFormat ?? "General").toBe(column.numberFormat);
        const engine = values.columns[i]!.cells[j]!.value;
        if (typeof engine === "number") expect(cell!.value).toBeCloseTo(engine, 9);
        else if (typeof engine === "string") expect(cell!.value).toBe(engine);
      }
    }
  });

  test("values mode writes the engine's figures, and an unreadable row stays empty (never 0)", async () => {
    const model = workbook();
    const { plan } = await fill(model, "values");
    for (const column of plan.columns) {
      for (const c of column.cells) {
        const cell = cellAt(model, column.sheet, c.row, column.col);
        if (c.value === null) expect(cell?.value ?? "").toBe("");
        else expect(cell!.value).toBe(c.value);
        expect(cell?.formula).toBeUndefined();
      }
    }
    // Anggaran row 7: realisasi "-" -> serapan left empty.
    expect(cellAt(model, "Anggaran", 6, 4)?.value ?? "").toBe("");
  });

  test("one round trip to check, one to write", async () => {
    const { applySyncs, result } = await fill(workbook(), "formulas");
    expect(applySyncs).toBe(2);
    expect(result.syncs).toBe(2);
    expect(result.ranges).toEqual([
      "'PK 2024'!H3:H11",
      "'PK 2024'!I3:I11",
      "Anggaran!E1:E7",
      "Anggaran!F1:F7",
    ]);
  });

  test("a payload over the request limit is split into a few requests with the same result", async () => {
    const whole = workbook();
    await fill(whole, "formulas");
    const split = workbook();
    const { applySyncs } = await fill(split, "formulas", 200);
    expect(applySyncs).toBeGreaterThan(2);
    expect(applySyncs).toBeLessThan(12);
    expect(snapshot(split)).toEqual(snapshot(whole));
  });

  test("twice == once: a second fill plans nothing and changes nothing", async () => {
    const model = workbook();
    await fill(model, "formulas");
    const once = snapshot(model);
    const { plan, applySyncs } = await fill(model, "formulas");
    expect(plan.columns).toEqual([]);
    expect(applySyncs).toBe(0);
    expect(snapshot(model)).toEqual(once);
  });

  test("refuses, writing nothing, when a target cell was filled since the scan", async () => {
    const model = workbook();
    const excel = createMemoryExcel(model);
    const grids = await excel.run((context) => readWorkbook(context));
    const plan = planFill(grids, tables());
    model.getSheet("Anggaran")!.setCell(3, 5, { value: "diisi tangan" });
    const before = snapshot(model);
    await expect(excel.run((context) => applyFillPlan(context, plan))).rejects.toThrow(
      FillConflictError
    );
    await expect(excel.run((context) => applyFillPlan(context, plan))).rejects.toThrow(
      /Anggaran!F4/
    );
    expect(snapshot(model)).toEqual(before);
  });
});
