// Scan = read every sheet through the adapter, recognize tables, validate them. The steps after the read are
// pure and go one sheet at a time, so a host can show progress (and let its UI paint) between sheets.
import {
  isGeneratedSheet,
  rangeToA1,
  recognize,
  resolveSettings,
  toA1,
  validate,
  type AnalysisSettings,
  type Finding,
  type Grid,
  type RecognizedTable,
  type RecognitionResult,
} from "../engine/index";
import { readWorkbook } from "../excel/read-workbook";
import type { ExcelRun } from "./excel-run";

export interface Analysis {
  grids: Grid[];
  tables: RecognizedTable[];
  findings: Finding[];
  /** Said once: validation notes and recognition doubts about a sheet rather than a table. */
  notes: string[];
}

export interface ScanProgress {
  done: number;
  total: number;
}

export interface ScanOptions {
  /** Called before the first sheet and after each; a returned promise is awaited (the pane yields to React there). */
  onProgress?: (p: ScanProgress) => void | Promise<void>;
  /**
   * Recognition's doubts about a table also as TABLE_DOUBT info findings at the table's first cell (the CLI's
   * JSON has no other place for them; the pane shows them with the table).
   */
  tableDoubtFindings?: boolean;
}

/** Recognition's doubts about a table, as info findings at the table's first cell. */
export function doubtFindings(table: RecognizedTable): Finding[] {
  return table.doubts.map((message) => ({
    rule: "TABLE_DOUBT",
    severity: "info",
    sheet: table.sheet,
    cell: toA1(table.range.row, table.range.col),
    message: `Tabel ${rangeToA1(table.range)}: ${message}`,
    expected: null,
    actual: null,
  }));
}

/**
 * Tables of the user's sheets. A sheet this add-in generated (the comparison sheets, marked in A2) is not
 * a source: its tables are neither checked (no doubts about our own headers), filled, nor compared again.
 */
export function recognizeSource(grid: Grid): RecognitionResult {
  return isGeneratedSheet(grid) ? { tables: [], doubts: [] } : recognize(grid);
}

export async function scan(
  run: ExcelRun,
  settings: AnalysisSettings,
  options: ScanOptions = {}
): Promise<Analysis> {
  const grids = await run((context) => readWorkbook(context));
  const out: Analysis = { grids, tables: [], findings: [], notes: [] };
  await options.onProgress?.({ done: 0, total: grids.length });
  // Recognition first (cheap), so "auto" settings are resolved once from the whole workbook and every
  // sheet is checked with the same lower-is-better formula and efficiency method as fill and compare use.
  const recognizedAll = grids.map((g) => recognizeSource(g));
  const resolved = resolveSettings(
    grids,
    recognizedAll.flatMap((r) => r.tables),
    settings
  );
  out.notes.push(...resolved.notes);
  for (let i = 0; i < grids.length; i++) {
    const grid = grids[i];
    const recognized = recognizedAll[i]!;
    out.tables.push(...recognized.tables);
    out.notes.push(...recognized.doubts);
    if (options.tableDoubtFindings)
      for (const t of recognized.tables) out.findings.push(...doubtFindings(t));
    if (recognized.tables.length > 0) {
      const validation = validate(grid, recognized.tables, resolved.settings);
      out.findings.push(...validation.findings);
      out.notes.push(...validation.notes);
    }
    await options.onProgress?.({ done: i + 1, total: grids.length });
  }
  out.notes = [...new Set(out.notes)];
  return out;
}

/** The sheets and their recognized tables, without validation (what the write plans need). */
export async function readTables(
  run: ExcelRun
): Promise<{ grids: Grid[]; tables: RecognizedTable[] }> {
  const grids = await run((context) => readWorkbook(context));
  return { grids, tables: grids.flatMap((g) => recognizeSource(g).tables) };
}
