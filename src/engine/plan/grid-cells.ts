// Reading one cell of a Grid by its absolute position: cells outside the used range are empty.
import type { CellValue, Grid } from "../types";

export interface GridCell {
  value: CellValue;
  text: string;
  numberFormat: string;
  formula: string | number | boolean | null;
}

const EMPTY: GridCell = { value: "", text: "", numberFormat: "General", formula: "" };

export function cellOf(grid: Grid, row: number, col: number): GridCell {
  const r = row - grid.originRow;
  const c = col - grid.originCol;
  const values = grid.values[r];
  if (r < 0 || c < 0 || values === undefined || c >= values.length) return EMPTY;
  return {
    value: values[c] ?? "",
    text: grid.text[r]?.[c] ?? "",
    numberFormat: grid.numberFormat[r]?.[c] ?? "General",
    formula: grid.formulas?.[r]?.[c] ?? "",
  };
}

/** A cell "has something" when it holds a value or a formula; formatting alone does not count. */
export function isEmptyCell(cell: GridCell): boolean {
  const valueEmpty = cell.value === null || cell.value === "";
  const formulaEmpty =
    cell.formula === null ||
    cell.formula === "" ||
    (typeof cell.formula === "string" && !cell.formula.startsWith("="));
  return valueEmpty && formulaEmpty;
}

export function gridFor(grids: Grid[], sheet: string): Grid | undefined {
  const lower = sheet.toLowerCase();
  return grids.find((g) => g.sheet.toLowerCase() === lower);
}
