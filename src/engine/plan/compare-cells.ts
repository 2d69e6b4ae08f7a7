// Building blocks of the generated sheets: references back to source cells, text that stays text.
import { sheetPrefix } from "./a1";
import { cellA1 } from "./a1";
import type { CompareCell } from "./compare-types";

/** A live reference to a source cell that shows nothing (not 0) while the source is empty. */
export function refCell(sheet: string, row: number, col: number, format?: string): CompareCell {
  const at = `${sheetPrefix(sheet)}${cellA1(row, col)}`;
  const cell: CompareCell = { formula: `=IF(${at}="","",${at})` };
  if (format && format !== "General") cell.format = format;
  return cell;
}

export function textCell(text: string): CompareCell {
  return { text };
}

export function formulaCell(formula: string, format?: string): CompareCell {
  return format ? { formula, format } : { formula };
}

export const PERCENT = "0.00%";
/** Money as Indonesian reports print it: Rupiah, thousands grouped, no decimals. */
export const RUPIAH = '"Rp "#,##0';

/** A string literal inside a formula. */
export function quote(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** The marker that tells a later run this sheet is ours (row 2 of every generated sheet). */
export function markerText(kind: string): string {
  return `Dibuat oleh add-in SAKIP [sakip:${kind}]. Jalankan "Bandingkan" lagi untuk memperbarui lembar ini; isian tangan di lembar ini dapat tertimpa.`;
}

export function markerKind(text: unknown): string | null {
  if (typeof text !== "string") return null;
  return /\[sakip:([a-z-]+)\]/.exec(text)?.[1] ?? null;
}

/** Pads rows to one width. */
export function rectangular(rows: CompareCell[][]): CompareCell[][] {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...new Array<CompareCell>(width - r.length).fill(null)]);
}

/** The argument of SAKIP.CAPAIAN for a direction ("" for higher is better). */
export function arahArg(polarity: string): string {
  return polarity === "higher" ? "" : `,${quote(polarity)}`;
}

/** True for a sheet the comparison feature wrote (its marker in A2): never a source of figures or settings. */
export function isGeneratedSheet(grid: {
  values: unknown[][];
  originRow: number;
  originCol: number;
}): boolean {
  const r = 1 - grid.originRow;
  const c = 0 - grid.originCol;
  const v = r >= 0 && c >= 0 ? grid.values[r]?.[c] : undefined;
  return markerKind(v) !== null;
}
