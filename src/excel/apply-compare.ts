// Writes a comparison plan: one round trip to check the sheet names (and the charts of sheets that are
// rewritten), then every sheet's cells as whole 2-D arrays in one request (more only past the 5 MB
// request limit), so 40 sheets cost the same round trips as 2. Each sheet gets a native chart.
import type { ExcelChartSubset, ExcelContext, ExcelWorksheetSubset } from "./excel-subset";
import type { ComparePlan, CompareSheet } from "../engine/index";
import { columnWidths, formulaInput, requests } from "./compare-writes";
import type { SheetBand } from "./compare-writes";
import { chartDataRect, parseRange, rangeToA1 as rectA1 } from "../engine/index";
import { snapshotOf, type UndoRecord, type UndoSheet, type WrittenRange } from "./apply-undo";

export interface ApplyCompareOptions {
  /** Characters of cell content per request before a sync is forced (default 4,000,000: under 5 MB). */
  maxChunkChars?: number;
}

export interface ApplyCompareResult {
  /** Sheets added and sheets rewritten in place. */
  added: string[];
  updated: string[];
  charts: number;
  cellsWritten: number;
  syncs: number;
  /** Every block written: the whole generated table of each sheet, from A1. */
  written: WrittenRange[];
  /** Sheets added (removed on undo) and the old cells of sheets rewritten, from the check round trip. */
  undo: UndoRecord;
}

/** What a sheet's cells read back as after the write (text without Excel's apostrophe). */
function afterOf(sheet: CompareSheet): (string | number)[][] {
  return sheet.cells.map((row) =>
    row.map((c) => {
      const v = formulaInput(c);
      return typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
    })
  );
}

function localAddress(address: string): string {
  return (address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address).replace(
    /\$/g,
    ""
  );
}

/** The workbook changed since the plan was made (a planned name is taken, or a marked sheet is gone): nothing written. */
export class CompareConflictError extends Error {
  constructor(readonly sheets: string[]) {
    super(
      `Lembar perbandingan tidak dibuat, tidak ada yang diubah: lembar ${sheets.map((s) => `"${s}"`).join(", ")} berubah sejak buku kerja dipindai. Pindai ulang lalu jalankan Bandingkan lagi.`
    );
    this.name = "CompareConflictError";
  }
}

const DEFAULT_CHUNK = 4_000_000;

function write(context: ExcelContext, band: SheetBand): number {
  const ws = context.workbook.worksheets.getItem(band.sheet.name);
  const width = band.formulas[0]?.length ?? 1;
  const range = ws.getRangeByIndexes(band.row, 0, band.formulas.length, width);
  range.numberFormat = band.formats;
  range.formulas = band.formulas;
  for (const r of band.sheet.boldRows) {
    if (r >= band.row && r < band.row + band.formulas.length)
      ws.getRangeByIndexes(r, 0, 1, width).format.font.bold = true;
  }
  return band.formulas.flat().filter((v) => v !== "").length;
}

/** Where a sheet's chart sits: beside its data block, right of the sheet's widest row. */
function anchorOf(row: number, width: number): { row: number; col: number } {
  return { row, col: width + 1 };
}

function place(
  ws: ExcelWorksheetSubset,
  chart: ExcelChartSubset,
  at: { row: number; col: number }
): void {
  chart.setPosition(
    ws.getRangeByIndexes(at.row, at.col, 1, 1),
    ws.getRangeByIndexes(at.row + 18, at.col + 8, 1, 1)
  );
}

function addChart(context: ExcelContext, sheet: CompareSheet): void {
  const c = sheet.chart!;
  const ws = context.workbook.worksheets.getItem(sheet.name);
  const chart = ws.charts.add(
    c.type,
    ws.getRangeByIndexes(c.row, c.col, c.rowCount, c.colCount),
    "Columns"
  );
  chart.title.text = c.title;
  place(ws, chart, anchorOf(c.row, sheet.cells[0]?.length ?? 1));
}

/** A rewritten sheet keeps its chart (the user may have styled it); it reads the new data block. */
function moveChart(context: ExcelContext, sheet: CompareSheet): void {
  const c = sheet.chart!;
  const ws = context.workbook.worksheets.getItem(sheet.name);
  const chart = ws.charts.getItemAt(0);
  chart.setData(ws.getRangeByIndexes(c.row, c.col, c.rowCount, c.colCount), "Columns");
  place(ws, chart, anchorOf(c.row, sheet.cells[0]?.length ?? 1));
}

