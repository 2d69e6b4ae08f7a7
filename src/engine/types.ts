// Shared contract of the engine: the shapes that flow cells -> grid -> tables -> findings / plans.
// Hosts (adapter, CLI, task pane) only ever speak these types to the engine.

/** A cell value as the Excel JS API gives it in `range.values` ("" for an empty cell). */
export type CellValue = number | string | boolean | null;

/** A rectangle on a sheet, 0-based absolute indices (row 0 = Excel row 1, col 0 = column A). */
export interface CellRect {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

/**
 * One sheet's used range as the engine sees it. Arrays are [rowCount][colCount] and start at
 * (originRow, originCol) of the sheet, so a cell's absolute position is origin + index.
 */
export interface Grid {
  sheet: string;
  originRow: number;
  originCol: number;
  values: CellValue[][];
  /** What Excel displays (`range.text`), used for the way a number was typed (`91,43%`). */
  text: string[][];
  numberFormat: string[][];
  /** `range.formulas`: the formula in en-US syntax, or the constant value. Optional for plain grids. */
  formulas?: (string | number | boolean | null)[][];
  /** Merged areas, absolute positions. */
  merges: CellRect[];
}

export type TableKind = "pk" | "anggaran" | "renstra" | "comparison" | "efisiensi";

/** Column roles of docs/ARCHITECTURE.md ("Column roles"); a year-specific column adds `@YEAR` (`realisasi@2023`). */
export type ColumnRole =
  | "no"
  | "sasaran"
  | "indikator"
  | "satuan"
  | "target"
  | "realisasi"
  | "capaian"
  | "predikat"
  | "sumber"
  | "kode"
  | "uraian"
  | "anggaran"
  | "realisasi_anggaran"
  | "serapan"
  | "sisa"
  | "sumber_dana"
  | "target_akhir"
  | "standar"
  | "efisiensi";
export type RoleKey = ColumnRole | `${ColumnRole}@${number}`;

export type Severity = "error" | "warning" | "info";

export type RuleId =
  | "CAPAIAN_MISMATCH"
  | "POLARITY_SUSPECT"
  | "PREDIKAT_MISMATCH"
  | "SERAPAN_MISMATCH"
  | "SISA_MISMATCH"
  | "SUBTOTAL_MISMATCH"
  | "REALISASI_EXCEEDS_PAGU"
  | "EFISIENSI_MISMATCH"
  | "AVERAGE_MISMATCH"
  | "NOT_A_NUMBER"
  | "MISSING_VALUE"
  | "TARGET_ZERO"
  | (string & {});

/** A validation result placed at its cell (JSON contract of `sakip check`). */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** A1 address without the sheet, e.g. "F7". */
  cell: string;
  /** Indonesian text: what is wrong, how it was computed, what to do. */
  message: string;
  expected: number | string | null;
  actual: number | string | null;
  /** TABLE_DOUBT only: every doubt about the table, in one finding at its header. */
  items?: FindingDoubtItem[];
}

/** What a data row of a recognized table is. */
export type RowKind =
  | "indicator" // PK / renstra / comparison / efisiensi: one indicator
  | "sasaran" // a heading row "Sasaran Strategis 1 : ..." above its indicators
  | "program"
  | "kegiatan"
  | "subkegiatan" // anggaran hierarchy
  | "total" // TOTAL / Jumlah / Jumlah Keseluruhan / Rata-rata line
  | "data"; // a row with figures whose level could not be told

export interface TableRow {
  /** Absolute 0-based sheet row. */
  row: number;
  kind: RowKind;
  /** Anggaran: 1 program, 2 kegiatan, 3 sub kegiatan, 0 total. */
  level?: number;
  /** Absolute row of the parent (program of a kegiatan, kegiatan of a sub kegiatan). */
  parentRow?: number;
  /** PK-like: the sasaran text this indicator belongs to, and the row where that text sits. */
  sasaran?: string;
  sasaranRow?: number;
}

/** A table found on a sheet by recognition. */
export interface RecognizedTable {
  sheet: string;
  kind: TableKind;
  /** Exact range: header rows included, titles, notes and signature blocks excluded. */
  range: CellRect;
  /** Absolute rows of the header (including the numbered row `(1) (2) ...`). */
  headerRows: number[];
  /** Role -> absolute 0-based column index. */
  columns: Partial<Record<RoleKey, number>>;
  /** Data rows in sheet order (header rows and repeated page headers excluded). */
  rows: TableRow[];
  /** The year the table reports on, when its headers or title say it. */
  year?: number;
  /** What recognition is unsure about, in Indonesian (empty when sure). */
  doubts: string[];
  /**
   * The same doubts, structured (one per entry of `doubts`, same order, same message). Missing on tables
   * built by hand: they then have no uncertain role.
   */
  doubtItems?: DoubtItem[];
}

/** Why recognition is unsure (see src/engine/recognize/uncertain.ts). */
export type DoubtReason =
  | "candidates" // several columns for one role, one taken by order
  | "header_only" // the role comes from the header alone (a typo read through, "Uraian" as indikator)
  | "few_rows" // a % / sisa column fits the pair taken in too few rows, or in too few of them
  | "data" // the pair was chosen from the figures (% or sisa fits it): certain
  | "total_label" // a Jumlah / Total column taken over its parts: certain
  | "legend" // the numbered row's formula ("5 = 4/2") says which columns: certain
  | "not_money" // a column headed like money holds scores or percentages: not taken
  | "no_fit" // a % / sisa column fits no pair: not taken
  | "hierarchy" // parent / child rows not told from kode, numbering or indentation
  | "year" // a year repeated or out of order in the header
  | "other";

/** One doubt of recognition about a table, with the columns it is about. */
export interface DoubtItem {
  reason: DoubtReason;
  /** Absolute columns involved (all candidates, the % / sisa column tested). */
  columns: number[];
  /** The columns taken for a role after all (a subset of `columns`, or none). */
  taken: number[];
  /** The roles those columns were taken for. */
  roles: RoleKey[];
  /**
   * true: what was taken is a guess. Validation does not judge rows on `taken` (or on the hierarchy, for
   * reason "hierarchy"), and fill neither reads from nor writes into them.
   */
  uncertain: boolean;
  /** Indonesian: what was taken and why (the entry of `doubts`). */
  message: string;
}

/** A doubt item as findings carry it (JSON of `sakip check`): columns as letters. */
export interface FindingDoubtItem {
  reason: DoubtReason;
  columns: string[];
  taken: string[];
  uncertain: boolean;
  message: string;
}
