// Compares a recognized table with a fixture's expected table written in Excel terms.
import type { RecognizedTable, TableRow } from "../../../src/engine/types";
import { columnLetter, rangeToA1 } from "../../../src/engine/recognize/address";
import type { ExpectedRow, ExpectedTable } from "../../fixtures/spec";

export interface Comparable {
  range: string;
  kind: string;
  headerRows: number[];
  columns: Record<string, string>;
  rows: ExpectedRow[];
  year?: number;
}

/** The recognized table in the fixture's terms (1-based rows, column letters). */
export function asExcel(t: RecognizedTable, withSasaranText: Set<number>): Comparable {
  const columns: Record<string, string> = {};
  for (const [k, c] of Object.entries(t.columns)) if (c !== undefined) columns[k] = columnLetter(c);
  return {
    range: rangeToA1(t.range),
    kind: t.kind,
    headerRows: t.headerRows.map((r) => r + 1),
    columns,
    rows: t.rows.map((r: TableRow) => {
      const out: ExpectedRow = { row: r.row + 1, kind: r.kind };
      if (r.level !== undefined && r.kind !== "indicator") out.level = r.level;
      if (r.parentRow !== undefined) out.parentRow = r.parentRow + 1;
      if (r.sasaranRow !== undefined) out.sasaranRow = r.sasaranRow + 1;
      if (r.sasaran !== undefined && withSasaranText.has(r.row + 1)) out.sasaran = r.sasaran;
      return out;
    }),
    ...(t.year !== undefined ? { year: t.year } : {}),
  };
}

export function expectedComparable(e: ExpectedTable): Comparable {
  return {
    range: e.range,
    kind: e.kind,
    headerRows: e.headerRows,
    columns: e.columns,
    rows: e.rows,
    ...(e.year !== undefined ? { year: e.year } : {}),
  };
}
