// Shared steps of the compare tests: a fixture as an in-memory workbook, and one scan + compare + write.
import { planCompare } from "../../src/engine/plan/compare";
import type { CompareOptions } from "../../src/engine/plan/compare";
import { recognize } from "../../src/engine/recognize/index";
import { applyComparePlan } from "../../src/excel/apply-compare";
import type { ApplyCompareOptions } from "../../src/excel/apply-compare";
import { readWorkbook } from "../../src/excel/read-workbook";
import { createMemoryExcel } from "../../src/memory-excel/index";
import type { MemoryExcel } from "../../src/memory-excel/index";
import { WorkbookModel, cellKey } from "../../src/memory-excel/model";
import type { CellValue } from "../../src/engine/types";
import { cellValue, formatAt, sheetMerges } from "../fixtures/grid";
import type { FixtureWorkbook } from "../fixtures/spec";

export function modelFromFixture(fw: FixtureWorkbook): WorkbookModel {
  const model = new WorkbookModel();
  for (const spec of fw.sheets) {
    const sheet = model.addSheet(spec.name);
    spec.rows.forEach((cells, r) =>
      cells.forEach((c, col) => {
        const value = cellValue(c);
        if (value === "") return;
        const fmt = formatAt(spec, r, col);
        sheet.setCell(r, col, fmt === "General" ? { value } : { value, numberFormat: fmt });
      })
    );
    for (const m of sheetMerges(spec)) sheet.addMerge(m);
  }
  return model;
}

export async function compareOnce(
  excel: MemoryExcel,
  options: CompareOptions = {},
  apply: ApplyCompareOptions = {}
) {
  const grids = await excel.run((context) => readWorkbook(context));
  const tables = grids.flatMap((g) => recognize(g).tables);
  const plan = planCompare(grids, tables, options);
  const before = excel.stats.syncs;
  const result = await excel.run((context) => applyComparePlan(context, plan, apply));
  return { plan, result, syncs: excel.stats.syncs - before };
}

export function valueAt(model: WorkbookModel, sheet: string, a1: string): CellValue {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return model.getSheet(sheet)?.cells.get(cellKey(Number(m[2]) - 1, col))?.value ?? null;
}

export function formulaAt(model: WorkbookModel, sheet: string, a1: string): string | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return model.getSheet(sheet)?.cells.get(cellKey(Number(m[2]) - 1, col))?.formula;
}

export { createMemoryExcel };
