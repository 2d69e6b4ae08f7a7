// Shared cell reading for every rule: a column's cells are read together through `bacaKolom`, so the
// number convention (1.234,5 vs 1,234.5) is settled per column, and each cell keeps its percent-ness
// and how many decimals it was written with.

import { bacaKolom, type ColumnCell, type ColumnIssue, type NumberConvention } from "../numbers";
import type { CellValue, Grid, RecognizedTable, RoleKey } from "../types";
import { decimalsInFormat, decimalsInText, decimalsOfValue } from "./precision";

/** One cell of a column as the rules see it. */
export interface ReadCell {
  row: number;
  col: number;
  raw: CellValue;
  text: string;
  numberFormat: string;
  /** The number read (a percent typed "91,43%" or formatted as % is the fraction 0.9143); null when none. */
  value: number | null;
  /** Typed with % or formatted as a percent. */
  percent: boolean;
  issue?: ColumnIssue;
  /** Decimals shown, in the cell's own unit (for a percent cell: decimals of the percent points). */
  decimals: number;
  /** Nothing in the cell (empty, "-", "NA"...): the reader said so. */
  blank: boolean;
}

export interface ReadColumn {
  col: number;
  cells: ReadCell[];
  convention: NumberConvention;
  /**
   * Plain (non-%) numbers of this column are fractions of one (0.98 = 98%). Decided per column: true when
   * every plain number is at most 3 in absolute value, as no real capaian column is all below 3%.
   */
  plainIsFraction: boolean;
}

export function cellOf(
  grid: Grid,
  row: number,
  col: number
): { value: CellValue; text: string; numberFormat: string } {
  const r = row - grid.originRow;
  const c = col - grid.originCol;
  const value = grid.values[r]?.[c] ?? "";
  const text = grid.text[r]?.[c] ?? "";
  const numberFormat = grid.numberFormat[r]?.[c] ?? "";
  return { value: value ?? "", text: text ?? "", numberFormat: numberFormat ?? "" };
}

/** Plain text of a cell (its display text, else its value), trimmed. */
export function cellText(grid: Grid, row: number, col: number): string {
  const c = cellOf(grid, row, col);
  const t = c.text !== "" ? c.text : c.value === null ? "" : String(c.value);
  return t.trim();
}

function isBlankRaw(v: CellValue, text: string): boolean {
  const s = (text !== "" ? text : v === null ? "" : String(v)).trim();
  return s === "" || /^[-–—]+$/.test(s) || /^(n\/?a|na|-)$/i.test(s);
}

/**
 * Read the cells of `rows` (absolute rows) in column `col`, all at once. `evidenceCols`: sibling columns
 * written the same way (a table's pagu, realisasi and sisa) whose cells also vote on the convention, so a
 * sisa column of "300.000" alone is settled by a pagu column of "1.500.000".
 */
export function readColumn(
  grid: Grid,
  rows: number[],
  col: number,
  evidenceCols: number[] = []
): ReadColumn {
  const raws = rows.map((row) => cellOf(grid, row, col));
  const toInput = (c: { value: CellValue; text: string; numberFormat: string }): ColumnCell => ({
    value: c.value,
    text: c.text || undefined,
    numberFormat: c.numberFormat || undefined,
  });
  const input: ColumnCell[] = raws.map(toInput);
  const evidence: ColumnCell[] = evidenceCols
    .filter((c) => c !== col)
    .flatMap((c) => rows.map((row) => toInput(cellOf(grid, row, c))))
    .filter((c) => typeof c.value === "string");
  let reading;
  try {
    reading = bacaKolom([...input, ...evidence]);
  } catch {
    reading = {
      values: input.map(() => null),
      percent: input.map(() => false),
      convention: "id" as NumberConvention,
      issues: [] as ColumnIssue[],
    };
  }
  const issueAt = new Map<number, ColumnIssue>();
  for (const issue of reading.issues)
    if (issue.index < input.length) issueAt.set(issue.index, issue);
  const cells: ReadCell[] = raws.map((c, i) => {
    const value = reading.values[i] ?? null;
    const issue = issueAt.get(i);
    return {
      row: rows[i],
      col,
      raw: c.value,
      text: c.text,
      numberFormat: c.numberFormat,
      value: value !== null && Number.isFinite(value) ? value : null,
      percent: reading.percent[i] ?? false,
      issue,
      decimals: 0,
      blank: issue?.kind === "empty" || (value === null && isBlankRaw(c.value, c.text)),
    };
  });
  const plain = cells.filter((c) => c.value !== null && !c.percent);
  const plainIsFraction = plain.length > 0 && plain.every((c) => Math.abs(c.value as number) <= 3);
  for (const cell of cells)
    cell.decimals = shownDecimals(cell, reading.convention, plainIsFraction);
  return { col, cells, convention: reading.convention, plainIsFraction };
}

/** Decimals the cell shows, in percent points for percent-like cells. */
function shownDecimals(
  cell: ReadCell,
  convention: NumberConvention,
  plainIsFraction: boolean
): number {
  if (cell.value === null) return 0;
  const scaledDown = !cell.percent && plainIsFraction; // 0.98 shown as 0,98 is 98% with 0 decimals
  const shown = cell.text !== "" ? cell.text : typeof cell.raw === "string" ? cell.raw : "";
  const fromText = shown !== "" ? decimalsInText(shown, convention) : null;
  if (fromText !== null) {
    if (cell.percent && !/%/.test(shown) && typeof cell.raw === "number")
      return Math.max(0, fromText - 2);
    return scaledDown ? Math.max(0, fromText - 2) : fromText;
  }
  const fromFormat = decimalsInFormat(cell.numberFormat);
  if (fromFormat !== null) {
    if (/%/.test(cell.numberFormat)) return fromFormat;
    return scaledDown ? Math.max(0, fromFormat - 2) : fromFormat;
  }
  const d = decimalsOfValue(cell.value);
  return cell.percent || scaledDown ? Math.max(0, d - 2) : d;
}

/** A percent-like cell's value in percent points (0.9143 with % -> 91.43; 91.43 -> 91.43). */
export function points(cell: ReadCell, column: ReadColumn): number | null {
  if (cell.value === null) return null;
  return cell.percent || column.plainIsFraction ? cell.value * 100 : cell.value;
}

/** The column index of a role, also under the table's year (`capaian` falls back to `capaian@2024`). */
export function roleColumn(table: RecognizedTable, role: RoleKey): number | undefined {
  const direct = table.columns[role];
  if (direct !== undefined) return direct;
  if (table.year !== undefined && !role.includes("@"))
    return table.columns[`${role}@${table.year}` as RoleKey];
  return undefined;
}

/** Text of the row's label: its indikator, uraian, sasaran or first non-empty text cell. */
export function rowLabel(grid: Grid, table: RecognizedTable, row: number): string {
  for (const role of ["indikator", "uraian", "sasaran"] as const) {
    const col = roleColumn(table, role);
    if (col !== undefined) {
      const t = cellText(grid, row, col);
      if (t !== "") return t;
    }
  }
  for (let c = table.range.col; c < table.range.col + table.range.colCount; c++) {
    const t = cellText(grid, row, c);
    if (t !== "" && /\p{L}/u.test(t)) return t;
  }
  return "";
}
