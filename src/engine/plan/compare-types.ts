// Shapes of the comparison-sheet plan (issue 7): what each generated sheet holds, cell by cell, and the
// indicator matches behind it. Pure data; `src/excel/apply-compare.ts` writes it.
import type { IndicatorPair, IndicatorRef, MatchOverride } from "../match/indicators";
import type { AnalysisSettings } from "../settings";

/** The four comparisons of PermenPAN-RB 53/2014 Bab III (docs/DOMAIN.md §5). */
export type CompareKind = "antar-tahun" | "target-akhir" | "standar" | "efisiensi";
export const COMPARE_KINDS: CompareKind[] = ["antar-tahun", "target-akhir", "standar", "efisiensi"];

/** One cell of a generated sheet: a live formula (en-US, leading "="), text kept as text, a number, or nothing. */
export type CompareCell =
  | { formula: string; format?: string }
  | { text: string; format?: string }
  | { number: number; format?: string }
  | null;

export interface CompareChart {
  /** Excel chart type, e.g. "ColumnClustered". */
  type: string;
  /** 0-based rectangle on the generated sheet: header row included, first column = category names. */
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
  title: string;
}

export interface CompareSheet {
  kind: CompareKind;
  /** Final sheet name (<= 31 characters, unique in the workbook). */
  name: string;
  /** True when the sheet exists from an earlier run and is rewritten in place. */
  update: boolean;
  /** Rows from A1 down; every row has the same length. */
  cells: CompareCell[][];
  /** 0-based rows written bold (title, header). */
  boldRows: number[];
  chart?: CompareChart;
}

/** A match shown to the user: which source row gave an indicator's figures on which sheet. */
export interface CompareMatch extends IndicatorPair {
  kind: CompareKind;
  /** What the other side is, e.g. "Realisasi 2023 (Tabel 2.26)". */
  purpose: string;
  /** Every indicator of the other table, for the user to pick another one. */
  candidates: IndicatorRef[];
}

export interface ComparePlan {
  sheets: CompareSheet[];
  matches: CompareMatch[];
  /** Indonesian notes: what could not be built and why, what the user should fill. */
  notes: string[];
}

export interface CompareOptions {
  /** Which sheets to build (default all four). */
  kinds?: CompareKind[];
  settings?: Partial<AnalysisSettings>;
  /** Pairs fixed by the user in the pane. */
  overrides?: MatchOverride[];
  /** Program -> sasaran chosen by the user where the workbook does not say it: program name -> sasaran text. */
  programSasaran?: Record<string, string>;
}
