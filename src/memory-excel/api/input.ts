// What Excel does with a value written through `range.values` / `range.formulas`: the same as typing it
// (en-US): "=..." becomes a formula, "1,234.5" and "12.5%" become numbers, "'text" stays text, and a cell
// formatted as Text ("@") keeps strings as they are. "91,43%" is not an en-US number, so it stays text.
// A string beginning with "=", "+" or "-" that is not a number is read as a formula ("- Program" becomes
// =- Program, #NAME?): "If the value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
// interprets this value as a formula" (Range.values,
// https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).

import type { CellValue } from "../model";

export interface ParsedInput {
  value: CellValue;
  formula?: string;
  /** Format Excel applies when the typed text implies one (percent, thousands). */
  numberFormat?: string;
}

const EN_NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;

export function parseInput(input: unknown, currentFormat: string | undefined): ParsedInput {
  if (input === null || input === undefined || input === "") return { value: null };
  if (typeof input === "number") return { value: Number.isFinite(input) ? input : null };
  if (typeof input === "boolean") return { value: input };
  const text = String(input);
  if (currentFormat === "@") return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith("=") && text.length > 1) return { value: null, formula: text };
  const upper = text.trim().toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  const trimmed = text.trim();
  const percent = trimmed.endsWith("%");
  const body = percent ? trimmed.slice(0, -1).trim() : trimmed;
  if (body !== "" && /\d/.test(body) && EN_NUMBER.test(body)) {
    const n = Number(body.replace(/,/g, ""));
    if (Number.isFinite(n)) {
      const general = currentFormat === undefined || currentFormat === "General";
      const decimals = (body.split(".")[1] ?? "").replace(/[eE].*/, "").length;
      // "91.43%" is 0.9143 exactly as Excel stores it (n / 100 would give 0.9143000000000001).
      if (percent)
        return {
          value: /e/i.test(body) ? n / 100 : Number(`${body.replace(/,/g, "")}e-2`),
          numberFormat: general ? (decimals > 0 ? "0.00%" : "0%") : undefined,
        };
      if (body.includes(","))
        return {
          value: n,
          numberFormat: general ? (decimals > 0 ? "#,##0.00" : "#,##0") : undefined,
        };
      return { value: n };
    }
  }
  // Not a number: Excel keeps the lone sign as text (a blank marker in reports), the rest becomes a formula.
  if ((text.startsWith("+") || text.startsWith("-")) && text.trim().length > 1)
    return { value: null, formula: `=${text}` };
  return { value: text };
}
