// What each data row of a table is: an indicator with its sasaran (merged or blank cells below the
// sasaran, or a heading row "Sasaran Strategis 1 : ..."), a total line, or for budget tables a program /
// kegiatan / sub kegiatan with its parent, read from the kode, the numbering, upper-case names,
// indentation, or (last resort, said in the doubts) the sumber dana column.
import type { DoubtItem, RoleKey, TableKind, TableRow } from "../types";
import { toA1 } from "./address";
import { figure } from "./evidence";
import { kodeColumns, linkByCode } from "./kode-path";
import { doubtItem } from "./uncertain";
import type { SheetView } from "./view";

type Columns = Partial<Record<RoleKey, number>>;

const TOTAL = /^(grand\s+)?(total|jumlah|rata\s*-?\s*rata|rerata|average|sub\s*total)\b/i;
const SASARAN_HEADING =
  /^sasaran(\s+strategis|\s+program|\s+kegiatan)?\s*([0-9ivx]+)?\s*[:.\-–]\s*/i;

function firstText(v: SheetView, row: number, c0: number, c1: number): string {
  const f = v.filled(row, c0, c1);
  return f.length ? v.text(row, f[0]) : "";
}

/** TOTAL / Jumlah / Jumlah Keseluruhan / Rata-rata line (short text; a numbered row is never one). */
export function isTotalRow(
  v: SheetView,
  row: number,
  c0: number,
  c1: number,
  columns: Columns
): boolean {
  const isTotal = (t: string): boolean => TOTAL.test(t) && t.split(/\s+/).length <= 4;
  const first = firstText(v, row, c0, c1);
  if (isTotal(first)) return true;
  if (columns.no !== undefined && v.text(row, columns.no) !== "") return false;
  for (const key of ["uraian", "indikator", "sasaran"] as const) {
    const c = columns[key];
    if (c !== undefined && isTotal(v.text(row, c))) return true;
  }
  return false;
}

export interface RowResult {
  rows: TableRow[];
  doubts: string[];
  /** The doubts about the hierarchy, structured (the others are plain notes). */
  doubtItems?: DoubtItem[];
}

/**
 * An indicator named like a total ("Jumlah Penduduk Miskin", "Jumlah Informasi Publik yang
 * dipublikasikan"): it has its own satuan and a target or realisasi, which a total line has not.
 */
/** Indicator rows since the last total line, as what a total line below them would add up: their count and
 * the running sum of each target / realisasi column (kept as rows are read, so each row is read once). */
interface Above {
  rows: number;
  sums: Map<number, number>;
}

function ownIndicator(v: SheetView, row: number, columns: Columns, above: Above): boolean {
  const figures = (Object.entries(columns) as [string, number][]).filter(
    ([key, col]) => /^(target|realisasi)(@|$)/.test(key) && v.text(row, col) !== ""
  );
  if (figures.length === 0) return false;
  if (columns.satuan !== undefined && v.text(row, columns.satuan) !== "") return true;
  // No satuan to tell by: a total line adds up the rows above it; a "Jumlah pelanggaran disiplin ASN"
  // with its own target and realisasi does not. Told by the figures, not by the first word.
  if (columns.satuan !== undefined || above.rows === 0) return false;
  return figures.every(([, col]) => {
    const own = figure(v, row, col);
    if (own === null) return false;
    const sum = above.sums.get(col) ?? 0;
    return Math.abs(sum - own) > 1e-6 * Math.max(1, Math.abs(sum));
  });
}

