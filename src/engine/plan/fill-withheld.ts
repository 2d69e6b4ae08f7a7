// Precision before recall in fill: a column is never written from or into a column whose role recognition
// guessed (src/engine/recognize/uncertain.ts). Such a column is withheld and the plan says why.
import type { CellRect, RecognizedTable } from "../types";
import { uncertainColumns, uncertainItems } from "../recognize/uncertain";
import { columnLetter } from "./a1";
import type { FillKind, NeededColumn } from "./fill-columns";

/** A column fill would have written but did not. */
export interface FillWithheld {
  sheet: string;
  kind: FillKind;
  year?: number;
  /** Header of the column (the table's own header text for a column it already has). */
  header: string;
  /** Absolute 0-based column, for the table's own column; a new column has none yet. */
  col?: number;
  /** Indonesian: which column is uncertain, why, and what to do. */
  reason: string;
  /** The table the column belongs to. */
  table: CellRect;
}

/**
 * Index of each need that is withheld -> why (Indonesian): its own column or one of its inputs is a guess,
 * or it is computed from a need that is withheld.
 */
export function withheldNeeds(table: RecognizedTable, needs: NeededColumn[]): Map<number, string> {
  const out = new Map<number, string>();
  const unsure = uncertainColumns(table);
  if (unsure.size === 0) return out;
  const why = (col: number): string => {
    const item = uncertainItems(table).find((i) => i.taken.includes(col));
    return item ? ` (${item.message})` : "";
  };
  needs.forEach((need, i) => {
    const read = need.inputs.filter((c) => c >= 0 && unsure.has(c));
    if (need.into !== undefined && unsure.has(need.into)) {
      out.set(
        i,
        `kolom ${columnLetter(need.into)} belum pasti dibaca sebagai ${need.kind}${why(need.into)}. Periksa judul kolomnya lalu jalankan lagi.`
      );
    } else if (read.length > 0) {
      out.set(
        i,
        `dihitung dari kolom ${read.map(columnLetter).join(", ")} yang belum pasti dibaca${why(read[0]!)}. Periksa judul kolomnya lalu jalankan lagi.`
      );
    } else {
      const from = [need.fromNew, ...(need.fromNewInputs ?? [])].find(
        (k) => k !== undefined && out.has(k)
      );
      if (from !== undefined)
        out.set(i, `dihitung dari kolom "${needs[from]!.header}" yang juga tidak diisi.`);
    }
  });
  return out;
}
