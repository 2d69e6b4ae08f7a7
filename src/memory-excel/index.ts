// The in-memory Excel: `createMemoryExcel(model).run(batch)` behaves like `Excel.run(batch)` over a
// WorkbookModel, with office.js's load/sync semantics, HyperFormula recalculation (SAKIP.* included)
// and counters of round trips and cells moved. Used by the demo page, the command line and tests;
// never bundled into the add-in.

import type { ExcelContext } from "../excel/excel-subset";
import type { CellValue, WorkbookModel } from "./model";
import { MemoryContext, emptyStats } from "./api/context";
import { NEWEST_SETS, isSetSupported } from "./api/limits";
import type { RequirementSets } from "./api/limits";
import { BusyCells } from "./api/busy";
import type { MemoryExcelStats } from "./api/context";
import { ErrorCodes } from "./api/errors";
import { parseInput } from "./api/input";
import { Workbook } from "./api/workbook";
import { RecalcEngine } from "./recalc/engine";
import { ensureSakipFunctions } from "./recalc/functions";

export type { MemoryExcelStats } from "./api/context";
export type { RequirementSets } from "./api/limits";
export { PAYLOAD_LIMIT_BYTES, MERGED_AREAS_LIMIT } from "./api/limits";
export { ErrorCodes, ExcelApiError } from "./api/errors";
export { formatText, formatGeneral } from "./api/number-format";
export { parseAddress, fullAddress, rectAddress, columnLetter, columnIndex } from "./api/address";
export { WorkbookModel, SheetModel } from "./model";

/** The context a batch gets: the in-memory classes, a superset of what src/excel uses (ExcelContext). */
export type MemoryRequestContext = MemoryContext & {
  readonly workbook: Workbook;
  readonly application: Workbook["application"];
};

/** The in-memory context fits the subset src/excel is written against: checked by the compiler, no cast. */
export const memoryContextFits = (context: MemoryRequestContext): ExcelContext => context;

export interface MemoryExcel {
  /** Like `Excel.run`: a fresh request context per batch; pending actions are flushed when the batch ends. */
  run<T>(batch: (context: MemoryRequestContext) => Promise<T>): Promise<T>;
  readonly stats: MemoryExcelStats;
  resetStats(): void;
  readonly model: WorkbookModel;
  /**
   * A user typing into a cell (the demo grid): en-US input ("=SUM(A1:A3)", "12.5%", "'007") parsed
   * as Excel does, the sheet recalculated. Not counted as API traffic.
   */
  editCell(sheet: string, row: number, col: number, input: CellValue): void;
  /** `Office.context.requirements`: what this Excel supports (an older one when told so). */
  readonly requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
}

export interface MemoryExcelOptions {
  /** Imitate an older Excel: e.g. `{ ExcelApi: "1.12" }` refuses getMergedAreasOrNullObject (1.13). */
  sets?: Partial<RequirementSets>;
  /** =SAKIP.* formulas just written read as #BUSY! for this many round trips (api/busy.ts); default 0. */
  busySyncs?: number;
}

/** Internal context class, exposed for tests that need to look behind the API. */
export { MemoryContext };

export function createMemoryExcel(
  model: WorkbookModel,
  options: MemoryExcelOptions = {}
): MemoryExcel {
  ensureSakipFunctions();
  const recalc = new RecalcEngine(model);
  const stats: MemoryExcelStats = emptyStats();
  const sets: RequirementSets = { ...NEWEST_SETS, ...options.sets };
  const busy = new BusyCells(options.busySyncs ?? 0);
  return {
    model,
    stats,
    requirements: { isSetSupported: (name, minVersion) => isSetSupported(sets, name, minVersion) },
    resetStats() {
      Object.assign(stats, emptyStats());
    },
    async run<T>(batch: (context: MemoryRequestContext) => Promise<T>): Promise<T> {
      const ctx = new MemoryContext(model, recalc, stats, sets, busy);
      const workbook = new Workbook(ctx);
      const context: MemoryRequestContext = Object.assign(ctx, {
        workbook,
        application: workbook.application,
      });
      const result = await batch(context);
      if (ctx.pending > 0) await ctx.sync();
      return result;
    },
    editCell(sheetName, row, col, input) {
      const sheet = model.getSheet(sheetName);
      if (!sheet) throw new Error(`Lembar "${sheetName}" tidak ada di buku kerja ini.`);
      const parsed = parseInput(input, sheet.getCell(row, col)?.numberFormat);
      sheet.setCell(row, col, {
        value: parsed.value,
        formula: parsed.formula,
        ...(parsed.numberFormat ? { numberFormat: parsed.numberFormat } : {}),
      });
      recalc.write(sheet, [{ row, col, value: parsed.value, formula: parsed.formula }]);
    },
  };
}

/**
 * Defines the globals office.js would (`Excel.run`, `Excel.ErrorCodes`) over one in-memory
 * workbook, for pages and scripts written against the real API. Returns the instance (for stats).
 */
export function installGlobals(
  model: WorkbookModel,
  target: object = globalThis,
  options: MemoryExcelOptions = {}
): MemoryExcel {
  const excel = createMemoryExcel(model, options);
  const g = target as { Excel?: Record<string, unknown> };
  g.Excel = { ...(g.Excel ?? {}), run: excel.run.bind(excel), ErrorCodes };
  return excel;
}
