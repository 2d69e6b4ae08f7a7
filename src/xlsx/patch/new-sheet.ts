// A worksheet part for a sheet the tool added (compare's sheets): cells with values, formulas and their
// results, number formats, bold, fills, alignment; column widths, row heights, merges, frozen panes and
// tab colour, in the schema's element order. Styles are derived from the workbook's default style.
import type { CellData, SheetModel } from "../../memory-excel/model";
import { keyCol, keyRow } from "../../memory-excel/model";
import { widthToChars } from "../styles";
import { alignToFile } from "../styles";
import { cellXml } from "./cell-xml";
import { boxRef, cellRef } from "./cell-ref";
import type { StyleBook, StyleChange } from "./styles-part";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function change(cell: CellData): StyleChange {
  const c: StyleChange = {
    numberFormat: cell.numberFormat ?? "General",
    bold: cell.font?.bold ?? false,
    italic: cell.font?.italic ?? false,
  };
  if (cell.fill) c.fill = cell.fill;
  const h = cell.horizontalAlignment ? alignToFile(cell.horizontalAlignment) : undefined;
  if (h) c.horizontal = h;
  if (cell.wrap) c.wrap = true;
  return c;
}

function sheetView(sheet: SheetModel, selected: boolean): string {
  const sel = selected ? ' tabSelected="1"' : "";
  const rows = sheet.frozenRows,
    cols = sheet.frozenColumns;
  if (rows <= 0 && cols <= 0)
    return `<sheetViews><sheetView workbookViewId="0"${sel}/></sheetViews>`;
  const pane = rows > 0 && cols > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const split = `${cols > 0 ? ` xSplit="${cols}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}`;
  return `<sheetViews><sheetView workbookViewId="0"${sel}><pane${split} topLeftCell="${cellRef(rows, cols)}" activePane="${pane}" state="frozen"/></sheetView></sheetViews>`;
}

export function newSheetXml(sheet: SheetModel, styles: StyleBook): string {
  const byRow = new Map<number, [number, CellData][]>();
  for (const [key, cell] of [...sheet.cells].sort((a, b) => a[0] - b[0])) {
    const r = keyRow(key);
    let list = byRow.get(r);
    if (!list) byRow.set(r, (list = []));
    list.push([keyCol(key), cell]);
  }
  for (const r of sheet.rowHeights.keys()) if (!byRow.has(r)) byRow.set(r, []);
  const rows = [...byRow.keys()]
    .sort((a, b) => a - b)
    .map((r) => {
      const h = sheet.rowHeights.get(r);
      const ht = h !== undefined ? ` ht="${h}" customHeight="1"` : "";
      const cells = byRow
        .get(r)!
        .map(([c, cell]) => cellXml("", cellRef(r, c), cell, styles.derive(0, change(cell))))
        .join("");
      return `<row r="${r + 1}"${ht}>${cells}</row>`;
    })
    .join("");

  const used = sheet.usedRect();
  const dimension = used
    ? boxRef({
        top: used.row,
        left: used.col,
        bottom: used.row + used.rowCount - 1,
        right: used.col + used.colCount - 1,
      })
    : "A1";
  const props = sheet.tabColor
    ? `<sheetPr><tabColor rgb="FF${sheet.tabColor.replace(/^#/, "").toUpperCase()}"/></sheetPr>`
    : "";
  const widths = [...sheet.columnWidths].sort((a, b) => a[0] - b[0]);
  const cols =
    widths.length === 0
      ? ""
      : `<cols>${widths.map(([c, w]) => `<col min="${c + 1}" max="${c + 1}" width="${widthToChars(w)}" customWidth="1"/>`).join("")}</cols>`;
  const merges = sheet.merges.filter((m) => m.rowCount * m.colCount > 1);
  const mergeXml =
    merges.length === 0
      ? ""
      : `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${boxRef({ top: m.row, left: m.col, bottom: m.row + m.rowCount - 1, right: m.col + m.colCount - 1 })}"/>`).join("")}</mergeCells>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN_NS}">${props}<dimension ref="${dimension}"/>${sheetView(sheet, false)}` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${rows}</sheetData>${mergeXml}` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}
