// Reading numbers the way they appear in SAKIP reports (docs/DOMAIN.md §2): Excel numbers, and text pasted
// from Word / PDF in Indonesian (1.234.567,89) or English (1,234,567.89) convention, with "Rp", "%",
// footnote stars, ",-" endings and categories such as "83 (B)". Never a silent 0.
import type { CellValue } from "./types";
import { SakipError } from "./errors";
import {
  bacaTeks,
  formatPersen,
  pesanBukanAngka,
  pesanKosong,
  type NumberConvention,
} from "./number-text";

export { formatPersen, type NumberConvention } from "./number-text";
export { bacaKolom, type ColumnCell, type ColumnIssue, type ColumnReading } from "./column";

export interface NumberReading {
  value: number;
  /** Typed with % or formatted as percent; `value` is then the fraction (91,43% -> 0.9143). */
  percent: boolean;
  /** Set when the reading needed a guess the user should check (Indonesian). */
  note?: string;
}

/**
 * Reads one cell. `text` and `numberFormat` (what Excel displays, its format) only tell whether the
 * number was meant as a percent; `convention` settles "1.100" (id: 1100, en: 1,1).
 */
export function bacaAngka(
  v: CellValue | undefined,
  text?: string,
  numberFormat?: string,
  convention: NumberConvention = "id"
): NumberReading {
  if (v === null || v === undefined) throw new SakipError("notAvailable", pesanKosong(v));
  if (typeof v === "boolean") {
    throw new SakipError(
      "invalidNumber",
      `Nilai logika ${v ? "TRUE" : "FALSE"} bukan angka. Isi sel dengan angka.`
    );
  }
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new SakipError("invalidNumber", pesanBukanAngka(v));
    const percent = formatPersen(numberFormat) || (text !== undefined && /%\s*$/.test(text));
    return { value: v, percent };
  }
  if (typeof v !== "string") throw new SakipError("invalidNumber", pesanBukanAngka(String(v)));
  const r = bacaTeks(v);
  if (r.kind === "empty") throw new SakipError("notAvailable", pesanKosong(v));
  if (r.kind === "unreadable") throw new SakipError("invalidNumber", pesanBukanAngka(v));
  const value = convention === "en" ? r.en : r.id;
  if (!Number.isFinite(value)) throw new SakipError("invalidNumber", pesanBukanAngka(v));
  return r.note ? { value, percent: r.percent, note: r.note } : { value, percent: r.percent };
}

/** A cell value as a number: "91,43%" -> 0.9143, "Rp 661,867,441,563" -> 661867441563. Throws SakipError. */
export function angka(v: CellValue | undefined): number {
  return bacaAngka(v).value;
}

/** True when `v` is blank, "-" or "NA": no figure yet (not an error in the number itself). */
export function kosong(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== "string") return false;
  return bacaTeks(v).kind === "empty";
}
