// The plan period a table states ("Renstra 2021-2026", "Periode 2021 s/d 2026", a sheet named
// "IKU 2022-2026"), and the calendar years of its "Tahun ke-1 .. ke-5" columns. The period is looked for
// in the table's own header, then in the rows above it (nearest first), then in the sheet name; two
// different periods at the same distance are not guessed between.
import type { ColumnRole } from "../types";
import type { HeaderBlock } from "./header";
import { toA1 } from "./address";
import type { SheetView } from "./view";

export interface Period {
  first: number;
  last: number;
  /** Where it was read: a cell ("Sheet"!A2) or the sheet name. */
  where: string;
}

const PERIOD =
  /(?<!\d)(19[5-9]\d|20\d\d)\s*(?:[-–—/]|s\s*[./]?\s*d\s*\.?|sampai(?:\s+dengan)?|hingga|to)\s*(19[5-9]\d|20\d\d)(?!\d)/gi;

/** Every plan period written in the text (first year before the last, at most ten years apart). */
export function periodsIn(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(PERIOD)) {
    const a = Number(m[1]),
      b = Number(m[2]);
    if (b > a && b - a <= 10) out.push([a, b]);
  }
  return out;
}

/** The text with its plan periods taken out (the years left are single years). */
export function withoutPeriods(text: string): string {
  return text.replace(PERIOD, (m, a: string, b: string) => {
    const x = Number(a),
      y = Number(b);
    return y > x && y - x <= 10 ? " " : m;
  });
}

function onePeriod(texts: string[]): [number, number] | "several" | null {
  const seen = new Map<string, [number, number]>();
  for (const t of texts) for (const p of periodsIn(t)) seen.set(p.join("-"), p);
  if (seen.size === 0) return null;
  if (seen.size > 1) return "several";
  return [...seen.values()][0];
}

const ABOVE = 8;

/** The period the table states, or null (none stated, or several at the same distance). */
export function statedPeriod(
  v: SheetView,
  block: HeaderBlock,
  cellName: (row: number, col: number) => string
): Period | null {
  const pick = (
    cells: Array<[number, number]>,
    where: (p: [number, number]) => string
  ): Period | null | "several" => {
    const found = onePeriod(cells.map(([r, c]) => v.text(r, c)));
    if (found === null || found === "several") return found;
    return { first: found[0], last: found[1], where: where(found) };
  };
  const cellOf = (cells: Array<[number, number]>) => (p: [number, number]) => {
    const hit = cells.find(([r, c]) => periodsIn(v.text(r, c)).some((q) => q.join() === p.join()));
    return hit ? cellName(hit[0], hit[1]) : "";
  };
  const header: Array<[number, number]> = [];
  for (const r of block.rows) for (const c of v.filled(r, block.c0, block.c1)) header.push([r, c]);
  const own = pick(header, cellOf(header));
  if (own === "several") return null;
  if (own) return own;
  for (let r = block.first - 1; r >= Math.max(v.top, block.first - ABOVE); r--) {
    const cells: Array<[number, number]> = v.filled(r).map((c) => [r, c]);
    const hit = pick(cells, cellOf(cells));
    if (hit === "several") return null;
    if (hit) return hit;
  }
  const bySheet = onePeriod([v.sheet]);
  if (bySheet && bySheet !== "several")
    return { first: bySheet[0], last: bySheet[1], where: `nama sheet "${v.sheet}"` };
  return null;
}

export interface PlanYears {
  /** Plan rank (1 = tahun ke-1) -> calendar year. */
  yearOf: Map<number, number>;
  /** Said when the mapping is a reading, not a statement (five ranks over a six-year span). */
  doubt?: string;
}

/**
 * Calendar years of plan ranks 1..n within a period. n = span + 1 (2021-2026 with six ranks): ke-1 is the
 * first year. n = span (five ranks over 2021-2026): the plan ends with the period, so ke-n is the last year
 * and ke-1 the year after the first; said in a doubt. A baseline year (Kondisi Awal 2021) settles it the
 * same way. Other counts do not fit the period: null.
 */
export function planYears(ranks: number[], period: Period, baseline?: number): PlanYears | null {
  const n = Math.max(...ranks);
  if (ranks.some((r) => r < 1) || n < 2) return null;
  const span = period.last - period.first;
  let start: number;
  let doubt: string | undefined;
  if (n === span + 1) start = period.first;
  else if (n === span) {
    start = period.first + 1;
    if (baseline !== period.first)
      doubt =
        `tahun ke-1 sampai ke-${n} dibaca sebagai ${start} sampai ${period.last} (periode ` +
        `${period.first}-${period.last} di ${period.where}, tahun terakhir = akhir periode)`;
  } else return null;
  const yearOf = new Map<number, number>();
  for (const r of ranks) yearOf.set(r, start + r - 1);
  return { yearOf, ...(doubt ? { doubt } : {}) };
}

/** A column that names its year by rank ("Target Kinerja Tahun ke- 3"). */
export interface RankColumn {
  col: number;
  rank: number;
  label: string;
  role: ColumnRole;
}

export interface RankReading {
  years: Array<{ role: ColumnRole; year: number; col: number }>;
  /** Columns left without a year (no period stated, or the ranks do not fit it). */
  left: RankColumn[];
  doubt?: string;
}

/** Calendar years of the rank columns from the period the table states; a doubt when read or not read. */
export function rankYears(
  v: SheetView,
  block: HeaderBlock,
  cols: RankColumn[],
  baseline: number | undefined,
  where: (col: number) => string
): RankReading {
  const period = statedPeriod(v, block, (r, c) => `"${v.sheet}"!${toA1(r, c)}`);
  const mapped = period
    ? planYears(
        cols.map((p) => p.rank),
        period,
        baseline
      )
    : null;
  const at = where(cols[0].col);
  if (mapped) {
    const years = cols.map((p) => ({
      role: p.role,
      year: mapped.yearOf.get(p.rank) as number,
      col: p.col,
    }));
    return {
      years,
      left: [],
      ...(mapped.doubt
        ? {
            doubt: `${at}: ${mapped.doubt}. Tulis tahunnya di judul kolom bila yang dimaksud tahun lain.`,
          }
        : {}),
    };
  }
  return {
    years: [],
    left: cols,
    doubt:
      `${at}: kolom disebut per "tahun ke-" tanpa tahun kalender ("${cols[0].label}")` +
      (period
        ? ` dan jumlah kolomnya tidak cocok dengan periode ${period.first}-${period.last} (${period.where})`
        : ", dan periode rencana (mis. 2021-2026) tidak tertulis di judul tabel") +
      `; kolom-kolom ini tidak dipakai sebagai target tahun tertentu. Tulis tahunnya (mis. 2024) di judul kolom.`,
  };
}
