// A comparison sheet as the 2-D arrays Excel takes: `formulas` (text behind an apostrophe so that it can
// never turn into a formula or a number) and `numberFormat`, cut into row bands under a request budget.
import type { CompareCell, CompareSheet } from "../engine/index";

export interface SheetBand {
  sheet: CompareSheet;
  /** First row of the band (0-based) and its rows. */
  row: number;
  formulas: (string | number)[][];
  formats: string[][];
}

/** What goes in `range.formulas` for one cell. */
export function formulaInput(cell: CompareCell): string | number {
  if (cell === null) return "";
  if ("formula" in cell) return cell.formula;
  if ("number" in cell) return cell.number;
  // The apostrophe is Excel's own "this is text" prefix: "=x", "+62", "-", "@a", "1.234" all stay as typed.
  return cell.text === "" ? "" : `'${cell.text}`;
}

export function formatOf(cell: CompareCell): string {
  return cell?.format ?? "General";
}

function cost(v: string | number, f: string): number {
  return (typeof v === "number" ? 24 : v.length + 2) + f.length + 2;
}

/** Bands of every sheet, grouped into requests of at most `budget` characters. */
export function requests(sheets: CompareSheet[], budget: number): SheetBand[][] {
  const out: SheetBand[][] = [];
  let current: SheetBand[] = [];
  let used = 0;
  for (const sheet of sheets) {
    let band: SheetBand | null = null;
    sheet.cells.forEach((row, i) => {
      const values = row.map(formulaInput);
      const formats = row.map(formatOf);
      const c = values.reduce<number>((s, v, j) => s + cost(v, formats[j]!), 0);
      if (used + c > budget && used > 0) {
        if (band) current.push(band);
        out.push(current);
        current = [];
        used = 0;
        band = null;
      }
      band ??= { sheet, row: i, formulas: [], formats: [] };
      band.formulas.push(values);
      band.formats.push(formats);
      used += c;
    });
    if (band) current.push(band);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Column widths in points from the longest content below the title and marker rows: text by its length,
 * a figure as about ten characters; between 40 and 300 points so a long indicator name stays readable.
 */
export function columnWidths(sheet: CompareSheet): number[] {
  const width = sheet.cells[0]?.length ?? 0;
  return Array.from({ length: width }, (_, c) => {
    let chars = 4;
    for (const row of sheet.cells.slice(2)) {
      const cell = row[c] ?? null;
      const n = cell === null ? 0 : "text" in cell ? cell.text.length : 10;
      if (n > chars) chars = n;
    }
    return Math.max(40, Math.min(300, Math.round(chars * 6 + 12)));
  });
}
