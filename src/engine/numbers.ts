// Reading numbers the way they appear in SAKIP reports (DOMAIN.md §2): Excel numbers, and text pasted
// from Word / PDF in Indonesian (1.234.567,89) or English (1,234,567.89) convention, with "Rp", "%",
// footnote stars, ",-" endings and categories such as "83 (B)". Never a silent 0.
import type { CellValue } from "./types";
import { SakipError, tampil } from "./errors";

/** id: 1.234.567,89 (dot thousands, comma decimal); en: 1,234,567.89. */
export type NumberConvention = "id" | "en";

export interface NumberReading {
  value: number;
  /** Typed with % or formatted as percent; `value` is then the fraction (91,43% -> 0.9143). */
  percent: boolean;
  /** Set when the reading needed a guess the user should check (Indonesian). */
  note?: string;
}

export interface ColumnCell {
  value: CellValue;
  text?: string;
  numberFormat?: string;
}

export interface ColumnIssue {
  index: number;
  kind: "unreadable" | "ambiguous" | "empty";
  raw: string;
  message: string;
}

export interface ColumnReading {
  values: (number | null)[];
  percent: boolean[];
  convention: NumberConvention;
  issues: ColumnIssue[];
}

/** What one text says about itself, before a column settles the convention. */
interface TextReading {
  kind: "number";
  percent: boolean;
  /** Reading under each convention; equal when the text is unambiguous. */
  id: number;
  en: number;
  /** Which convention the text proves (6.10 -> en, 0,2 -> id), or null when it proves none. */
  evidence: NumberConvention | null;
  note?: string;
}
type TextResult = TextReading | { kind: "empty" } | { kind: "unreadable" };

const NOT_AVAILABLE = /^(?:-+|–|—|n\/?a|#n\/a|na\.|n\.a\.?|tidak ada|belum ada)$/i;

/** A plain number whose separator can only be a decimal one (not followed by exactly three digits). */
const POLOS = /^\s*(-?\d{1,15})(?:[.,](\d{1,2}|\d{4,12}))?\s*$/;

/** A number format string that shows percent (a % outside quotes and brackets). */
export function formatPersen(numberFormat?: string): boolean {
  if (!numberFormat) return false;
  const bare = numberFormat.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/\\./g, "");
  return bare.includes("%");
}

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
      return { id: v, en: v, evidence: null, note: `dibaca sebagai ${v} (pemisah ribuan campur titik dan koma); periksa angkanya` };
    }
    const v = Number(`${head.split(other).join("")}.${tail}`);
    return { id: v, en: v, evidence };
  }
  const sep = dots > 0 ? "." : ",";
  const count = dots + commas;
  const sepEvidence: NumberConvention = sep === "." ? "id" : "en"; // what a thousands `sep` proves
  const decEvidence: NumberConvention = sep === "." ? "en" : "id"; // what a decimal `sep` proves
  if (count > 1) {
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

/** Reads a text as far as it can without knowing the convention. */
function bacaTeksMentah(raw: string): TextResult {
  const plain = POLOS.exec(raw);
  if (plain) {
    // Fast path for the common "73,00", "6.10", "4225": no thousands mark possible, one reading.
    const v = Number(plain[2] ? `${plain[1]}.${plain[2]}` : plain[1]);
    const evidence: NumberConvention | null = plain[2] === undefined ? null : raw.includes(",") ? "id" : "en";
    return { kind: "number", percent: false, id: v, en: v, evidence };
  }
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
    // "(74,03)" in the seeds is a figure set apart, not a loss: read the number itself.
    s = paren[1].trim();
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
  return { kind: "number", percent, id: k(inti.id), en: k(inti.en), evidence: inti.evidence, note: inti.note };
}

function pesanKosong(v: unknown): string {
  return `Nilai ${tampil(v)} belum berisi angka (kosong, "-" atau "NA"). Isi angkanya bila sudah ada.`;
}

function pesanBukanAngka(v: unknown): string {
  return `${tampil(v)} bukan angka. Tulis angka seperti 91,43 atau 91,43% atau 1.234.567,89.`;
}

/**
 * Reads one cell. `text` and `numberFormat` (what Excel displays, its format) only tell whether the
 * number was meant as a percent; `convention` settles "1.100" (id: 1100, en: 1,1).
 */
export function bacaAngka(
  v: CellValue | undefined,
  text?: string,
  numberFormat?: string,
  convention: NumberConvention = "id",
): NumberReading {
  if (v === null || v === undefined) throw new SakipError("notAvailable", pesanKosong(v));
  if (typeof v === "boolean") {
    throw new SakipError("invalidNumber", `Nilai logika ${v ? "TRUE" : "FALSE"} bukan angka. Isi sel dengan angka.`);
  }
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new SakipError("invalidNumber", pesanBukanAngka(v));
    const percent = formatPersen(numberFormat) || (text !== undefined && /%\s*$/.test(text));
    return { value: v, percent };
  }
  if (typeof v !== "string") throw new SakipError("invalidNumber", pesanBukanAngka(String(v)));
  const r = bacaTeksMentah(v);
  if (r.kind === "empty") throw new SakipError("notAvailable", pesanKosong(v));
  if (r.kind === "unreadable") throw new SakipError("invalidNumber", pesanBukanAngka(v));
  const value = convention === "en" ? r.en : r.id;
  if (!Number.isFinite(value)) throw new SakipError("invalidNumber", pesanBukanAngka(v));
  return r.note ? { value, percent: r.percent, note: r.note } : { value, percent: r.percent };
}

