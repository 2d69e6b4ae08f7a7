// Excel.Worksheet over a SheetModel: name, position, visibility, ranges, used range, charts, panes.

import type { CellRect, SheetModel, SheetVisibility } from "../model";
import { MAX_COLS, MAX_ROWS } from "../model";
import { parseAddress } from "./address";
import { ClientObject } from "./client-object";
import type { MemoryContext } from "./context";
import { ErrorCodes, ExcelApiError, invalidArgument } from "./errors";
import { ChartCollection } from "./charts";
import { Range, hiddenSheet } from "./range";
import { renameInFormulas } from "./rename-references";

const sheetIds = new WeakMap<SheetModel, string>();
let nextSheetId = 1;

/** A stable id per sheet, shaped like Excel's "{GUID}". */
function sheetId(sheet: SheetModel): string {
  let id = sheetIds.get(sheet);
  if (!id) {
    id = `{00000000-0001-0000-0000-${String(nextSheetId++).padStart(12, "0")}}`;
    sheetIds.set(sheet, id);
  }
  return id;
}

export class Worksheet extends ClientObject<SheetModel> {
  protected readonly defaultProperties = [
    "name",
    "position",
    "visibility",
    "id",
    "tabColor",
  ] as const;
  private chartsObject?: ChartCollection;

  constructor(ctx: MemoryContext, resolver: () => SheetModel | null, preResolved?: SheetModel) {
    super(ctx, "Worksheet", resolver, preResolved);
  }

  protected snapshot(property: string, sheet: SheetModel): unknown {
    switch (property) {
      case "name":
        return sheet.name;
      case "position":
        return this.ctx.model.sheets.indexOf(sheet);
      case "visibility":
        return sheet.visibility;
      case "id":
        return sheetId(sheet);
      case "tabColor":
        return sheet.tabColor;
      default:
        return undefined;
    }
  }

  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.remember("name", v);
    this.queue((sheet) => {
      if (sheet.name === v) return;
      const other = this.ctx.model.getSheet(v);
      if (other && other !== sheet)
        throw new ExcelApiError(
          ErrorCodes.itemAlreadyExists,
          "The resource already exists.",
          "Worksheet.name"
        );
      const old = sheet.name;
      this.ctx.recalc.renameSheet(old, v);
      this.ctx.model.renameSheet(old, v);
      renameInFormulas(this.ctx.model, old, v);
    });
  }

  get position(): number {
    return this.read("position");
  }
  set position(v: number) {
    this.remember("position", v);
    this.queue((sheet) => {
      const sheets = this.ctx.model.sheets;
      const active = sheets[this.ctx.model.activeSheet];
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.max(0, Math.min(v, sheets.length)), 0, sheet);
      this.ctx.model.activeSheet = Math.max(0, sheets.indexOf(active));
      this.ctx.model.emit({ sheet: sheet.name, kind: "layout" });
    });
  }

  get visibility(): SheetVisibility {
    return this.read("visibility");
  }
  set visibility(v: SheetVisibility) {
    this.remember("visibility", v);
    this.queue((sheet) => {
      sheet.visibility = v;
      this.ctx.model.emit({ sheet: sheet.name, kind: "layout" });
    });
  }

  get id(): string {
    return this.read("id");
  }

  get tabColor(): string {
    return this.read("tabColor");
  }
  set tabColor(v: string) {
    this.remember("tabColor", v);
    this.queue((sheet) => {
      sheet.tabColor = v;
    });
  }

  private range(location: string, rect: (sheet: SheetModel) => CellRect | null): Range {
    return new Range(this.ctx, () => {
      const sheet = this.resolveNow();
      if (!sheet) return null;
      const r = rect(sheet);
      return r ? { sheet, rect: r } : null;
    });
  }

  /** The whole sheet when no address is given. */
  getRange(address?: string): Range {
    return this.range("Worksheet.getRange", (sheet) => {
      if (address === undefined || address === "")
        return { row: 0, col: 0, rowCount: MAX_ROWS, colCount: MAX_COLS };
      const parsed = parseAddress(address);
      if (
        !parsed ||
        (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())
      ) {
        throw invalidArgument(
          "The argument is invalid or missing or has an incorrect format.",
          "Worksheet.getRange"
        );
      }
      return parsed.rect;
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): Range {
    return this.range("Worksheet.getRangeByIndexes", () => {
      if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1) {
        throw invalidArgument(
          "The argument is invalid or missing or has an incorrect format.",
          "Worksheet.getRangeByIndexes"
        );
      }
      return { row: startRow, col: startColumn, rowCount, colCount: columnCount };
    });
  }

  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** Excel gives A1 for an empty sheet. */
  getUsedRange(valuesOnly = false): Range {
    return this.range(
      "Worksheet.getUsedRange",
      (sheet) => sheet.usedRect(valuesOnly) ?? { row: 0, col: 0, rowCount: 1, colCount: 1 }
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this.range("Worksheet.getUsedRangeOrNullObject", (sheet) => {
      this.ctx.requireApi("1.4", "Worksheet.getUsedRangeOrNullObject");
      return sheet.usedRect(valuesOnly);
    });
  }

  /** Refused on a hidden sheet, as Excel does (Worksheet.activate, see Range.select). */
  activate(): void {
    this.queue((sheet) => {
      if (sheet.visibility !== "Visible") throw hiddenSheet("Worksheet.activate");
      this.ctx.model.setActive(sheet.name);
    });
  }

  delete(): void {
    this.queue((sheet) => {
      this.ctx.recalc.removeSheet(sheet.name);
      this.ctx.model.removeSheet(sheet.name);
    });
  }

  get charts(): ChartCollection {
    return (this.chartsObject ??= new ChartCollection(this.ctx, () => this.resolveNow()));
  }

  get freezePanes(): {
    freezeRows(count?: number): void;
    freezeColumns(count?: number): void;
    unfreeze(): void;
  } {
    const set = (rows: number | undefined, cols: number | undefined) =>
      this.queue((sheet) => {
        if (rows !== undefined) sheet.frozenRows = rows;
        if (cols !== undefined) sheet.frozenColumns = cols;
        this.ctx.model.emit({ sheet: sheet.name, kind: "layout" });
      });
    return {
      freezeRows: (count = 1) => set(count, undefined),
      freezeColumns: (count = 1) => set(undefined, count),
      unfreeze: () => set(0, 0),
    };
  }
}
