// What a cell shows in Excel with Indonesian regional settings: comma decimals, dot thousands
// (91,43%, 2.358.277.568). Covers the formats reports use; anything else falls back to General.

export type DisplayValue = number | string | boolean | null;

interface ParsedFormat {
  decimals: number;
  grouping: boolean;
  percent: boolean;
  prefix: string;
  suffix: string;
  text: boolean;
}

const cache = new Map<string, ParsedFormat | null>();

/** Reads the first (positive) section of a format code; null means General. */
export function parseFormat(code: string | undefined): ParsedFormat | null {
  if (!code || code === "General") return null;
  const hit = cache.get(code);
  if (hit !== undefined) return hit;
  const section = code.split(";")[0] ?? "";
  let parsed: ParsedFormat | null = null;
  if (section === "@") {
    parsed = { decimals: 0, grouping: false, percent: false, prefix: "", suffix: "", text: true };
  } else {
    const m = /^(.*?)([#0,]*0|#[#,]*)(\.(0+|#+))?(.*)$/.exec(section);
    if (m) {
      const literal = (s: string) =>
        s
          .replace(/_\S/g, "")
          .replace(/\\(.)/g, "$1")
          .replace(/"([^"]*)"/g, "$1")
          .replace(/\[[^\]]*\]/g, "");
      const tail = m[5] ?? "";
      parsed = {
        decimals: m[4] ? m[4].length : 0,
        grouping: (m[2] ?? "").includes(","),
        percent: tail.includes("%"),
        prefix: literal(m[1] ?? ""),
        suffix: literal(tail),
        text: false,
      };
    }
  }
  cache.set(code, parsed);
  return parsed;
}

function idNumber(n: number, decimals: number, grouping: boolean): string {
  return n.toLocaleString("id-ID", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouping,
  });
}

/** Excel's General: up to 10 significant digits, no thousands separators. */
function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  if (Math.abs(n) >= 1e11 || (Math.abs(n) < 1e-9 && n !== 0))
    return n.toExponential(5).replace(".", ",").replace("e+", "E+").replace("e-", "E-");
  const s = Number(n.toPrecision(10)).toString();
  return s.replace(".", ",");
}

export function displayValue(value: DisplayValue, numberFormat?: string): string {
  if (value === null || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const f = parseFormat(numberFormat);
  if (!f) return general(value);
  if (f.text) return general(value);
  const shown = f.percent ? value * 100 : value;
  const body = idNumber(Math.abs(shown), f.decimals, f.grouping);
  const sign = shown < 0 && Number(body.replace(/\./g, "").replace(",", ".")) !== 0 ? "-" : "";
  return `${sign}${f.prefix}${body}${f.suffix.includes("%") ? f.suffix : f.suffix}`;
}

/** Numbers sit right, text left, as in Excel. */
export function isNumeric(value: DisplayValue): boolean {
  return typeof value === "number";
}