/** PK, renstra, comparison and efisiensi rows. */
export function classifyIndicatorRows(
  v: SheetView,
  dataRows: number[],
  c0: number,
  c1: number,
  columns: Columns,
  kind: TableKind
): RowResult {
  const rows: TableRow[] = [];
  const doubts: string[] = [];
  const sCol = columns.sasaran;
  const iCol = columns.indikator;
  let sasaran: string | undefined;
  let sasaranRow: number | undefined;
  let orphan: number | undefined;
  let noIndicator: number | undefined;
  const summed = (Object.entries(columns) as [string, number][])
    .filter(([key]) => /^(target|realisasi)(@|$)/.test(key))
    .map(([, col]) => col);
  let above: Above = { rows: 0, sums: new Map() };
  const figureCols = (Object.entries(columns) as [string, number][])
    .filter(([key]) => /^(target|realisasi|capaian)(@|$)/.test(key))
    .map(([, col]) => col);
  for (const r of dataRows) {
    if (isTotalRow(v, r, c0, c1, columns) && !ownIndicator(v, r, columns, above)) {
      rows.push({ row: r, kind: "total" });
      above = { rows: 0, sums: new Map() };
      continue;
    }
    const filled = v.filled(r, c0, c1);
    const texts = new Set(filled.map((c) => v.text(r, c)));
    const hasNumbers = filled.some((c) => v.isNumber(r, c));
    const first = firstText(v, r, c0, c1);
    const indicatorText = iCol !== undefined ? ownColumnText(v, r, iCol) : "";
    const heading =
      (SASARAN_HEADING.test(first) && indicatorText === "") ||
      // "Sasaran 1: ..." written in the indikator column (merged across), with no figures of its own.
      (SASARAN_HEADING.test(indicatorText) && figureCols.every((c) => v.text(r, c) === "")) ||
      (iCol !== undefined &&
        indicatorText === "" &&
        texts.size === 1 &&
        !hasNumbers &&
        first.length > 15);
    if (heading) {
      const named = SASARAN_HEADING.test(first) ? first : indicatorText || first;
      sasaran = named.replace(SASARAN_HEADING, "").trim() || named;
      sasaranRow = r;
      rows.push({ row: r, kind: "sasaran" });
      continue;
    }
    if (sCol !== undefined) {
      const m = v.merge(r, sCol);
      const top = m ? m.row : r;
      const t = v.text(top, m ? m.col : sCol);
      if (t !== "" && top !== sasaranRow) {
        sasaran = t;
        sasaranRow = top;
      }
    }
    if (iCol === undefined) {
      rows.push({
        row: r,
        kind: kind === "efisiensi" && sCol !== undefined ? "indicator" : "data",
        ...sasaranOf(sasaran, sasaranRow),
      });
      continue;
    }
    if (indicatorText === "") {
      noIndicator ??= r;
      rows.push({ row: r, kind: "data" });
      continue;
    }
    if ((sCol !== undefined || sasaranRow !== undefined) && sasaranRow === undefined) orphan ??= r;
    rows.push({ row: r, kind: "indicator", ...sasaranOf(sasaran, sasaranRow) });
    above.rows++;
    for (const c of summed) above.sums.set(c, (above.sums.get(c) ?? 0) + (figure(v, r, c) ?? 0));
  }
  if (orphan !== undefined) {
    doubts.push(
      `"${v.sheet}"!${toA1(orphan, sCol ?? c0)}: indikator tanpa sasaran di atasnya. Isi sasarannya atau gabungkan sel sasaran.`
    );
  }
  if (noIndicator !== undefined && iCol !== undefined) {
    doubts.push(
      `"${v.sheet}"!${toA1(noIndicator, iCol)}: baris tanpa nama indikator (lanjutan sel yang terpotong?). Baris ini tidak dihitung sebagai indikator.`
    );
  }
  return { rows, doubts };
}

/** The cell's text, or its merge's text when the merge starts in the same column (merged down). */
function ownColumnText(v: SheetView, row: number, col: number): string {
  const m = v.merge(row, col);
  return m && m.col !== col ? "" : v.shown(row, col);
}

function sasaranOf(sasaran: string | undefined, sasaranRow: number | undefined): Partial<TableRow> {
  return sasaran !== undefined && sasaranRow !== undefined ? { sasaran, sasaranRow } : {};
}

const ROMAN = /^(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})\.?$/i;

/** Depth of a numbering: I, II -> 0; 1, 2 -> 1; 1.1 or 1,2 -> 2; 1.1.1 -> 3; null when none. */
export function numberingDepth(v: SheetView, row: number, col: number): number | null {
  const value = v.value(row, col);
  if (typeof value === "number") return Number.isInteger(value) ? 1 : 2;
  const t = v.text(row, col).replace(/\s+/g, "");
  if (t === "") return null;
  if (ROMAN.test(t)) return 0;
  if (/^\d+\.?$/.test(t)) return 1;
  const m = /^\d+(?:[.,]\d+)+\.?$/.exec(t);
  if (m) return t.replace(/\.$/, "").split(/[.,]/).length;
  return null;
}

/** Level of a Permendagri 90 kode: X.XX.XX program, X.XX.XX.2.XX kegiatan, X.XX.XX.2.XX.XXXX sub kegiatan. */
export function kodeLevel(kode: string): number | "urusan" | null {
  const t = kode.trim().replace(/\s+/g, "");
  if (!/^\d+(\.\d+)*$/.test(t)) return null;
  const parts = t.split(".").length;
  if (parts === 2) return "urusan";
  if (parts === 3) return 1;
  if (parts === 5) return 2;
  if (parts === 6) return 3;
  return null;
}

const LEVEL_KIND = { 1: "program", 2: "kegiatan", 3: "subkegiatan" } as const;

function isUpperName(t: string): boolean {
  const letters = t.replace(/[^A-Za-z]/g, "");
  return letters.length >= 4 && letters === letters.toUpperCase();
}

