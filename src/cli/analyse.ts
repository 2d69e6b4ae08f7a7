// One workbook through the same pipeline as the task pane: in-memory Excel -> adapter -> recognition -> validation.
import { recognize, rangeToA1, toA1, validate, type AnalysisSettings, type Finding, type Grid, type RecognizedTable } from "../engine/index";
import { readWorkbook } from "../excel/read-workbook";
import { createMemoryExcel } from "../memory-excel/index";
import type { MemoryExcel } from "../memory-excel/index";
import type { WorkbookModel } from "../memory-excel/model";

export interface Analysis {
  grids: Grid[];
  tables: RecognizedTable[];
  findings: Finding[];
  /** Said once: validation notes and recognition doubts about a sheet rather than a table. */
  notes: string[];
}

/** Recognition's doubts about a table, as info findings at the table's first cell (the JSON has no other place). */
function doubtFindings(table: RecognizedTable): Finding[] {
  return table.doubts.map((message) => ({
    rule: "TABLE_DOUBT", severity: "info", sheet: table.sheet, cell: toA1(table.range.row, table.range.col),
    message: `Tabel ${rangeToA1(table.range)}: ${message}`, expected: null, actual: null,
  }));
}

export async function analyse(excel: MemoryExcel, settings: AnalysisSettings): Promise<Analysis> {
  const grids = await excel.run((context) => readWorkbook(context));
  const out: Analysis = { grids, tables: [], findings: [], notes: [] };
  for (const grid of grids) {
    const recognized = recognize(grid);
    out.tables.push(...recognized.tables);
    out.notes.push(...recognized.doubts);
    for (const t of recognized.tables) out.findings.push(...doubtFindings(t));
    if (recognized.tables.length > 0) {
      const result = validate(grid, recognized.tables, settings);
      out.findings.push(...result.findings);
      out.notes.push(...result.notes);
    }
  }
  out.notes = [...new Set(out.notes)];
  return out;
}

export function memoryExcelOf(model: WorkbookModel): MemoryExcel {
  return createMemoryExcel(model);
}
