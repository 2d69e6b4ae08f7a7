// Reading and writing the cells of a rectangle, shared by Range: the payloads of values / text /
// formulas / numberFormat / valueTypes, and queued writes with Excel's shape check.

import type { CellRect, CellValue, SheetModel } from "../model";
import { keyCol, keyRow } from "../model";
import type { CellWrite } from "../recalc/engine";
import type { MemoryContext } from "./context";
import { ErrorCodes, ExcelApiError, invalidArgument } from "./errors";
import { parseInput } from "./input";
import { formatText } from "./number-format";
import { BUSY } from "./busy";
import type { BusyCells } from "./busy";

export interface RangeTarget {
  sheet: SheetModel;
  rect: CellRect;
}

const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#CYCLE!",
  BUSY,
]);

export function isErrorValue(v: unknown): boolean {
  return typeof v === "string" && ERROR_VALUES.has(v);
}

/** Cells one payload may carry; Excel refuses larger responses (ResponsePayloadSizeLimitExceeded). */
export const MAX_PAYLOAD_CELLS = 5_000_000;

function grid<V>(t: RangeTarget, cell: (row: number, col: number) => V): V[][] {
  const { row, col, rowCount, colCount } = t.rect;
  if (rowCount * colCount > MAX_PAYLOAD_CELLS) {
    throw new ExcelApiError(
      ErrorCodes.responsePayloadSizeLimitExceeded,
      "The response payload size has exceeded the limit.",
      "Range"
    );
  }
  // A sparse rectangle (XFD1:XFD1048576 holding two cells): only the rows that hold cells are built, the
  // others are one shared, frozen row of what an empty cell gives, so cost follows the cells that exist.
  const sparse = rowCount * colCount > 4 * t.sheet.cells.size + 1024;
  const filled = sparse ? rowsWithCells(t) : null;
  let empty: V[] | undefined;
  const out: V[][] = [];
  for (let r = 0; r < rowCount; r++) {
    if (filled && !filled.has(row + r)) {
      out.push(
        (empty ??= Object.freeze(Array.from({ length: colCount }, () => cell(-1, -1))) as V[])
      );
      continue;
    }
    const line: V[] = [];
    for (let c = 0; c < colCount; c++) line.push(cell(row + r, col + c));
    out.push(line);
  }
  return out;
}

/** The rows of the rectangle that hold a cell, found from the cells (not by walking the rectangle). */
function rowsWithCells(t: RangeTarget): Set<number> {
  const { row, col, rowCount, colCount } = t.rect;
  const rows = new Set<number>();
  for (const key of t.sheet.cells.keys()) {
    const r = keyRow(key),
      c = keyCol(key);
    if (r >= row && r < row + rowCount && c >= col && c < col + colCount) rows.add(r);
  }
  return rows;
}

/** Excel's `values`: "" for empty, results for formula cells. */
export function readValues(t: RangeTarget, busy?: BusyCells): CellValue[][] {
  return grid(t, (r, c) => {
    if (busy?.isBusy(t.sheet, r, c)) return BUSY;
    const v = t.sheet.getCell(r, c)?.value;
    return v === null || v === undefined ? "" : v;
  });
}

export function readText(t: RangeTarget, busy?: BusyCells): string[][] {
  return grid(t, (r, c) => {
    if (busy?.isBusy(t.sheet, r, c)) return BUSY;
    const cell = t.sheet.getCell(r, c);
    return cell ? formatText(cell.value, cell.numberFormat) : "";
  });
}

export function readFormulas(t: RangeTarget): CellValue[][] {
  return grid(t, (r, c) => {
    const cell = t.sheet.getCell(r, c);
    if (!cell) return "";
    return cell.formula ?? (cell.value === null ? "" : cell.value);
  });
}

export function readNumberFormat(t: RangeTarget): string[][] {
  return grid(t, (r, c) => t.sheet.getCell(r, c)?.numberFormat ?? "General");
}

export function readValueTypes(t: RangeTarget): string[][] {
  return grid(t, (r, c) => {
    const v = t.sheet.getCell(r, c)?.value;
    if (v === null || v === undefined || v === "") return "Empty";
    if (typeof v === "number") return "Double";
    if (typeof v === "boolean") return "Boolean";
    return isErrorValue(v) ? "Error" : "String";
  });
}