/** Children of one parent that are not of one kind of code (an organisation row beside programs): the parent is not checked. */
function sameShapeSiblings(
  rows: TableRow[],
  coded: Map<number, { shape: string }>,
  byCode: boolean
): void {
  if (!byCode) return;
  const shapes = new Map<number, Set<string>>();
  for (const row of rows) {
    if (row.parentRow === undefined) continue;
    const set = shapes.get(row.parentRow) ?? new Set<string>();
    set.add(coded.get(row.row)?.shape ?? "?");
    shapes.set(row.parentRow, set);
  }
  for (const row of rows)
    if (row.parentRow !== undefined && (shapes.get(row.parentRow)?.size ?? 0) > 1)
      delete row.parentRow;
}

/** Anggaran rows: level, parent and total. */
export function classifyBudgetRows(
  v: SheetView,
  dataRows: number[],
  c0: number,
  c1: number,
  columns: Columns
): RowResult {
  const doubts: string[] = [];
  const doubtItems: DoubtItem[] = [];
  const say = (item: DoubtItem): void => {
    doubts.push(item.message);
    doubtItems.push(item);
  };
  const kodeCol = columns.kode;
  const noCol = columns.no;
  const nameCol = columns.uraian ?? columns.indikator ?? c0;
  const danaCol = columns.sumber_dana;

  // Numbering depths relative to the shallowest used in the table (I / 1 / 1.1 or 1 / 1.1).
  const depths = new Map<number, number>();
  if (noCol !== undefined) {
    // A, B, C over I, II, III over 1.1: a letter is a letter when it follows the previous letter
    // ("C" after "B"), else a roman numeral when it reads as one.
    let prevLetter = 0;
    let prevSmall = 0;
    let smallDepth: number | undefined;
    let lastDepth: number | undefined;
    for (const r of dataRows) {
      const t = v.text(r, noCol).replace(/[.\s)]/g, "");
      if (/^[A-Z]$/.test(t) && (t.charCodeAt(0) === prevLetter + 1 || !ROMAN.test(t))) {
        prevLetter = t.charCodeAt(0);
        depths.set(r, -1);
        continue;
      }
      // a, b, c: one level under the numbered row above them (I / a / 1.1, or I / 1 / a).
      // "b" after "a" is its sibling, whatever was numbered between them.
      if (/^[a-z]$/.test(t) && (t.charCodeAt(0) === prevSmall + 1 || !ROMAN.test(t))) {
        const next = t.charCodeAt(0) === prevSmall + 1 && prevSmall > 0;
        smallDepth = next ? smallDepth : lastDepth !== undefined ? lastDepth + 1 : undefined;
        prevSmall = t.charCodeAt(0);
        if (smallDepth !== undefined) depths.set(r, smallDepth);
        continue;
      }
      const d = numberingDepth(v, r, noCol);
      if (d !== null) {
        depths.set(r, d);
        // A number at or above the letters' level ends their run ("II" after "b").
        if (smallDepth !== undefined && d < smallDepth) prevSmall = 0;
        lastDepth = d;
      }
    }
  }
  let minDepth = Infinity;
  for (const d of depths.values()) minDepth = Math.min(minDepth, d);
  // Indentation: leading spaces of the names that are not upper-case programs.
  const indents = new Set<number>();
  for (const r of dataRows) {
    const raw = v.raw(r, nameCol);
    if (raw.trim() !== "" && !isUpperName(raw)) indents.add(raw.length - raw.trimStart().length);
  }
  const indentLevels = [...indents].sort((a, b) => a - b);
  const hasUpper = dataRows.some((r) => isUpperName(v.text(r, nameCol)));
  // Upper-case programs without a number above numbered kegiatan: numbers then start at level 2. A "TOTAL"
  // or "JUMLAH" line is upper case too, and heads nothing.
  const offset = dataRows.some(
    (r) => isUpperName(v.text(r, nameCol)) && !depths.has(r) && !isTotalRow(v, r, c0, c1, columns)
  )
    ? 1
    : 0;

  const rows: TableRow[] = [];
  const last: Array<number | undefined> = [];
  let urusan: number | undefined;
  let byDana: number | undefined;
  let unknown: number | undefined;
  // Codes, where most rows have one, say who is whose child by prefix.
  const coded =
    kodeCol !== undefined
      ? linkByCode(v, dataRows, kodeColumns(v, dataRows, kodeCol, nameCol))
      : new Map();
  const byCode = coded.size * 2 >= dataRows.length;
  let weak: number | undefined;
  for (const r of dataRows) {
    if (isTotalRow(v, r, c0, c1, columns)) {
      rows.push({ row: r, kind: "total", level: 0 });
      continue;
    }
    const name = v.text(r, nameCol);
    if (byCode) {
      const link = coded.get(r);
      const lv = link?.outer ? kodeLevel(link.last) : null;
      if (lv === "urusan") urusan ??= r;
      const kind = typeof lv === "number" ? LEVEL_KIND[lv as 1 | 2 | 3] : "data";
      // An urusan line (2.16) heads its programs but is not counted as their parent (as without codes).
      const parentLink = link?.parent !== undefined ? coded.get(link.parent) : undefined;
      const parent =
        parentLink && !(parentLink.outer && kodeLevel(parentLink.last) === "urusan")
          ? link?.parent
          : undefined;
      rows.push({
        row: r,
        kind,
        ...(typeof lv === "number" ? { level: lv } : {}),
        ...(parent !== undefined ? { parentRow: parent } : {}),
      });
      continue;
    }
    let level: number | "urusan" | null = null;
    if (kodeCol !== undefined && v.text(r, kodeCol) !== "") level = kodeLevel(v.text(r, kodeCol));
    let guessed = false;
    if (level === null && /^urusan\b/i.test(name)) level = "urusan";
    if (level === null && /^program\b/i.test(name)) level = 1;
    if (level === null && /^sub\s*kegiatan\b/i.test(name)) level = 3;
    if (level === null && /^kegiatan\b/i.test(name)) level = 2;
    if (level === null && depths.has(r)) {
      level = Math.max(1, Math.min(3, (depths.get(r) ?? 0) - minDepth + 1 + offset));
    }
    // An upper-case name alone (no indentation under it) tells the level, but not for sure.
    if (level === null && isUpperName(name)) {
      level = 1;
      guessed = indentLevels.length <= 1;
    }
    if (level === null && indentLevels.length > 1) {
      level = Math.min(
        3,
        indentLevels.indexOf(v.raw(r, nameCol).length - v.raw(r, nameCol).trimStart().length) +
          (hasUpper ? 2 : 1)
      );
    }
    if (level === null && danaCol !== undefined && hasUpper && last[1] !== undefined) {
      level = v.text(r, danaCol) === "" ? 2 : 3;
      byDana ??= r;
      guessed = true;
    }
    if (guessed) weak ??= r;
    if (level === "urusan") {
      urusan ??= r;
      rows.push({ row: r, kind: "data" });
      continue;
    }
    if (level === null) {
      unknown ??= r;
      rows.push({ row: r, kind: "data" });
      continue;
    }
    const parentRow = level > 1 ? last[level - 1] : undefined;
    last[level] = r;
    for (let l = level + 1; l < last.length; l++) last[l] = undefined;
    rows.push({
      row: r,
      kind: LEVEL_KIND[level as 1 | 2 | 3],
      level,
      ...(parentRow !== undefined ? { parentRow } : {}),
    });
  }
  sameShapeSiblings(rows, coded, byCode);
  if (weak !== undefined && !byCode) {
    // Parent / child read from upper case or name prefixes alone: not sure enough to check sums.
    for (const row of rows) delete row.parentRow;
    say(
      doubtItem(
        "hierarchy",
        `"${v.sheet}"!${toA1(weak, nameCol)}: tingkat baris hanya ditebak dari huruf besar atau awal nama; jumlah per program/kegiatan tidak diperiksa. Tambahkan kode atau penomoran agar pasti.`,
        { uncertain: true }
      )
    );
  }
  if (urusan !== undefined) {
    doubts.push(
      `"${v.sheet}"!${toA1(urusan, kodeCol ?? nameCol)}: baris urusan (bukan program, kegiatan, atau sub kegiatan); tidak dihitung dalam jumlah program.`
    );
  }
  if (byDana !== undefined && danaCol !== undefined) {
    // Levels guessed from an empty Sumber Dana: no sum per parent rests on that guess.
    say(
      doubtItem(
        "hierarchy",
        `"${v.sheet}"!${toA1(byDana, nameCol)}: tanpa kode atau nomor, kegiatan dan sub kegiatan dibedakan dari kolom Sumber Dana (kosong = kegiatan); jumlah per program/kegiatan tidak diperiksa. Tambahkan kolom kode agar pasti.`,
        { columns: [danaCol], uncertain: true }
      )
    );
  }
  if (unknown !== undefined) {
    // Rows of unknown level get no parent and are not summed; the rows whose level is known still are.
    say(
      doubtItem(
        "hierarchy",
        `"${v.sheet}"!${toA1(unknown, nameCol)}: tingkat baris (program, kegiatan, atau sub kegiatan) tidak dapat ditentukan; tambahkan kode (mis. 2.16.01) atau penomoran.`
      )
    );
  }
  return { rows, doubts, doubtItems };
}
