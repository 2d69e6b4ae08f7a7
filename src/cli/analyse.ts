// One workbook through the same pipeline as the task pane: in-memory Excel -> adapter -> recognition -> validation.
import { recognize } from "../engine/recognize/index";
import { rangeToA1, toA1 } from "../engine/recognize/address";
import type { AnalysisSettings } from "../engine/settings";
import type { Finding, Grid, RecognizedTable } from "../engine/types";
import { validate } from "../engine/validate/index";
import { readWorkbook } from "../excel/read-workbook";
import { ErrorCodes, createMemoryExcel } from "../memory-excel/index";
import { FileProblem } from "./workbook-file";
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

/**
 * Every sheet's grid. A used range past Excel's response limit (content at A1 and at XFD1048576 spans
 * 17 billion cells) is the file's problem, said in Indonesian with what to do, not sakip's failure.
 */
export async function readGrids(excel: MemoryExcel): Promise<Grid[]> {
  try {
    return await excel.run((context) => readWorkbook(context));
  } catch (e) {
    if ((e as { code?: unknown } | null)?.code !== ErrorCodes.responsePayloadSizeLimitExceeded) throw e;
    throw new FileProblem("Rentang terpakai salah satu lembarnya terlalu luas untuk dibaca sekaligus (lebih dari 5 juta sel, " +
      "biasanya karena ada isi atau format di sel yang sangat jauh, misalnya XFD1048576). Di Excel, hapus baris dan kolom kosong " +
      "di bawah dan di kanan tabel (pilih, klik kanan > Hapus), simpan, lalu jalankan lagi.");
  }
}

export async function analyse(excel: MemoryExcel, settings: AnalysisSettings): Promise<Analysis> {
  const grids = await readGrids(excel);
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
