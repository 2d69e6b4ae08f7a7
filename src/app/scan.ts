// Scan = read every sheet through the adapter, recognize tables, validate them. The steps after the read are
// pure and go one sheet at a time, so a host can show progress (and let its UI paint) between sheets.
import {
  columnLetter,
  isGeneratedSheet,
  rangeToA1,
  recognize,
  resolveSettings,
  toA1,
  validate,
  type AnalysisSettings,
  type Finding,
  type FindingDoubtItem,
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

/** The cell a table's doubt is said at: the first cell of its header. */
function headerCell(table: RecognizedTable): string {
  return toA1(table.range.row, table.range.col);
}

/**
 * Recognition's doubts about a table (and validation's own doubts about it, `more`) as ONE info finding at
 * the table's header cell, every doubt an entry of `items`; none when there is no doubt.
 */
export function doubtFindings(table: RecognizedTable, more: Finding[] = []): Finding[] {
  const letters = (cols: number[]): string[] => cols.map(columnLetter);
  const items: FindingDoubtItem[] = (
    table.doubtItems ??
    table.doubts.map((message) => ({
      reason: "other" as const,
      columns: [],
      taken: [],
      uncertain: false,
      message,
    }))
  ).map((i) => ({
    reason: i.reason,
    columns: letters(i.columns),
    taken: letters(i.taken),
    uncertain: i.uncertain,
    message: i.message,
  }));
  for (const f of more)
    items.push({
      reason: "hierarchy",
      columns: [],
      taken: [],
      uncertain: true,
      message: f.message,
    });
  if (items.length === 0) return [];
  const unsure = [...new Set(items.filter((i) => i.uncertain).flatMap((i) => i.taken))];
  const lead =
    unsure.length > 0
      ? `kolom ${unsure.join(", ")} belum pasti dibaca, jadi baris tabel ini tidak dinilai pada kolom itu dan kolom itu tidak diisi. `
      : "";
  return [
    {
      rule: "TABLE_DOUBT",
      severity: "info",
      sheet: table.sheet,
      cell: headerCell(table),
      message: `Tabel ${rangeToA1(table.range)}: ${lead}${items.map((i) => i.message).join(" ")}`,
      expected: null,
      actual: null,
      items,
    },
  ];
}

/** One TABLE_DOUBT per table: validation's doubts at a table's header go into that table's finding. */
export function oneDoubtPerTable(tables: RecognizedTable[], findings: Finding[]): Finding[] {
  const byCell = new Map<string, RecognizedTable>(tables.map((t) => [headerCell(t), t]));
  const more = new Map<RecognizedTable, Finding[]>();
  const rest: Finding[] = [];
  for (const f of findings) {
    const table = f.rule === "TABLE_DOUBT" ? byCell.get(f.cell) : undefined;
    if (table) more.set(table, [...(more.get(table) ?? []), f]);
    else rest.push(f);
  }
  return [...tables.flatMap((t) => doubtFindings(t, more.get(t))), ...rest];
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
    const validation =
      recognized.tables.length > 0
        ? validate(grid, recognized.tables, resolved.settings)
        : { findings: [], notes: [] };
    out.findings.push(
      ...(options.tableDoubtFindings
        ? oneDoubtPerTable(recognized.tables, validation.findings)
        : validation.findings)
    );
    out.notes.push(...validation.notes);
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
