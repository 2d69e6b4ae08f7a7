// WorkbookModel -> a new .xlsx with ExcelJS, for workbooks the tool makes from nothing (the demo's sample,
// a summary). A user's workbook is never rebuilt this way: see patch/patch-xlsx.ts. Everything readXlsx
// reads is written back, so read -> write -> read gives the same model. Formula cells are written with their cached results, so Excel without
// the add-in (or any viewer that does not recalculate) still shows the numbers of =SAKIP.* cells.
// Charts recorded in the model cannot be written (ExcelJS has no charts): they are listed in warnings.

import ExcelJS from "exceljs";
import type { CellData, CellValue, SheetModel, WorkbookModel } from "../memory-excel/model";
import { keyCol, keyRow } from "../memory-excel/model";
import { chartWarnings } from "./chart-warnings";
import { formulaToFile } from "./formulas";
import { alignToFile, colorToFile, fillToFile, fontToFile, widthToChars } from "./styles";

export interface XlsxOutput {
  bytes: Uint8Array;
  /** Same bytes as `bytes` (the demo page's name for them). */
  data: Uint8Array;
  /** Indonesian notes on what the file could not keep (charts). */
  warnings: string[];
}

const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);

function fileResult(v: CellValue): ExcelJS.CellFormulaValue["result"] {
  if (v === null) return undefined;
  if (typeof v === "string" && ERRORS.has(v))
    return { error: v as ExcelJS.CellErrorValue["error"] };
  return v;
}

function fileValue(cell: CellData): ExcelJS.CellValue {
  if (cell.formula !== undefined)
    return {
      formula: formulaToFile(cell.formula),
      result: fileResult(cell.value),
    } as ExcelJS.CellFormulaValue;
  if (typeof cell.value === "string" && ERRORS.has(cell.value))
    return { error: cell.value as ExcelJS.CellErrorValue["error"] };
  return cell.value;
}

const VISIBILITY = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetModel): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.name, { state: VISIBILITY[sheet.visibility] });
  if (sheet.tabColor) ws.properties.tabColor = colorToFile(sheet.tabColor) as ExcelJS.Color;
  if (sheet.frozenRows > 0 || sheet.frozenColumns > 0) {
    ws.views = [{ state: "frozen", xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }];
  }
  for (const [col, points] of sheet.columnWidths)
    ws.getColumn(col + 1).width = widthToChars(points);
  for (const [row, height] of sheet.rowHeights) ws.getRow(row + 1).height = height;
  // Merge first: ExcelJS turns the covered cells into merge references, then the top-left gets its value.
  for (const m of sheet.merges) {
    if (m.rowCount * m.colCount > 1)
      ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rowCount, m.col + m.colCount);
  }
  for (const [key, cell] of sheet.cells) {
    const target = ws.getCell(keyRow(key) + 1, keyCol(key) + 1);
    target.value = fileValue(cell);
    if (cell.numberFormat) target.numFmt = cell.numberFormat;
    if (cell.font) target.font = fontToFile(cell.font);
    if (cell.fill) target.fill = fillToFile(cell.fill);
    const horizontal = cell.horizontalAlignment ? alignToFile(cell.horizontalAlignment) : undefined;
    if (horizontal || cell.wrap) {
      target.alignment = {
        ...(horizontal ? { horizontal } : {}),
        ...(cell.wrap ? { wrapText: true } : {}),
      };
    }
  }
  return ws;
}

export async function writeXlsx(model: WorkbookModel): Promise<XlsxOutput> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "sakip-excel";
  const warnings = chartWarnings(model);
  for (const sheet of model.sheets) writeSheet(wb, sheet);
  if (model.sheets.length > 0)
    wb.views = [
      {
        activeTab: model.activeSheet,
        x: 0,
        y: 0,
        width: 20000,
        height: 12000,
        firstSheet: 0,
        visibility: "visible",
      },
    ];
  const buffer = await wb.xlsx.writeBuffer();
  const bytes = new Uint8Array(buffer as ArrayBuffer);
  return { bytes, data: bytes, warnings };
}