export async function applyComparePlan(
  context: ExcelContext,
  plan: ComparePlan,
  options: ApplyCompareOptions = {}
): Promise<ApplyCompareResult> {
  const result: ApplyCompareResult = {
    added: [],
    updated: [],
    charts: 0,
    cellsWritten: 0,
    syncs: 0,
    written: [],
    undo: { label: "Bandingkan", cells: [], addedSheets: [], updatedSheets: [] },
  };
  if (plan.sheets.length === 0) return result;
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const charts = plan.sheets
    .filter((s) => s.update)
    .map((s) => {
      const collection = worksheets.getItem(s.name).charts;
      collection.load("count");
      // What the sheet holds now, for an undo: read in the same round trip.
      const used = worksheets.getItem(s.name).getUsedRangeOrNullObject();
      used.load(["formulas", "values", "numberFormat", "address"]);
      // Bold by row (titles and headers), over the generated width: a few rows more than the new table.
      const width = Math.max(1, s.cells[0]?.length ?? 1);
      const bold = Array.from({ length: s.cells.length + 20 }, (_, r) => {
        const font = worksheets.getItem(s.name).getRangeByIndexes(r, 0, 1, width).format.font;
        font.load("bold");
        return font;
      });
      // Column widths the rewrite sets, to give them back on undo.
      const widths = Array.from({ length: width }, (_, c) => {
        const format = worksheets.getItem(s.name).getRangeByIndexes(0, c, 1, 1).format;
        format.load("columnWidth");
        return format;
      });
      return { sheet: s, collection, used, bold, width, widths };
    });
  try {
    await context.sync();
  } catch {
    throw new CompareConflictError(plan.sheets.filter((s) => s.update).map((s) => s.name));
  }
  result.syncs++;
  const names = new Set(worksheets.items.map((w) => w.name.toLowerCase()));
  const busy = plan.sheets
    .filter((s) => !s.update && names.has(s.name.toLowerCase()))
    .map((s) => s.name);
  if (busy.length > 0) throw new CompareConflictError(busy);
  const hasChart = new Set(charts.filter((c) => c.collection.count > 0).map((c) => c.sheet.name));

  const batches = requests(plan.sheets, options.maxChunkChars ?? DEFAULT_CHUNK);
  for (const [i, batch] of batches.entries()) {
    if (i === 0) {
      for (const s of plan.sheets) {
        if (s.update) worksheets.getItem(s.name).getRange().clear("All");
        else worksheets.add(s.name);
        const ws = worksheets.getItem(s.name);
        columnWidths(s).forEach((w, c) => {
          ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w;
        });
      }
    }
    for (const band of batch) result.cellsWritten += write(context, band);
    if (i === batches.length - 1) {
      for (const s of plan.sheets) {
        if (!s.chart) continue;
        if (hasChart.has(s.name)) moveChart(context, s);
        else {
          addChart(context, s);
          result.charts++;
        }
      }
    }
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- chunked write: one sync per chunk keeps each request under Excel on the web's 5 MB
    await context.sync();
    result.syncs++;
  }
  for (const s of plan.sheets) (s.update ? result.updated : result.added).push(s.name);
  result.written = plan.sheets.map((s) => ({
    sheet: s.name,
    range: rectA1({
      row: 0,
      col: 0,
      rowCount: Math.max(1, s.cells.length),
      colCount: Math.max(1, s.cells[0]?.length ?? 1),
    }),
  }));
  result.undo.addedSheets = plan.sheets
    .filter((s) => !s.update)
    .map((s) => ({ name: s.name, after: afterOf(s) }));
  result.undo.updatedSheets = charts.map(
    ({ sheet, used, bold, width, widths, collection }): UndoSheet => {
      const state = used.isNullObject ? null : snapshotOf(used);
      const range = used.isNullObject ? "" : localAddress(used.address);
      const undo: UndoSheet = {
        name: sheet.name,
        before: state ? { range, state } : null,
        after: afterOf(sheet),
        boldRows: { width, rows: bold.flatMap((f, r) => (f.bold === true ? [r] : [])) },
        columnWidths: widths.map((f) => f.columnWidth),
        chart: null,
      };
      if (collection.count === 0) undo.chartAdded = sheet.chart !== undefined;
      else {
        // The old chart's block, read from the old cells (the sheet's own layout from A1).
        const origin = parseRange(range) ?? { row: 0, col: 0 };
        const fromA1: unknown[][] = [];
        state?.formulas.forEach((row, i) => {
          fromA1[origin.row + i] = [...new Array<unknown>(origin.col).fill(""), ...row];
        });
        const source = chartDataRect(fromA1);
        const oldWidth = Math.max(0, ...fromA1.map((r) => r?.length ?? 0));
        if (source) undo.chart = { source, anchor: anchorOf(source.row, oldWidth) };
        else delete undo.chart; // an older layout: its chart is left as the rewrite set it
      }
      return undo;
    }
  );
  return result;
}
