// Workbook models for the adapter's tests, built from rows of values like the fill plan's sheets.
import type { CellRect, CellValue } from "../../src/engine/types";
import { WorkbookModel } from "../../src/memory-excel/model";
import type { CellData } from "../../src/memory-excel/model";

export interface SheetRows {
  name: string;
  rows: CellValue[][];
  /** Absolute origin of rows[0][0] (default A1). */
  at?: { row: number; col: number };
  merges?: CellRect[];
  /** "row,col" (absolute) -> number format. */
  formats?: Record<string, string>;
  /** "row,col" (absolute) -> en-US formula. */
  formulas?: Record<string, string>;
}

export function modelOf(...sheets: SheetRows[]): WorkbookModel {
  const model = new WorkbookModel();
  for (const s of sheets) {
    const sheet = model.addSheet(s.name);
    const r0 = s.at?.row ?? 0;
    const c0 = s.at?.col ?? 0;
    s.rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === "" || v === null || v === undefined) return;
        const patch: Partial<CellData> = { value: v };
        const fmt = s.formats?.[`${r0 + i},${c0 + j}`];
        if (fmt) patch.numberFormat = fmt;
        sheet.setCell(r0 + i, c0 + j, patch);
      })
    );
    for (const [key, fmt] of Object.entries(s.formats ?? {})) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      if (!sheet.getCell(r, c)) sheet.setCell(r, c, { numberFormat: fmt });
    }
    for (const [key, formula] of Object.entries(s.formulas ?? {})) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      sheet.setCell(r, c, { formula, value: null });
    }
    for (const m of s.merges ?? []) sheet.addMerge(m);
  }
  return model;
}

/** Every cell of the model as plain data, to compare before and after a write. */
export function snapshot(
  model: WorkbookModel
): Map<string, { value: CellValue; formula?: string; numberFormat?: string }> {
  const out = new Map<string, { value: CellValue; formula?: string; numberFormat?: string }>();
  for (const sheet of model.sheets) {
    for (const [key, cell] of sheet.cells) {
      const entry: { value: CellValue; formula?: string; numberFormat?: string } = {
        value: cell.value,
      };
      if (cell.formula !== undefined) entry.formula = cell.formula;
      if (cell.numberFormat !== undefined) entry.numberFormat = cell.numberFormat;
      out.set(`${sheet.name}!${key}`, entry);
    }
  }
  return out;
}
