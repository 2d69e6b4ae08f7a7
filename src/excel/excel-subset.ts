// The part of the Excel JavaScript API this add-in uses, as types. src/excel, src/app and the hosts are
// written against it, so the same code runs on real Excel and on src/memory-excel, and the compiler checks
// both: office.js's `Excel` must fit it (below) and the in-memory Excel's context must too (memory-excel's
// `run` hands its context to batches typed with it). A member the code starts to use is added here first.

/** What `load` accepts here: "a,b/c" or ["a", "b"]. */
export type LoadPaths = string | string[];

/** A range's font: fill and undo read and restore a header's bold. */
export interface ExcelFont {
  bold: boolean;
  load(paths: LoadPaths): ExcelFont;
}

export interface ExcelRangeSubset {
  load(paths: LoadPaths): this;
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  get values(): unknown[][];
  set values(v: unknown[][]);
  get formulas(): unknown[][];
  set formulas(v: unknown[][]);
  get numberFormat(): string[][];
  set numberFormat(v: unknown[][]);
  readonly text: string[][];
  readonly format: {
    readonly font: ExcelFont;
    columnWidth: number;
    load(paths: LoadPaths): unknown;
  };
  getCell(row: number, column: number): ExcelRangeSubset;
  getUsedRangeOrNullObject(valuesOnly?: boolean): ExcelRangeSubset;
  getMergedAreasOrNullObject(): ExcelRangeAreasSubset;
  select(): void;
  clear(applyTo?: "All" | "Formats" | "Contents"): void;
}

export interface ExcelRangeAreasSubset {
  load(paths: LoadPaths): this;
  readonly isNullObject: boolean;
  readonly address: string;
}

export interface ExcelChartSubset {
  readonly title: { text: string };
  // Ranges handed back are always the same implementation's, so its own Range type is accepted (method
  // parameters are compared both ways).
  setPosition(startCell: string | ExcelRangeSubset, endCell?: string | ExcelRangeSubset): void;
  setData(sourceData: ExcelRangeSubset, seriesBy?: "Auto" | "Columns" | "Rows"): void;
  delete(): void;
}

export interface ExcelChartCollectionSubset {
  load(paths: LoadPaths): this;
  readonly count: number;
  getItemAt(index: number): ExcelChartSubset;
  add(
    type: string,
    sourceData: ExcelRangeSubset,
    seriesBy?: "Auto" | "Columns" | "Rows"
  ): ExcelChartSubset;
}

export interface ExcelWorksheetSubset {
  load(paths: LoadPaths): this;
  readonly name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  readonly charts: ExcelChartCollectionSubset;
  getRange(address?: string): ExcelRangeSubset;
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): ExcelRangeSubset;
  getUsedRangeOrNullObject(valuesOnly?: boolean): ExcelRangeSubset;
  activate(): void;
  delete(): void;
}

export interface ExcelWorksheetCollectionSubset {
  load(paths: LoadPaths): this;
  readonly items: ExcelWorksheetSubset[];
  getItem(key: string): ExcelWorksheetSubset;
  getItemOrNullObject(key: string): ExcelWorksheetSubset;
  add(name?: string): ExcelWorksheetSubset;
}

export interface ExcelSettingSubset {
  load(paths: LoadPaths): this;
  readonly isNullObject: boolean;
  readonly value: unknown;
}

export interface ExcelSettingCollectionSubset {
  add(key: string, value: string): unknown;
  getItemOrNullObject(key: string): ExcelSettingSubset;
}

export interface ExcelWorkbookSubset {
  readonly worksheets: ExcelWorksheetCollectionSubset;
  readonly settings: ExcelSettingCollectionSubset;
  getSelectedRange(): ExcelRangeSubset;
}

/** The request context of one batch (`Excel.run`'s argument). */
export interface ExcelContext {
  readonly workbook: ExcelWorkbookSubset;
  sync(): Promise<void>;
}

/** office.js's context fits the subset: checked by the compiler (the function is never called). */
export const officeContextFits = (context: Excel.RequestContext): ExcelContext => context;
