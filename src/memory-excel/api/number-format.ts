// `range.text`: a value shown with its number format the way Excel (en-US) shows it. Covers the formats
// reports use: General, 0, 0.00, #,##0, #,##0.00, 0%, 0.00%, "@", literal prefixes/suffixes ("Rp"
// #,##0), [$Rp-421] currency tags, and positive;negative;zero;text sections. Dates and fractions are
// not formatted (they fall back to General). Indonesian display (91,43%) is the demo page's job: real
// Excel's API in an en-US session gives en-US text too.

import type { CellValue } from "../model";

export function formatText(value: CellValue, format: string | undefined): string {
  if (value === null || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!format || format === "General" || format === "@") return formatGeneral(value);
  const sections = splitSections(format);
  let section = sections[0];
  let n = value;
  if (value < 0 && sections.length >= 2) {
    section = sections[1];
    n = -value;
  } else if (value === 0 && sections.length >= 3) section = sections[2];
  if (section === undefined || isDateFormat(section)) return formatGeneral(value);
  return formatSection(n, section);
}

/** Excel's General: integers as they are, otherwise about 10 significant digits, E-notation for huge. */
export function formatGeneral(n: number): string {
  if (!Number.isFinite(n)) return "#NUM!";
  if (n === 0) return "0";
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mant, exp] = n.toExponential(5).split("e");
    const e = Number(exp);
    return `${trimZeros(mant)}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  if (Number.isInteger(n)) return String(n);
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  return trimZeros(
    roundHalfUp(n, Math.max(0, 10 - intDigits)).toFixed(Math.max(0, 10 - intDigits))
  );
}

function trimZeros(s: string): string {
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
}

/** Rounds half away from zero on the decimal digits, like Excel's display (1.005 -> 1.01). */
function roundHalfUp(n: number, digits: number): number {
  const sign = n < 0 ? -1 : 1;
  const r = Number(`${Math.round(Number(`${Math.abs(n)}e${digits}`))}e-${digits}`);
  return sign * r;
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let cur = "",
    quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted) {
      cur += ch + (format[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

function isDateFormat(section: string): boolean {
  const bare = section
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
  return /[dmyhs]/i.test(bare) && !/[0#]/.test(bare);
}

interface Token {
  literal: boolean;
  text: string;
}

/** Splits a section into literal text and the number pattern ([0#?,.]+). */
function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  const lit = (t: string) => tokens.push({ literal: true, text: t });
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      lit(section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") {
      lit(section[i + 1] ?? "");
      i++;
    } else if (ch === "_") {
      lit(" ");
      i++;
    } else if (ch === "*") {
      i++;
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      const tag = section.slice(i + 1, end < 0 ? undefined : end);
      const currency = /^\$([^-]*)/.exec(tag);
      if (currency) lit(currency[1]);
      i = end < 0 ? section.length : end;
    } else if ("0#?,.".includes(ch)) {
      const last = tokens[tokens.length - 1];
      if (last && !last.literal) last.text += ch;
      else tokens.push({ literal: false, text: ch });
    } else lit(ch);
  }
  return tokens;
}

interface CompiledSection {
  tokens: Token[];
  percent: boolean;
  pattern?: string;
  scale: number;
  core: string;
  maxDec: number;
  minDec: number;
  minInt: number;
  grouping: boolean;
}

/** A workbook uses a handful of formats over millions of cells: each section is parsed once. */
const compiled = new Map<string, CompiledSection>();

function compile(section: string): CompiledSection {
  let c = compiled.get(section);
  if (c) return c;
  const tokens = tokenize(section);
  const pattern = tokens.find((t) => !t.literal)?.text;
  // Trailing commas divide by a thousand each.
  const scale = pattern === undefined ? 0 : (/,+$/.exec(pattern)?.[0].length ?? 0);
  const core = pattern === undefined ? "" : scale ? pattern.slice(0, -scale) : pattern;
  const [intPart, decPart = ""] = core.split(".");
  c = {
    tokens,
    pattern,
    scale,
    core,
    percent: tokens.some((t) => t.literal && t.text.includes("%")),
    maxDec: (decPart.match(/[0#?]/g) ?? []).length,
    minDec: (decPart.match(/0/g) ?? []).length,
    minInt: (intPart.match(/0/g) ?? []).length,
    grouping: intPart.includes(","),
  };
  if (compiled.size < 1000) compiled.set(section, c);
  return c;
}

function formatSection(value: number, section: string): string {
  const { tokens, percent, pattern, scale, core, maxDec, minDec, minInt, grouping } =
    compile(section);
  let n = percent ? value * 100 : value;
  if (pattern === undefined) return tokens.map((t) => t.text).join("");
  n /= Math.pow(1000, scale);
  const rounded = roundHalfUp(n, maxDec);
  let [i, d = ""] = Math.abs(rounded).toFixed(maxDec).split(".");
  while (d.length > minDec && d.endsWith("0")) d = d.slice(0, -1);
  if (i === "0" && minInt === 0) i = "";
  i = i.padStart(minInt, "0");
  if (grouping) i = i.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  // Excel keeps the point whenever the pattern has one ("#.##" shows 12 as "12.").
  const number = `${rounded < 0 ? "-" : ""}${i}${core.includes(".") ? "." + d : ""}`;
  return tokens.map((t) => (t.literal ? t.text : number)).join("");
}
