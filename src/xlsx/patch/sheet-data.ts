// Patches the cells of an existing worksheet part. Only the rows that hold a written cell are rebuilt, and
// in them only the written cells: every other row keeps its exact text, and so does everything outside
// <sheetData> (columns, merges, conditional formats, validation, hyperlinks, protection, page setup,
// breaks, drawings, views) except <dimension>, which grows to cover new cells.
import type { CellData, CellValue } from "../../memory-excel/model";
import { MAX_COLS } from "../../memory-excel/model";
import { formulaToFile } from "../formulas";
import { cellXml, resultXml } from "./cell-xml";
import { boxRef, cellRef, parseBox, parseRef } from "./cell-ref";
import type { Box } from "./cell-ref";
import type { StyleBook } from "./styles-part";
import {
  attr,
  element,
  elements,
  escapeText,
  inner,
  replaceSpan,
  rootPrefix,
  setAttr,
  startTag,
} from "./xml-text";

export interface SheetEdits {
  /** Cells written, by model key: the model's cell now (undefined when it was emptied). */
  written: Map<number, CellData | undefined>;
  /** Formula results the recalculation changed, by model key. */
  results: Map<number, CellValue>;
  /** The model's formula of a cell (to spell out the members of a shared formula whose first cell is rewritten). */
  formulaAt(row: number, col: number): string | undefined;
}

export interface SheetPatch {
  xml: string;
  /** A result could not be brought up to date here (a function the recalculation does not know). */
  needsFullCalc: boolean;
}

interface CellSpan {
  col: number;
  text: string;
}
interface RowSpan {
  row: number;
  start: number;
  end: number;
  text: string;
  hasR: boolean;
}

const keyOf = (row: number, col: number): number => row * MAX_COLS + col;

/** The cells of a row's text, with their column (implied ones counted on from the previous cell). */
function rowCells(p: string, rowText: string): CellSpan[] {
  const body = inner(rowText);
  let col = -1;
  return elements(body, `${p}c`).map((c) => {
    const ref = attr(startTag(c.text), "r");
    const parsed = ref ? parseRef(ref) : undefined;
    col = parsed ? parsed.col : col + 1;
    return { col, text: c.text };
  });
}

function styleOfTag(tag: string): number {
  return Number(attr(tag, "s") ?? 0) || 0;
}

/** The style a new cell starts from: its row's (when the row is formatted), else its column's. */
function defaultStyle(
  rowTag: string | undefined,
  colStyles: { min: number; max: number; style: number }[],
  col: number
): number {
  if (rowTag && attr(rowTag, "customFormat") === "1") return styleOfTag(rowTag);
  return colStyles.find((c) => col + 1 >= c.min && col + 1 <= c.max)?.style ?? 0;
}

export function styleFor(styles: StyleBook, base: number, cell: CellData): number {
  return styles.derive(base, {
    numberFormat: cell.numberFormat ?? "General",
    bold: cell.font?.bold ?? false,
    italic: cell.font?.italic ?? false,
  });
}

/** A rewritten cell: the model's content over the style the cell had (or would get in its row and column). */
function writtenCell(
  p: string,
  styles: StyleBook,
  row: number,
  col: number,
  cell: CellData | undefined,
  old: string | undefined,
  base: number
): string | undefined {
  if (!cell) {
    // Emptied: the cell's formatting (borders, fills) stays, its content goes.
    return base > 0 && old ? `<${p}c r="${cellRef(row, col)}" s="${base}"/>` : undefined;
  }
  return cellXml(p, cellRef(row, col), cell, styleFor(styles, base, cell));
}

/** The same cell with a new cached result; its formula element, style and other attributes as they were. */
function withResult(p: string, text: string, value: CellValue): string {
  const tag = startTag(text);
  const f = element(text, `${p}f`);
  if (!f || tag.endsWith("/>")) return text;
  const r = resultXml(p, value);
  const rest = inner(text).replace(f.text, "");
  const ext = element(rest, `${p}extLst`)?.text ?? "";
  return `${setAttr(tag, "t", r.t)}${f.text}${r.v ?? ""}${ext}</${p}c>`;
}