/** Excel accepts one value (set on every cell) or an array of exactly the range's shape. */
function cellInput(
  input: unknown,
  t: RangeTarget,
  location: string
): (r: number, c: number) => unknown {
  // `range.values = null` is not a valid input in Excel (null only means "unchanged" inside an array).
  if (input === null || input === undefined)
    throw invalidArgument(
      "The argument is invalid or missing or has an incorrect format.",
      location
    );
  if (!Array.isArray(input)) return () => input;
  const rows = input as unknown[];
  const ok =
    rows.length === t.rect.rowCount &&
    rows.every((row) => Array.isArray(row) && row.length === t.rect.colCount);
  if (!ok) {
    throw invalidArgument(
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      location
    );
  }
  return (r, c) => (rows[r] as unknown[])[c];
}

export type WriteKind = "values" | "formulas" | "numberFormat";

/** Applies a write at sync time: model first, then the recalculation engine. */
export function writeCells(
  ctx: MemoryContext,
  t: RangeTarget,
  kind: WriteKind,
  input: unknown
): void {
  const get = cellInput(input, t, `Range.${kind}`);
  const writes: CellWrite[] = [];
  for (let r = 0; r < t.rect.rowCount; r++) {
    for (let c = 0; c < t.rect.colCount; c++) {
      const row = t.rect.row + r,
        col = t.rect.col + c;
      const v = get(r, c);
      // `null` inside an array means "leave this cell alone" (values, formulas and formats alike).
      if (v === null || v === undefined) continue;
      if (kind === "numberFormat") {
        t.sheet.setCell(row, col, {
          numberFormat: v === "" || v === "General" ? undefined : String(v),
        });
        continue;
      }
      const parsed = parseInput(v, t.sheet.getCell(row, col)?.numberFormat);
      const patch: Parameters<SheetModel["setCell"]>[2] = {
        value: parsed.value,
        formula: parsed.formula,
      };
      if (parsed.numberFormat) patch.numberFormat = parsed.numberFormat;
      t.sheet.setCell(row, col, patch);
      ctx.busy.written(t.sheet, row, col, parsed.formula);
      writes.push({ row, col, value: parsed.value, formula: parsed.formula });
    }
  }
  ctx.stats.cellsWritten += t.rect.rowCount * t.rect.colCount;
  if (writes.length > 0) ctx.recalc.write(t.sheet, writes);
}

/** Existing cells inside the rectangle (cheap for whole columns or the whole sheet). */
export function existingCellsIn(t: RangeTarget): { row: number; col: number }[] {
  const { row, col, rowCount, colCount } = t.rect;
  const out: { row: number; col: number }[] = [];
  if (rowCount * colCount <= t.sheet.cells.size) {
    for (let r = 0; r < rowCount; r++) {
      for (let c = 0; c < colCount; c++)
        if (t.sheet.getCell(row + r, col + c)) out.push({ row: row + r, col: col + c });
    }
    return out;
  }
  for (const key of t.sheet.cells.keys()) {
    const r = keyRow(key),
      c = keyCol(key);
    if (r >= row && r < row + rowCount && c >= col && c < col + colCount)
      out.push({ row: r, col: c });
  }
  return out;
}

/** Empties contents and/or formats, like `range.clear(applyTo)`. */
export function clearCells(ctx: MemoryContext, t: RangeTarget, applyTo: string): void {
  const contents = applyTo === "All" || applyTo === "Contents";
  const formats = applyTo === "All" || applyTo === "Formats";
  const writes: CellWrite[] = [];
  for (const { row, col } of existingCellsIn(t)) {
    if (contents) {
      t.sheet.setCell(row, col, { value: null, formula: undefined });
      writes.push({ row, col, value: null });
    }
    if (formats) {
      t.sheet.setCell(row, col, {
        numberFormat: undefined,
        font: undefined,
        fill: undefined,
        horizontalAlignment: undefined,
        wrap: undefined,
      });
    }
  }
  if (writes.length > 0) ctx.recalc.write(t.sheet, writes);
}