/** A cell value as a number: "91,43%" -> 0.9143, "Rp 661,867,441,563" -> 661867441563. Throws SakipError. */
export function angka(v: CellValue | undefined): number {
  return bacaAngka(v).value;
}

/** True when `v` is blank, "-" or "NA": no figure yet (not an error in the number itself). */
export function kosong(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== "string") return false;
  return typeof v === "string" && bacaTeksMentah(v).kind === "empty";
}

function rawText(c: ColumnCell): string {
  if (c.text !== undefined && c.text !== "") return c.text;
  return c.value === null ? "" : String(c.value);
}

/**
 * Reads a whole column: its unambiguous cells vote for a convention ("6.10" for en, "0,2" or
 * "1.234.567" for id), and the vote settles cells such as "1.100". A tie leaves those cells unread
 * (null) and reported, never guessed.
 */
export function bacaKolom(cells: ColumnCell[]): ColumnReading {
  const mentah = cells.map((c): TextResult | { kind: "value"; value: number; percent: boolean } | { kind: "bad" } => {
    const v = c.value;
    if (typeof v === "number") {
      if (!Number.isFinite(v)) return { kind: "bad" };
      return { kind: "value", value: v, percent: formatPersen(c.numberFormat) || /%\s*$/.test(c.text ?? "") };
    }
    if (typeof v === "boolean") return { kind: "bad" };
    if (v === null || v === undefined) return { kind: "empty" };
    if (typeof v !== "string") return { kind: "bad" };
    const t = bacaTeksMentah(v);
    return t.kind === "number" && !(Number.isFinite(t.id) && Number.isFinite(t.en)) ? { kind: "bad" } : t;
  });
  const votes = { id: 0, en: 0 };
  for (const m of mentah) if (m.kind === "number" && m.evidence) votes[m.evidence] += 1;
  const settled = votes.id !== votes.en;
  const convention: NumberConvention = votes.en > votes.id ? "en" : "id";
  const values: (number | null)[] = [];
  const percent: boolean[] = [];
  const issues: ColumnIssue[] = [];
  mentah.forEach((m, index) => {
    const raw = rawText(cells[index]);
    if (m.kind === "value") {
      values.push(m.value);
      percent.push(m.percent);
      return;
    }
    values.push(null);
    percent.push(false);
    if (m.kind === "empty") {
      issues.push({ index, kind: "empty", raw, message: pesanKosong(raw) });
    } else if (m.kind === "unreadable" || m.kind === "bad") {
      issues.push({ index, kind: "unreadable", raw, message: pesanBukanAngka(raw) });
    } else if (m.id !== m.en && !settled) {
      issues.push({
        index,
        kind: "ambiguous",
        raw,
        message:
          `${tampil(raw)} bisa berarti ${String(m.id).replace(".", ",")} (titik/koma sebagai pemisah ribuan) ` +
          `atau ${String(m.en).replace(".", ",")} (sebagai desimal), dan sel lain di kolom ini tidak memastikannya. ` +
          `Tulis angkanya tanpa pemisah ribuan, atau dengan dua angka desimal.`,
      });
    } else {
      values[index] = m[convention];
      percent[index] = m.percent;
      if (m.note) issues.push({ index, kind: "ambiguous", raw, message: `${tampil(raw)} ${m.note}.` });
    }
  });
  return { values, percent, convention, issues };
}
