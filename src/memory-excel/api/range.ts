// Excel.Range over the model: properties are snapshots taken at sync, writes are queued.

import type { CellRect, CellValue } from "../model";
import { MAX_COLS, MAX_ROWS, overlaps } from "../model";
import { fullAddress, parseAddress, rectAddress } from "./address";
import {
  clearCells,
  readFormulas,
  readNumberFormat,
  readText,
  readValueTypes,
  readValues,
  writeCells,
} from "./cell-io";
import type { RangeTarget, WriteKind } from "./cell-io";
import { ClientObject } from "./client-object";
import type { MemoryContext } from "./context";
import { ErrorCodes, ExcelApiError, invalidArgument } from "./errors";
import { MERGED_AREAS_LIMIT, jsonBytes } from "./limits";
import { RangeFormat } from "./range-format";
import { Worksheet } from "./worksheet";

const PAYLOADS = new Set([
  "values",
  "text",
  "formulas",
  "formulasLocal",
  "numberFormat",
  "numberFormatLocal",
  "valueTypes",
]);

function checkRect(rect: CellRect, location: string): CellRect {
  if (
    rect.row < 0 ||
    rect.col < 0 ||
    rect.rowCount < 1 ||
    rect.colCount < 1 ||
    rect.row + rect.rowCount > MAX_ROWS ||
    rect.col + rect.colCount > MAX_COLS
  ) {
    throw invalidArgument(
      "The argument is invalid or missing or has an incorrect format.",
      location
    );
  }
  return rect;
}

export class Range extends ClientObject<RangeTarget> {
  protected readonly defaultProperties = [
    "address",
    "addressLocal",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "cellCount",
    "values",
    "text",
    "formulas",
    "numberFormat",
    "valueTypes",
  ] as const;
  private formatObject?: RangeFormat;

  constructor(ctx: MemoryContext, resolver: () => RangeTarget | null, preResolved?: RangeTarget) {
    super(ctx, "Range", resolver, preResolved);
  }

  /** A range derived from this one; null when this one is null, an error when out of the sheet. */
  private derive(location: string, rect: (r: CellRect) => CellRect): Range {
    return new Range(this.ctx, () => {
      const t = this.resolveNow();
      return t ? { sheet: t.sheet, rect: checkRect(rect(t.rect), location) } : null;
    });
  }

  protected snapshot(property: string, t: RangeTarget): unknown {
    switch (property) {
      case "address":
      case "addressLocal":
        return fullAddress(t.sheet.name, t.rect);
      case "rowIndex":
        return t.rect.row;
      case "columnIndex":
        return t.rect.col;
      case "rowCount":
        return t.rect.rowCount;
      case "columnCount":
        return t.rect.colCount;
      case "cellCount":
        return t.rect.rowCount * t.rect.colCount;
      case "values":
        return readValues(t, this.ctx.busy);
      case "text":
        return readText(t, this.ctx.busy);
      case "formulas":
      case "formulasLocal":
        return readFormulas(t);
      case "numberFormat":
      case "numberFormatLocal":
        return readNumberFormat(t);
      case "valueTypes":
        return readValueTypes(t);
      case "hidden":
        return false;
      default:
        return undefined;
    }
  }

  protected override payloadSize(property: string, t: RangeTarget): number {
    return PAYLOADS.has(property) ? t.rect.rowCount * t.rect.colCount : 0;
  }

  protected override navigation(name: string): ClientObject<unknown> | undefined {
    if (name === "format") return this.format as ClientObject<unknown>;
    if (name === "worksheet") return this.worksheet as ClientObject<unknown>;
    return undefined;
  }

