// Range.format, format.font and format.fill. Reading a property over several cells gives null when
// the cells differ, as Excel does.

import type { CellData, FontStyle, HorizontalAlignment } from "../model";
import { keyCol, keyRow } from "../model";
import { ClientObject } from "./client-object";
import type { RangeTarget } from "./cell-io";
import { readText } from "./cell-io";
import type { MemoryContext } from "./context";

export const DEFAULT_COLUMN_WIDTH = 48; // points: 8.43 characters of Calibri 11
export const DEFAULT_ROW_HEIGHT = 15; // points
const DEFAULT_FONT: Required<FontStyle> = {
  bold: false,
  italic: false,
  color: "#000000",
  size: 11,
  name: "Calibri",
};

/**
 * Ranges larger than this (whole columns, rows, the whole sheet) are handled through the cells that
 * exist in them: the model has no row or column styles, so formatting a whole column formats its
 * filled cells only.
 */
const LARGE = 100_000;

/** The cells of the range: every position for a normal range, the existing cells for a large one. */
function positions(t: RangeTarget): { row: number; col: number; cell: CellData | undefined }[] {
  const out: { row: number; col: number; cell: CellData | undefined }[] = [];
  const { row, col, rowCount, colCount } = t.rect;
  if (rowCount * colCount <= LARGE) {
    for (let r = 0; r < rowCount; r++) {
      for (let c = 0; c < colCount; c++)
        out.push({ row: row + r, col: col + c, cell: t.sheet.getCell(row + r, col + c) });
    }
    return out;
  }
  for (const [key, cell] of t.sheet.cells) {
    const r = keyRow(key),
      c = keyCol(key);
    if (r >= row && r < row + rowCount && c >= col && c < col + colCount)
      out.push({ row: r, col: c, cell });
  }
  return out;
}

function uniform<V>(t: RangeTarget, pick: (cell: CellData | undefined) => V): V | null {
  const cells = positions(t);
  let first: V | undefined =
    cells.length < t.rect.rowCount * t.rect.colCount ? pick(undefined) : undefined;
  for (const { cell } of cells) {
    const v = pick(cell);
    if (first === undefined) first = v;
    else if (v !== first) return null;
  }
  return first ?? null;
}

function eachCell(t: RangeTarget, patch: (cell: CellData | undefined) => Partial<CellData>): void {
  for (const { row, col, cell } of positions(t)) t.sheet.setCell(row, col, patch(cell));
}

type Resolver = () => RangeTarget | null;

export class RangeFont extends ClientObject<RangeTarget> {
  protected readonly defaultProperties = ["bold", "italic", "color", "size", "name"] as const;

  constructor(ctx: MemoryContext, resolver: Resolver) {
    super(ctx, "RangeFont", resolver);
  }

  protected snapshot(property: string, t: RangeTarget): unknown {
    const key = property as keyof FontStyle;
    if (!(key in DEFAULT_FONT)) return undefined;
    return uniform(t, (cell) => cell?.font?.[key] ?? DEFAULT_FONT[key]);
  }

  private set(key: keyof FontStyle, value: FontStyle[keyof FontStyle]): void {
    this.remember(key, value);
    this.queue((t) => eachCell(t, (cell) => ({ font: { ...cell?.font, [key]: value } })));
  }

  get bold(): boolean {
    return this.read("bold");
  }
  set bold(v: boolean) {
    this.set("bold", v);
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(v: boolean) {
    this.set("italic", v);
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.set("color", v);
  }
  get size(): number {
    return this.read("size");
  }
  set size(v: number) {
    this.set("size", v);
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.set("name", v);
  }
}

export class RangeFill extends ClientObject<RangeTarget> {
  protected readonly defaultProperties = ["color"] as const;

  constructor(ctx: MemoryContext, resolver: Resolver) {
    super(ctx, "RangeFill", resolver);
  }

  protected snapshot(property: string, t: RangeTarget): unknown {
    // Excel reports "#FFFFFF" for cells with no fill.
    return property === "color" ? uniform(t, (cell) => cell?.fill ?? "#FFFFFF") : undefined;
  }

  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.remember("color", v);
    this.queue((t) => eachCell(t, () => ({ fill: v })));
  }

  clear(): void {
    this.queue((t) => eachCell(t, () => ({ fill: undefined })));
  }
}

export class RangeFormat extends ClientObject<RangeTarget> {
  protected readonly defaultProperties = [
    "columnWidth",
    "rowHeight",
    "horizontalAlignment",
    "verticalAlignment",
    "wrapText",
  ] as const;
  private fontObject?: RangeFont;
  private fillObject?: RangeFill;

  constructor(
    ctx: MemoryContext,
    private readonly rangeResolver: Resolver
  ) {
    super(ctx, "RangeFormat", rangeResolver);
  }

  get font(): RangeFont {
    return (this.fontObject ??= new RangeFont(this.ctx, this.rangeResolver));
  }

  get fill(): RangeFill {
    return (this.fillObject ??= new RangeFill(this.ctx, this.rangeResolver));
  }

  protected override navigation(name: string): ClientObject<unknown> | undefined {
    if (name === "font") return this.font as ClientObject<unknown>;
    if (name === "fill") return this.fill as ClientObject<unknown>;
    return undefined;
  }

  protected snapshot(property: string, t: RangeTarget): unknown {
    switch (property) {
      case "columnWidth":
        return sameOver(
          t.rect.col,
          t.rect.colCount,
          (c) => t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH
        );
      case "rowHeight":
        return sameOver(
          t.rect.row,
          t.rect.rowCount,
          (r) => t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT
        );
      case "horizontalAlignment":
        return uniform(t, (cell) => cell?.horizontalAlignment ?? "General");
      case "verticalAlignment":
        return "Bottom";
      case "wrapText":
        return uniform(t, (cell) => cell?.wrap ?? false);
      default:
        return undefined;
    }
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(v: number) {
    this.remember("columnWidth", v);
    this.queue((t) => {
      for (let c = 0; c < t.rect.colCount; c++) t.sheet.setColumnWidth(t.rect.col + c, v);
    });
  }

  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(v: number) {
    this.remember("rowHeight", v);
    this.queue((t) => {
      for (let r = 0; r < t.rect.rowCount; r++) t.sheet.setRowHeight(t.rect.row + r, v);
    });
  }

  get horizontalAlignment(): HorizontalAlignment {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(v: HorizontalAlignment) {
    this.remember("horizontalAlignment", v);
    this.queue((t) => eachCell(t, () => ({ horizontalAlignment: v })));
  }

  get verticalAlignment(): string {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.remember("verticalAlignment", v);
  }

  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(v: boolean) {
    this.remember("wrapText", v);
    this.queue((t) => eachCell(t, () => ({ wrap: v })));
  }

  /**
   * Widths from the longest shown text of each column (about 6 points a character plus padding):
   * an approximation of Excel's measurement, which depends on the font.
   */
  autofitColumns(): void {
    this.queue((t) => {
      const text = readText(t);
      for (let c = 0; c < t.rect.colCount; c++) {
        const longest = Math.max(
          0,
          ...text.map((row) => Math.max(...row[c].split("\n").map((l) => l.length)))
        );
        if (longest > 0) t.sheet.setColumnWidth(t.rect.col + c, Math.round(longest * 6 + 8));
      }
    });
  }

  autofitRows(): void {
    this.queue(() => undefined);
  }
}

function sameOver(start: number, count: number, size: (i: number) => number): number | null {
  const first = size(start);
  for (let i = 1; i < count; i++) if (size(start + i) !== first) return null;
  return first;
}
