// .xlsx -> WorkbookModel with ExcelJS (Node and browser): values, formulas with their cached results,
// number formats, merges, fonts, fills, alignment, column widths, row heights, sheet order, visibility
// and the active sheet. Shared formulas are expanded to each cell's own formula.

import ExcelJS from "exceljs";
import { WorkbookModel } from "../memory-excel/model";
import type { CellData, CellValue, SheetModel, SheetVisibility } from "../memory-excel/model";
import { parseAddress } from "../memory-excel/api/address";
import { formulaFromFile } from "./formulas";
import { rememberSource } from "./source";
import { alignFromFile, fillFromFile, fontFromFile, widthToPoints } from "./styles";

const MS_PER_DAY = 86400000;
const EPOCH_1900 = 25569; // serial of 1970-01-01

function serialFromDate(d: Date, date1904: boolean): number {
  return d.getTime() / MS_PER_DAY + EPOCH_1900 - (date1904 ? 1462 : 0);
}

/** A plain cell value from what ExcelJS holds (rich text joined, hyperlinks as their text, errors as "#N/A"). */
function plainValue(v: unknown, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return serialFromDate(v, date1904);
  const o = v as {
    richText?: { text: string }[];
    text?: unknown;
    error?: unknown;
    result?: unknown;
  };
  if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join("");
  if (typeof o.error === "string") return o.error;
  if (o.text !== undefined) return plainValue(o.text, date1904);
  return null;
}

function readCell(cell: ExcelJS.Cell, date1904: boolean): CellData | undefined {
  if (cell.type === ExcelJS.ValueType.Merge) return undefined; // covered by its merge's top-left cell
  const data: CellData = { value: null };
  if (cell.type === ExcelJS.ValueType.Formula) {
    const formula = cell.formula;
    if (formula) data.formula = formulaFromFile(formula);
    data.value = plainValue(cell.result, date1904);
  } else {
    data.value = plainValue(cell.value, date1904);
  }
  if (data.value === "") data.value = null;
  const numFmt = cell.numFmt;
  if (numFmt && numFmt !== "General") data.numberFormat = numFmt;
  const font = fontFromFile(cell.font);
  if (font) data.font = font;
  const fill = fillFromFile(cell.fill);
  if (fill) data.fill = fill;
  const h = alignFromFile(cell.alignment?.horizontal);
  if (h && h !== "General") data.horizontalAlignment = h;
  if (cell.alignment?.wrapText) data.wrap = true;
  const blank = data.value === null && data.formula === undefined && Object.keys(data).length === 1;
  return blank ? undefined : data;
}

const VISIBILITY: Record<string, SheetVisibility> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

function readSheet(ws: ExcelJS.Worksheet, sheet: SheetModel, date1904: boolean): void {
  sheet.visibility = VISIBILITY[ws.state] ?? "Visible";
  // The rows ExcelJS holds, skipping the holes: eachRow({ includeEmpty: true }) would create a row object
  // for every row up to the last (a million for one cell at A1048576), and includeEmpty: false would skip
  // rows that carry only a height or formatted empty cells.
  const rows = (ws as unknown as { _rows: (ExcelJS.Row | undefined)[] })._rows;
  rows.forEach((row) => {
    if (!row) return;
    const rowNumber = row.number;
    if (
      row.height !== undefined &&
      row.height !== null &&
      (row as { customHeight?: boolean }).customHeight !== false
    ) {
      sheet.rowHeights.set(rowNumber - 1, row.height);
    }
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const data = readCell(cell, date1904);
      if (data) sheet.cells.set((rowNumber - 1) * 16384 + (colNumber - 1), data);
    });
  });
  for (const range of (ws.model as { merges?: string[] }).merges ?? []) {
    const parsed = parseAddress(range);
    if (parsed) sheet.merges.push(parsed.rect);
  }
  (ws.columns ?? []).forEach((col, i) => {
    if (typeof col.width === "number" && col.width > 0)
      sheet.columnWidths.set(i, widthToPoints(col.width));
  });
  const frozen = ws.views?.find((v) => v.state === "frozen") as
    { xSplit?: number; ySplit?: number } | undefined;
  if (frozen) {
    sheet.frozenRows = frozen.ySplit ?? 0;
    sheet.frozenColumns = frozen.xSplit ?? 0;
  }
  const tab = ws.properties?.tabColor as Partial<ExcelJS.Color> | undefined;
  if (tab?.argb) sheet.tabColor = `#${tab.argb.slice(-6).toUpperCase()}`;
}

/** Reads a workbook; throws ExcelJS's error for a file that is not a valid .xlsx (callers word it for users). */
export async function readXlsx(data: ArrayBuffer | Uint8Array): Promise<WorkbookModel> {
  const wb = new ExcelJS.Workbook();
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const date1904 = Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  const model = new WorkbookModel();
  for (const ws of wb.worksheets) readSheet(ws, model.addSheet(ws.name), date1904);
  const active = wb.views?.[0]?.activeTab;
  if (typeof active === "number" && active >= 0 && active < model.sheets.length)
    model.activeSheet = active;
  rememberSource(model, bytes);
  return model;
}
