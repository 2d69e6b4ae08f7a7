// Reading the text of one cell before any column settles the convention: "Rp", "%", footnote stars,
// ",-" endings, categories such as "83 (B)", and both readings of "1.100" (id: 1100, en: 1,1).
import { tampil } from "./errors";

/** id: 1.234.567,89 (dot thousands, comma decimal); en: 1,234,567.89. */
export type NumberConvention = "id" | "en";

/** What one text says about itself, before a column settles the convention. */
export interface TextReading {
  kind: "number";
  percent: boolean;
  /** Reading under each convention; equal when the text is unambiguous. */
  id: number;
  en: number;
  /** Which convention the text proves (6.10 -> en, 0,2 -> id), or null when it proves none. */
  evidence: NumberConvention | null;
  note?: string;
}
export type TextResult = TextReading | { kind: "empty" } | { kind: "unreadable" };

// "None" / "null" / "NaN": what a database export writes for an empty field.
const NOT_AVAILABLE =
  /^(?:-+|–|—|n\/?a|#n\/a|na\.|n\.a\.?|tidak ada|belum ada|none|null|nan|(?:belum|tidak) (?:ada|tersedia)(?: data)?|data belum (?:ada|tersedia))$/i;

/** Amounts in accounting style: "(1.250)", "(Rp 2.500.000,00)" are negative. */
const GROUPED_AMOUNT = /^(?:rp|idr)?\.?\s*\d{1,3}(?:([.,])\d{3})+(?:(?!\1)[.,]\d{1,2})?$/i;

/** A plain number whose separator can only be a decimal one (not followed by exactly three digits). */
const POLOS = /^\s*(-?\d{1,15})(?:[.,](\d{1,2}|\d{4,12}))?\s*$/;

/** Digits grouped by thousands with `sep`: "1.234.567" -> true. */
function groupedBy(s: string, sep: string): boolean {
  const parts = s.split(sep);
  if (parts.length < 2) return false;
  if (!/^[1-9]\d{0,2}$/.test(parts[0])) return false;
  return parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

function digitsOnly(s: string): number {
  return Number(s.replace(/[.,]/g, ""));
}

/** Parses the bare digits-and-separators core (no sign, no %, no Rp). */
function bacaInti(core: string, currency: boolean): Omit<TextReading, "kind" | "percent"> | null {
  if (/^\d+$/.test(core)) {
    const v = Number(core);
    return { id: v, en: v, evidence: null };
  }
  if (!/^\d*[.,]?[\d.,]*\d$/.test(core)) return null;
  const dots = (core.match(/\./g) ?? []).length;
  const commas = (core.match(/,/g) ?? []).length;
  if (dots > 0 && commas > 0) {
    const last = core.lastIndexOf(".") > core.lastIndexOf(",") ? "." : ",";
    const other = last === "." ? "," : ".";
    const cut = core.lastIndexOf(last);
    const head = core.slice(0, cut);
    const tail = core.slice(cut + 1);
    if (core.indexOf(last) !== cut || !/^\d+$/.test(tail)) return null;
    if (!groupedBy(head, other)) return null;
    const evidence: NumberConvention = last === "," ? "id" : "en";
    if (tail.length === 3 && currency) {
      // "Rp 334.497.913,078": rupiah have no third decimal; the comma was meant as a thousands mark.
      const v = digitsOnly(core);
      return {
        id: v,
        en: v,
        evidence: null,
        note: `dibaca sebagai ${v} (pemisah ribuan campur titik dan koma); periksa angkanya`,
      };
    }
    const v = Number(`${head.split(other).join("")}.${tail}`);
    return { id: v, en: v, evidence };
  }
  const sep = dots > 0 ? "." : ",";
  const count = dots + commas;
  const sepEvidence: NumberConvention = sep === "." ? "id" : "en"; // what a thousands `sep` proves
  const decEvidence: NumberConvention = sep === "." ? "en" : "id"; // what a decimal `sep` proves
  if (count > 1) {
    // "25,224,375,042,00": one mark throughout, the last group two digits. The only reading is
    // thousands marks with a decimal mark typed the same way (seen in exported budget rows).
    const parts = core.split(sep);
    if (
      !groupedBy(core, sep) &&
      parts.length > 2 &&
      /^\d{2}$/.test(parts[parts.length - 1]) &&
      groupedBy(parts.slice(0, -1).join(sep), sep)
    ) {
      const v = Number(`${parts.slice(0, -1).join("")}.${parts[parts.length - 1]}`);
      return { id: v, en: v, evidence: null };
    }
    if (!groupedBy(core, sep)) return null;
    const v = digitsOnly(core);
    return { id: v, en: v, evidence: sepEvidence };
  }
  const [head, tail] = core.split(sep);
  const asDecimal = Number(`${head === "" ? "0" : head}.${tail}`);
  const couldBeThousands = tail.length === 3 && /^[1-9]\d{0,2}$/.test(head);
  if (!couldBeThousands) return { id: asDecimal, en: asDecimal, evidence: decEvidence };
  const asThousands = digitsOnly(core);
  // Rupiah amounts never carry three decimals: "Rp 1.500" is one thousand five hundred.
  if (currency) return { id: asThousands, en: asThousands, evidence: null };
  return sep === "."
    ? { id: asThousands, en: asDecimal, evidence: null }
    : { id: asDecimal, en: asThousands, evidence: null };
}

/**
 * An amount as budget exports write it, "1.234.567,89" or "1,234,567.89": two or more thousands marks or a
 * decimal mark of the other kind, so it has one reading and proves its convention.
 */
const GROUPED_ID = /^(-?)([1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?$/;
const GROUPED_EN = /^(-?)([1-9]\d{0,2}(?:,\d{3})+)(?:\.(\d+))?$/;

function grouped(
  raw: string,
  re: RegExp,
  mark: string,
  evidence: NumberConvention
): TextResult | null {
  const m = re.exec(raw);
  // "1.234" alone is ambiguous (1234 or 1,234): the general path weighs it.
  if (!m || (m[3] === undefined && m[2].indexOf(mark) === m[2].lastIndexOf(mark))) return null;
  const digits = m[2].split(mark).join("");
  const v = Number(m[3] === undefined ? digits : `${digits}.${m[3]}`);
  const signed = m[1] ? -v : v;
  return { kind: "number", percent: false, id: signed, en: signed, evidence };
}

/** Reads a text as far as it can without knowing the convention. */
export function bacaTeks(raw: string): TextResult {
  const plain = POLOS.exec(raw);
  if (plain) {
    // Fast path for the common "73,00", "6.10", "4225": no thousands mark possible, one reading.
    const v = Number(plain[2] ? `${plain[1]}.${plain[2]}` : plain[1]);
    const evidence: NumberConvention | null =
      plain[2] === undefined ? null : raw.includes(",") ? "id" : "en";
    return { kind: "number", percent: false, id: v, en: v, evidence };
  }
  // Second fast path: the amounts that fill budget exports, read the same way the general path would.
  const amount = grouped(raw, GROUPED_ID, ".", "id") ?? grouped(raw, GROUPED_EN, ",", "en");
  return amount ?? bacaTeksUmum(raw);
}

/** The general reading, for any text; bacaTeks takes two shortcuts before it (tests hold them equal). */
export function bacaTeksUmum(raw: string): TextResult {
  let s = raw.replace(/[\u00a0\u2007\u202f]/g, " ").trim();
  if (s === "" || NOT_AVAILABLE.test(s)) return { kind: "empty" };
  let currency = false;
  const rp = /^(?:rp|idr)\.?\s*/i.exec(s);
  if (rp) {
    currency = true;
    s = s.slice(rp[0].length);
  }
  // Longer than any figure in a report: refuse before the patterns below spend time on it.
  if (s.length > 64) return { kind: "unreadable" };
  s = s
    .replace(/\s*\(\s*[A-Za-z][A-Za-z ]{0,24}\)$/, "") // "83 (B)": the category follows the number
    .replace(/\*+$/, "") // "74,52*": footnote
    .replace(/[.,]-+$/, "") // "5.157.883.367,-"
    .trim();
  let percent = false;
  if (/%$/.test(s)) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    // "(74,03)" in the seeds is a figure set apart, not a loss: read the number itself. An amount with
    // thousands marks in brackets is the accounting way of writing a negative: "(1.250)".
    s = paren[1].trim();
    if (GROUPED_AMOUNT.test(s) || currency) negative = true;
  }
  const sign = /^[-+−]\s*/.exec(s);
  if (sign) {
    negative = sign[0].trim() !== "+";
    s = s.slice(sign[0].length);
  }
  if (/^(?:rp|idr)\.?\s*/i.test(s)) {
    currency = true;
    s = s.replace(/^(?:rp|idr)\.?\s*/i, "");
  }
  if (/%$/.test(s)) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  if (s === "" || NOT_AVAILABLE.test(s)) return { kind: "empty" }; // "Rp -", "- %"
  if (/^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/.test(s)) s = s.replace(/ /g, ""); // "1 234 567"
  const inti = bacaInti(s, currency);
  if (!inti) return { kind: "unreadable" };
  const k = (n: number): number => {
    const signed = negative ? -n : n;
    // toPrecision drops the binary noise of /100 (91,43% -> 0.9143, not 0.9143000000000001).
    return percent ? Number((signed / 100).toPrecision(15)) : signed;
  };
  return {
    kind: "number",
    percent,
    id: k(inti.id),
    en: k(inti.en),
    evidence: inti.evidence,
    note: inti.note,
  };
}

export function pesanKosong(v: unknown): string {
  return `Nilai ${tampil(v)} belum berisi angka (kosong, "-" atau "NA"). Isi angkanya bila sudah ada.`;
}

/**
 * What an error value a formula shows means. "#CYCLE!" is how the in-memory Excel (HyperFormula) names a
 * circular reference, which Excel itself shows as 0 with a warning in the status bar.
 */
const GALAT: Record<string, string> = {
  "#CYCLE!":
    "Rumus melingkar: rumus sel ini memakai hasilnya sendiri, langsung atau lewat sel lain, sehingga tidak dapat dihitung. Perbaiki rentang rumusnya agar tidak mencakup sel itu sendiri.",
  "#REF!":
    "Galat #REF!: rumusnya merujuk ke sel atau lembar yang sudah dihapus. Perbaiki rujukan rumusnya.",
  "#DIV/0!": "Galat #DIV/0!: rumusnya membagi dengan nol atau sel kosong. Periksa pembaginya.",
  "#NAME?":
    "Galat #NAME?: rumusnya memakai nama fungsi atau rentang yang tidak dikenal. Periksa penulisan rumusnya.",
};

/** The wording for an error value shown by a formula cell, or null when `v` is no error value. */
export function pesanGalat(v: unknown): string | null {
  if (typeof v !== "string") return null;
  const t = v.trim().toUpperCase();
  if (GALAT[t]) return GALAT[t];
  if (/^#(?:NULL!|VALUE!|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)$/.test(t)) {
    return `Galat ${t}: rumusnya menampilkan galat, bukan angka. Perbaiki rumus atau data yang dipakainya.`;
  }
  return null;
}

export function pesanBukanAngka(v: unknown): string {
  const galat = pesanGalat(v);
  if (galat) return galat;
  return `${tampil(v)} bukan angka. Tulis angka seperti 91,43 atau 91,43% atau 1.234.567,89.`;
}

/** A number format string that shows percent (a % outside quotes and brackets). */
const persenFormats = new Map<string, boolean>();

export function formatPersen(numberFormat?: string): boolean {
  if (!numberFormat) return false;
  // A workbook has a handful of formats and every cell asks: decide each once.
  const known = persenFormats.get(numberFormat);
  if (known !== undefined) return known;
  const result = formatPersenBaru(numberFormat);
  if (persenFormats.size > 4096) persenFormats.clear();
  persenFormats.set(numberFormat, result);
  return result;
}

function formatPersenBaru(numberFormat: string): boolean {
  const bare = numberFormat
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
  return bare.includes("%");
}
