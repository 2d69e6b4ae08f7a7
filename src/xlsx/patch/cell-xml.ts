// One cell as worksheet XML (<c>): its value, formula with the cached result, and style index.
// Text is written as an inline string (t="inlineStr"): sharedStrings.xml then stays byte for byte, with
// no counts to keep in step and no new part for a workbook that has none; Excel reads inline strings
// and turns them into shared strings on its next save.
import type { CellData, CellValue } from "../../memory-excel/model";
import { formulaToFile } from "../formulas";
import { escapeText } from "./xml-text";

const ERRORS = new Set([
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
]);

export function isError(v: CellValue): boolean {
  return typeof v === "string" && ERRORS.has(v);
}

export function numberText(n: number): string {
  return Number.isFinite(n) ? String(n) : "0";
}

function textNode(p: string, s: string): string {
  const space = /^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : "";
  return `<${p}t${space}>${escapeText(stripInvalid(s))}</${p}t>`;
}

/** Characters XML 1.0 cannot carry (control characters) are dropped rather than breaking the part. */
function stripInvalid(s: string): string {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

/** The cached result of a formula: type attribute and <v> text (none for a blank result). */
export function resultXml(p: string, v: CellValue): { t?: string; v?: string } {
  if (v === null || v === "")
    return typeof v === "string" ? { t: "str", v: `<${p}v></${p}v>` } : {};
  if (typeof v === "number") return { v: `<${p}v>${numberText(v)}</${p}v>` };
  if (typeof v === "boolean") return { t: "b", v: `<${p}v>${v ? 1 : 0}</${p}v>` };
  if (isError(v)) return { t: "e", v: `<${p}v>${escapeText(v)}</${p}v>` };
  return { t: "str", v: `<${p}v>${escapeText(stripInvalid(v))}</${p}v>` };
}

/** `<c r="F7" s="12" ...>` for the model's cell; `style` 0 is left out. A cell with nothing gives only its style. */
export function cellXml(p: string, ref: string, cell: CellData, style: number): string {
  const s = style > 0 ? ` s="${style}"` : "";
  if (cell.formula !== undefined) {
    const r = resultXml(p, cell.value);
    return `<${p}c r="${ref}"${s}${r.t ? ` t="${r.t}"` : ""}><${p}f>${escapeText(formulaToFile(cell.formula))}</${p}f>${r.v ?? ""}</${p}c>`;
  }
  const v = cell.value;
  if (v === null || v === "") return `<${p}c r="${ref}"${s}/>`;
  if (typeof v === "number") return `<${p}c r="${ref}"${s}><${p}v>${numberText(v)}</${p}v></${p}c>`;
  if (typeof v === "boolean")
    return `<${p}c r="${ref}"${s} t="b"><${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
  if (isError(v)) return `<${p}c r="${ref}"${s} t="e"><${p}v>${escapeText(v)}</${p}v></${p}c>`;
  return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is>${textNode(p, v)}</${p}is></${p}c>`;
}