/** The member of a shared formula given its own formula text (its master is being rewritten). */
function unshared(p: string, text: string, formula: string): string {
  const f = element(text, `${p}f`);
  if (!f) return text;
  return text.replace(f.text, `<${p}f>${escapeText(formulaToFile(formula))}</${p}f>`);
}

export function patchSheetXml(xml: string, edits: SheetEdits, styles: StyleBook): SheetPatch {
  const p = rootPrefix(xml, "worksheet");
  const sheetData = element(xml, `${p}sheetData`);
  if (!sheetData) return { xml, needsFullCalc: false };
  const open = startTag(sheetData.text);
  const body = inner(sheetData.text);

  const rows: RowSpan[] = [];
  let last = -1;
  for (const r of elements(body, `${p}row`)) {
    const tag = startTag(r.text);
    const n = Number(attr(tag, "r"));
    last = Number.isFinite(n) && n > 0 ? n - 1 : last + 1;
    rows.push({
      row: last,
      start: r.start,
      end: r.end,
      text: r.text,
      hasR: attr(tag, "r") !== undefined,
    });
  }
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const colStyles = elements(xml, `${p}col`).map((c) => ({
    min: Number(attr(c.text, "min")),
    max: Number(attr(c.text, "max")),
    style: styleOfTag(c.text),
  }));

  // The rows to touch and the edits in each.
  const touched = new Map<number, Map<number, "write" | "result" | "unshare">>();
  const mark = (row: number, col: number, kind: "write" | "result" | "unshare") => {
    let m = touched.get(row);
    if (!m) touched.set(row, (m = new Map()));
    if (!m.has(col) || kind === "write") m.set(col, kind);
  };
  for (const key of edits.written.keys()) mark(Math.floor(key / MAX_COLS), key % MAX_COLS, "write");
  for (const key of edits.results.keys()) {
    const row = Math.floor(key / MAX_COLS),
      col = key % MAX_COLS;
    if (byRow.has(row)) mark(row, col, "result");
  }

  // A rewritten cell that was the first of a shared formula: its other members get their own formula.
  const sharedGone = new Set<string>();
  for (const [row, cols] of touched) {
    const r = byRow.get(row);
    if (!r) continue;
    for (const c of rowCells(p, r.text)) {
      if (cols.get(c.col) !== "write") continue;
      const f = element(c.text, `${p}f`);
      if (
        f &&
        attr(startTag(f.text), "t") === "shared" &&
        attr(startTag(f.text), "ref") !== undefined
      )
        sharedGone.add(attr(startTag(f.text), "si") ?? "");
    }
  }
  if (sharedGone.size > 0) {
    for (const r of rows) {
      if (!/\bsi\s*=/.test(r.text)) continue;
      for (const c of rowCells(p, r.text)) {
        const f = element(c.text, `${p}f`);
        if (
          f &&
          attr(startTag(f.text), "t") === "shared" &&
          sharedGone.has(attr(startTag(f.text), "si") ?? "")
        )
          mark(r.row, c.col, "unshare");
      }
    }
  }

  let needsFullCalc = false;
  let grown: Box | undefined;
  const grow = (row: number, col: number) => {
    grown = grown
      ? {
          top: Math.min(grown.top, row),
          left: Math.min(grown.left, col),
          bottom: Math.max(grown.bottom, row),
          right: Math.max(grown.right, col),
        }
      : { top: row, left: col, bottom: row, right: col };
  };

  const buildRow = (row: number, existing: RowSpan | undefined): string => {
    const built = rebuildRow(row, existing);
    // A new row whose written cells are all empty is not written at all.
    return !existing && built.cells === 0 ? "" : built.text;
  };
  const rebuildRow = (
    row: number,
    existing: RowSpan | undefined
  ): { text: string; cells: number } => {
    const cols = touched.get(row)!;
    const rowTag = existing ? startTag(existing.text) : undefined;
    const cells = existing ? rowCells(p, existing.text) : [];
    const at = new Map(cells.map((c) => [c.col, c]));
    const out = new Map<number, string>(cells.map((c) => [c.col, c.text]));
    for (const [col, kind] of cols) {
      const old = at.get(col)?.text;
      const key = keyOf(row, col);
      if (kind === "write") {
        const base = old ? styleOfTag(startTag(old)) : defaultStyle(rowTag, colStyles, col);
        const text = writtenCell(p, styles, row, col, edits.written.get(key), old, base);
        if (text === undefined) out.delete(col);
        else {
          out.set(col, text);
          if (!old) grow(row, col);
        }
      } else if (kind === "result" && old) {
        const value = edits.results.get(key)!;
        if (value === "#NAME?")
          needsFullCalc = true; // our recalculation lacks the function: let Excel do it
        else out.set(col, withResult(p, old, value));
      } else if (kind === "unshare" && old) {
        const formula = edits.formulaAt(row, col);
        if (formula) out.set(col, unshared(p, old, formula));
      }
    }
    const sorted = [...out.entries()].sort((a, b) => a[0] - b[0]);
    // Cells without an r attribute are positioned by order; a rebuilt row states every position.
    const texts = sorted.map(([col, text]) => {
      const tag = startTag(text);
      return attr(tag, "r") === undefined
        ? setAttr(tag, "r", cellRef(row, col)) + text.slice(tag.length)
        : text;
    });
    let tag = rowTag ?? `<${p}row r="${row + 1}">`;
    if (tag.endsWith("/>")) tag = `${tag.slice(0, -2).trimEnd()}>`;
    if (attr(tag, "r") === undefined) tag = setAttr(tag, "r", String(row + 1));
    const spans = attr(tag, "spans");
    if (spans && sorted.length > 0) {
      const [a, b] = spans.split(":").map(Number);
      const lo = Math.min(a ?? 1, sorted[0]![0] + 1),
        hi = Math.max(b ?? 1, sorted[sorted.length - 1]![0] + 1);
      if (Number.isFinite(lo) && Number.isFinite(hi)) tag = setAttr(tag, "spans", `${lo}:${hi}`);
    }
    return { text: `${tag}${texts.join("")}</${p}row>`, cells: texts.length };
  };

  // Rows in order: untouched rows as they were (with r added if the file left it implied), rebuilt rows,
  // and new rows where they belong.
  const newRows = [...touched.keys()].filter((r) => !byRow.has(r)).sort((a, b) => a - b);
  const anyImplied = rows.some((r) => !r.hasR);
  let outBody = "";
  let pos = 0;
  let next = 0;
  for (const r of rows) {
    outBody += body.slice(pos, r.start);
    while (next < newRows.length && newRows[next]! < r.row)
      outBody += buildRow(newRows[next++]!, undefined);
    if (touched.has(r.row)) outBody += buildRow(r.row, r);
    else if (anyImplied && !r.hasR) {
      const tag = startTag(r.text);
      outBody += setAttr(tag, "r", String(r.row + 1)) + r.text.slice(tag.length);
    } else outBody += r.text;
    pos = r.end;
  }
  while (next < newRows.length) outBody += buildRow(newRows[next++]!, undefined);
  outBody += body.slice(pos);

  const openTag = open.endsWith("/>") ? `${open.slice(0, -2).trimEnd()}>` : open;
  let out = replaceSpan(xml, sheetData, `${openTag}${outBody}</${p}sheetData>`);
  if (grown) out = growDimension(out, p, grown);
  return { xml: out, needsFullCalc };
}

function growDimension(xml: string, p: string, add: Box): string {
  const dim = element(xml, `${p}dimension`);
  if (!dim) return xml;
  const tag = startTag(dim.text);
  const old = parseBox(attr(tag, "ref") ?? "");
  const box = old
    ? {
        top: Math.min(old.top, add.top),
        left: Math.min(old.left, add.left),
        bottom: Math.max(old.bottom, add.bottom),
        right: Math.max(old.right, add.right),
      }
    : add;
  return replaceSpan(xml, dim, setAttr(tag, "ref", boxRef(box)) + dim.text.slice(tag.length));
}