  get address(): string {
    return this.read("address");
  }
  get addressLocal(): string {
    return this.read("addressLocal");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get text(): string[][] {
    return this.read("text");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }

  get values(): CellValue[][] {
    return this.read("values");
  }
  set values(v: unknown) {
    this.write("values", v);
  }
  get formulas(): CellValue[][] {
    return this.read("formulas");
  }
  set formulas(v: unknown) {
    this.write("formulas", v);
  }
  get formulasLocal(): CellValue[][] {
    return this.read("formulasLocal");
  }
  set formulasLocal(v: unknown) {
    this.write("formulas", v);
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: unknown) {
    this.write("numberFormat", v);
  }
  get numberFormatLocal(): string[][] {
    return this.read("numberFormatLocal");
  }
  set numberFormatLocal(v: unknown) {
    this.write("numberFormat", v);
  }

  private write(kind: WriteKind, input: unknown): void {
    this.remember(kind, input);
    this.ctx.addRequestBytes(jsonBytes({ [kind]: input }));
    this.queue((t) => writeCells(this.ctx, t, kind, input));
  }

  get format(): RangeFormat {
    return (this.formatObject ??= new RangeFormat(this.ctx, () => this.resolveNow()));
  }

  get worksheet(): Worksheet {
    return new Worksheet(this.ctx, () => this.resolveNow()?.sheet ?? null);
  }

  getCell(row: number, column: number): Range {
    return this.derive("Range.getCell", (r) => ({
      row: r.row + row,
      col: r.col + column,
      rowCount: 1,
      colCount: 1,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.derive("Range.getOffsetRange", (r) => ({
      ...r,
      row: r.row + rowOffset,
      col: r.col + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derive("Range.getResizedRange", (r) => ({
      ...r,
      rowCount: r.rowCount + deltaRows,
      colCount: r.colCount + deltaColumns,
    }));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): Range {
    return this.derive("Range.getAbsoluteResizedRange", (r) => ({
      ...r,
      rowCount: numRows,
      colCount: numColumns,
    }));
  }

  getRow(row: number): Range {
    return this.derive("Range.getRow", (r) => ({ ...r, row: r.row + row, rowCount: 1 }));
  }

  getColumn(column: number): Range {
    return this.derive("Range.getColumn", (r) => ({ ...r, col: r.col + column, colCount: 1 }));
  }

  getLastRow(): Range {
    return this.derive("Range.getLastRow", (r) => ({
      ...r,
      row: r.row + r.rowCount - 1,
      rowCount: 1,
    }));
  }

  getLastColumn(): Range {
    return this.derive("Range.getLastColumn", (r) => ({
      ...r,
      col: r.col + r.colCount - 1,
      colCount: 1,
    }));
  }

  getEntireColumn(): Range {
    return this.derive("Range.getEntireColumn", (r) => ({ ...r, row: 0, rowCount: MAX_ROWS }));
  }

  getEntireRow(): Range {
    return this.derive("Range.getEntireRow", (r) => ({ ...r, col: 0, colCount: MAX_COLS }));
  }

  /**
   * The merged areas that meet this range, or a null object when none does. ExcelApi 1.13; more than 512
   * areas fail the sync (see MERGED_AREAS_LIMIT in limits.ts).
   */
  getMergedAreasOrNullObject(): RangeAreas {
    return new RangeAreas(this.ctx, () => {
      this.ctx.requireApi("1.13", "Range.getMergedAreasOrNullObject");
      const t = this.resolveNow();
      if (!t) return null;
      const areas = t.sheet.merges.filter((m) => overlaps(m, t.rect));
      if (areas.length > MERGED_AREAS_LIMIT) {
        throw new ExcelApiError(
          ErrorCodes.invalidOperation,
          `This operation is not permitted: the range has ${areas.length} merged areas, more than ${MERGED_AREAS_LIMIT}.`,
          "Range.getMergedAreasOrNullObject"
        );
      }
      this.ctx.stats.mergedAreasMax = Math.max(this.ctx.stats.mergedAreasMax, areas.length);
      return areas.length > 0 ? { sheet: t.sheet, rects: areas } : null;
    });
  }

  /** The part of the sheet's used range inside this range, or a null object (ExcelApi 1.4). */
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(this.ctx, () => {
      this.ctx.requireApi("1.4", "Range.getUsedRangeOrNullObject");
      const t = this.resolveNow();
      const used = t?.sheet.usedRect(valuesOnly);
      if (!t || !used) return null;
      const rect = intersect(t.rect, used);
      return rect ? { sheet: t.sheet, rect } : null;
    });
  }

  /** The rectangle both ranges share, or a null object (ExcelApi 1.4). */
  getIntersectionOrNullObject(other: Range | string): Range {
    return new Range(this.ctx, () => {
      this.ctx.requireApi("1.4", "Range.getIntersectionOrNullObject");
      const t = this.resolveNow();
      if (!t) return null;
      const o = typeof other === "string" ? parseLocal(other) : other.resolveNow()?.rect;
      const rect = o ? intersect(t.rect, o) : null;
      return rect ? { sheet: t.sheet, rect } : null;
    });
  }

  /** Merges the range (each row apart when `across`); Excel keeps the top-left value only. */
  merge(across = false): void {
    this.queue((t) => {
      const rects = across
        ? Array.from({ length: t.rect.rowCount }, (_, i) => ({
            ...t.rect,
            row: t.rect.row + i,
            rowCount: 1,
          }))
        : [t.rect];
      for (const rect of rects) {
        if (rect.rowCount * rect.colCount < 2) continue;
        const others: RangeTarget[] = [];
        for (let r = 0; r < rect.rowCount; r++) {
          for (let c = 0; c < rect.colCount; c++) {
            if (r === 0 && c === 0) continue;
            if (t.sheet.getCell(rect.row + r, rect.col + c))
              others.push({
                sheet: t.sheet,
                rect: { row: rect.row + r, col: rect.col + c, rowCount: 1, colCount: 1 },
              });
          }
        }
        for (const o of others) clearCells(this.ctx, o, "Contents");
        t.sheet.addMerge(rect);
      }
    });
  }

  unmerge(): void {
    this.queue((t) => {
      t.sheet.merges = t.sheet.merges.filter((m) => !overlaps(m, t.rect));
      this.ctx.model.emit({ sheet: t.sheet.name, kind: "layout" });
    });
  }

  /**
   * Excel cannot select on a hidden sheet, nor make a hidden sheet the active one (Worksheet.activate:
   * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-activate-member(1),
   * Range.select: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-select-member(1)).
   */
  select(): void {
    this.queue((t) => {
      if (t.sheet.visibility !== "Visible") throw hiddenSheet("Range.select");
      this.ctx.model.setActive(t.sheet.name);
      this.ctx.model.select(t.sheet.name, t.rect);
    });
  }

  clear(applyTo: "All" | "Formats" | "Contents" | string = "All"): void {
    this.queue((t) => clearCells(this.ctx, t, applyTo));
  }

  /** The sheet's address of the range without a sync, for messages (not an Excel API member). */
  static localAddress(rect: CellRect): string {
    return rectAddress(rect);
  }
}

export function hiddenSheet(location: string): ExcelApiError {
  return new ExcelApiError(
    ErrorCodes.invalidOperation,
    "This operation is not permitted for the current object: the worksheet is hidden.",
    location
  );
}

function intersect(a: CellRect, b: CellRect): CellRect | null {
  const row = Math.max(a.row, b.row),
    col = Math.max(a.col, b.col);
  const endRow = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const endCol = Math.min(a.col + a.colCount, b.col + b.colCount);
  return endRow > row && endCol > col
    ? { row, col, rowCount: endRow - row, colCount: endCol - col }
    : null;
}

function parseLocal(address: string): CellRect | undefined {
  return parseAddress(address)?.rect;
}

interface AreasTarget {
  sheet: RangeTarget["sheet"];
  rects: CellRect[];
}

/** Excel.RangeAreas: several rectangles of one sheet (here: merged areas). */
export class RangeAreas extends ClientObject<AreasTarget> {
  protected readonly defaultProperties = [
    "address",
    "addressLocal",
    "areaCount",
    "cellCount",
  ] as const;
  private areasObject?: RangeCollection;

  constructor(ctx: MemoryContext, resolver: () => AreasTarget | null) {
    super(ctx, "RangeAreas", resolver);
  }

  protected snapshot(property: string, t: AreasTarget): unknown {
    switch (property) {
      case "address":
      case "addressLocal":
        return t.rects.map((r) => fullAddress(t.sheet.name, r)).join(",");
      case "areaCount":
        return t.rects.length;
      case "cellCount":
        return t.rects.reduce((n, r) => n + r.rowCount * r.colCount, 0);
      default:
        return undefined;
    }
  }

  protected override navigation(name: string): ClientObject<unknown> | undefined {
    return name === "areas" ? (this.areas as ClientObject<unknown>) : undefined;
  }

  get address(): string {
    return this.read("address");
  }
  get addressLocal(): string {
    return this.read("addressLocal");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }

  get areas(): RangeCollection {
    return (this.areasObject ??= new RangeCollection(this.ctx, () => {
      const t = this.resolveNow();
      return t ? t.rects.map((rect) => ({ sheet: t.sheet, rect })) : null;
    }));
  }
}

/** Excel.RangeCollection: `items` after load + sync. */
export class RangeCollection extends ClientObject<RangeTarget[]> {
  protected readonly defaultProperties = ["items"] as const;
  private itemProperties: string[] = [];

  constructor(ctx: MemoryContext, resolver: () => RangeTarget[] | null) {
    super(ctx, "RangeCollection", resolver);
  }

  override load(spec?: Parameters<ClientObject<RangeTarget[]>["load"]>[0]): this {
    this.itemProperties = itemPaths(spec);
    return super.load("items");
  }

  protected snapshot(property: string, targets: RangeTarget[]): unknown {
    if (property !== "items") return undefined;
    return targets.map((t) => {
      const range = new Range(this.ctx, () => t, t);
      loadNow(range, this.itemProperties);
      return range;
    });
  }

  get items(): Range[] {
    return this.read("items");
  }
}

/** "items/address,items/rowIndex" or "address" -> ["address", "rowIndex"] (office.js allows both). */
export function itemPaths(spec: Parameters<ClientObject<unknown>["load"]>[0]): string[] {
  if (spec === undefined) return [];
  const raw = typeof spec === "string" ? spec.split(",") : Array.isArray(spec) ? spec : [];
  return raw.map((p) => p.trim().replace(/^items\/?/, "")).filter((p) => p !== "");
}

/**
 * Loads properties on an item created during a sync: its load actions are queued, so they are
 * run right away by draining what this call queued (the item belongs to the sync being processed).
 */
export function loadNow<T>(item: ClientObject<T>, properties: string[]): void {
  const ctx = item.context;
  ctx.runNested(() => item.load(properties.length > 0 ? properties : undefined));
}
