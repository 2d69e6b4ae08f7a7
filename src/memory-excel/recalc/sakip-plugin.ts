// The =SAKIP.* functions as a HyperFormula function plugin, so formulas the add-in writes recalculate in
// the in-memory Excel exactly as the custom functions do in real Excel (same engine code).
// Arguments reach the functions the way Excel's custom-function runtime passes them: a range as a
// 2-D array of values ("" for an empty cell, errors as "#N/A"-like strings), a scalar as its value, an
// omitted optional argument as undefined.

import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type {
  FunctionArgument,
  FunctionPluginDefinition,
  ImplementedFunctions,
} from "hyperformula";

export type SakipArg = number | string | boolean | (number | string | boolean)[][] | undefined;
export type SakipFunction = (...args: SakipArg[]) => number | string;
export type SakipFunctionTable = Record<string, SakipFunction>;

/** Most arguments any SAKIP function takes; more gives #N/A like Excel's wrong-argument-count. */
const MAX_ARGS = 32;

const ERROR_BY_CODE: Record<string, ErrorType> = {
  invalidValue: ErrorType.VALUE,
  divisionByZero: ErrorType.DIV_BY_ZERO,
  notAvailable: ErrorType.NA,
  // As functions/excel-error.ts does in Excel: "text that is no number" is a #VALUE!, which keeps its message.
  invalidNumber: ErrorType.VALUE,
};

const EXCEL_ERROR_TEXT: Record<string, string> = {
  DIV_BY_ZERO: "#DIV/0!",
  NAME: "#NAME?",
  VALUE: "#VALUE!",
  NUM: "#NUM!",
  NA: "#N/A",
  REF: "#REF!",
  CYCLE: "#CYCLE!",
  SPILL: "#SPILL!",
  LIC: "#VALUE!",
  ERROR: "#VALUE!",
};

/**
 * A circular reference: Excel shows 0 and warns in its status bar, which the API does not pass on. The
 * in-memory Excel shows "#CYCLE!" (HyperFormula's name) so findings can say "rumus melingkar".
 */
export const CIRCULAR = "#CYCLE!";

export function excelErrorText(type: string): string {
  return EXCEL_ERROR_TEXT[type] ?? "#VALUE!";
}

/** "CAPAIAN" and "SAKIP.CAPAIAN" both name =SAKIP.CAPAIAN; the formula name is upper-case. */
export function formulaName(name: string): string {
  const upper = name.toUpperCase();
  return upper.includes(".") ? upper : `SAKIP.${upper}`;
}

function toPlain(v: unknown): number | string | boolean {
  if (v === EmptyValue || v === null || v === undefined) return "";
  if (v instanceof CellError) return excelErrorText(v.type);
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  // HyperFormula's rich numbers (percent, currency, dates) carry the plain number in `val`.
  const rich = v as { val?: unknown };
  return typeof rich.val === "number" ? rich.val : String(v);
}

function toArg(v: unknown): SakipArg {
  if (v === undefined) return undefined;
  if (v instanceof SimpleRangeValue) return v.rawData().map((row) => row.map(toPlain));
  return toPlain(v);
}

/**
 * Maps what a SAKIP function threw to the cell error Excel would show. Excel shows a custom function's
 * message only with #VALUE! and #N/A ("Handle and return errors from your custom function",
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors): other errors lose it here too.
 */
function toCellError(e: unknown): CellError {
  const code = (e as { code?: unknown } | null)?.code;
  const message = e instanceof Error ? e.message : String(e);
  const type =
    typeof code === "string" && ERROR_BY_CODE[code] ? ERROR_BY_CODE[code] : ErrorType.VALUE;
  if (type !== ErrorType.VALUE && type !== ErrorType.NA) return new CellError(type);
  if (ownMessages.size > 5000) ownMessages.clear();
  ownMessages.add(message);
  return new CellError(type, message);
}

/** Messages a SAKIP function gave (HyperFormula's own errors carry English texts the user must not see). */
const ownMessages = new Set<string>();

/** The message Excel would show beside a cell's error: only a SAKIP function's own (on #VALUE! / #N/A). */
export function customFunctionMessage(message: string | undefined): string | undefined {
  return message !== undefined && ownMessages.has(message) ? message : undefined;
}

const methodName = (id: string): string => `sakip_${id.replace(/[^A-Z0-9]/g, "_")}`;

/**
 * Builds the plugin class for a function table. A fresh class per table keeps HyperFormula's static
 * registry free of stale implementations when tests register a table twice.
 */
export function buildSakipPlugin(
  table: SakipFunctionTable
): FunctionPluginDefinition & { translations: Record<string, Record<string, string>> } {
  const params: FunctionArgument[] = Array.from({ length: MAX_ARGS }, () => ({
    argumentType: FunctionArgumentType.ANY,
    optionalArg: true,
  }));
  const implemented: ImplementedFunctions = {};
  const names: Record<string, string> = {};
  const impls = new Map<string, SakipFunction>();
  for (const [name, fn] of Object.entries(table)) {
    const id = formulaName(name);
    implemented[id] = { method: methodName(id), parameters: params, vectorizationForbidden: true };
    names[id] = id;
    impls.set(methodName(id), fn);
  }

  class SakipPlugin extends FunctionPlugin {
    static override implementedFunctions = implemented;
    static translations = { enGB: names, enUS: names };

    // HyperFormula does not export its AST and state types; they pass through untouched.
    call(method: string, ast: unknown, state: unknown): unknown {
      const fn = impls.get(method);
      const id = Object.keys(implemented).find((k) => implemented[k].method === method) ?? method;
      return this.runFunction(
        (ast as { args: never }).args,
        state as never,
        this.metadata(id),
        (...raw: unknown[]) => {
          // Excel does not call a custom function with an error argument unless its metadata says
          // allowErrorForDataTypeAny (ours does not): the cell shows that error ("Custom functions metadata",
          // https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json).
          const error = raw.find((a): a is CellError => a instanceof CellError);
          if (error) return new CellError(error.type);
          try {
            const args = raw.map(toArg);
            while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
            if (!fn) return new CellError(ErrorType.NAME, method);
            const result = fn(...args);
            if (typeof result === "number" && !Number.isFinite(result))
              return new CellError(ErrorType.NUM);
            return result;
          } catch (e) {
            return toCellError(e);
          }
        }
      );
    }
  }
  for (const method of impls.keys()) {
    Object.defineProperty(SakipPlugin.prototype, method, {
      value: function (this: SakipPlugin, ast: unknown, state: unknown) {
        return this.call(method, ast, state);
      },
    });
  }
  return SakipPlugin;
}

let registered: FunctionPluginDefinition | undefined;

/** Registers (or re-registers) the SAKIP functions globally in HyperFormula. */
export function registerSakipFunctions(table: SakipFunctionTable): void {
  if (registered) HyperFormula.unregisterFunctionPlugin(registered);
  const plugin = buildSakipPlugin(table);
  HyperFormula.registerFunctionPlugin(plugin, plugin.translations);
  registered = plugin;
}
