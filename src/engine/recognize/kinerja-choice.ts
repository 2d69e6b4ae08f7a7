// One kinerja role, several candidate columns (Target Renja and Target Renstra; Realisasi per triwulan,
// for the year evaluated and cumulative over the Renstra): the capaian column is the ratio of one realisasi
// and one target, and that pair is the one meant. The legend's formula ("12 = 11/6 x100%") says which;
// else the figures (which pair the capaian is realisasi / target of, in most rows); else the header
// (not a triwulan part, not a cumulative "s.d.", the table's year). Each choice among several is said.
import type { DoubtReason, RoleKey } from "../types";
import { columnLetter, toA1 } from "./address";
import { CUMULATIVE, PERIODIC } from "./text";
import type { ColumnPlan } from "./columns";
import { figure, isRatio } from "./evidence";
import type { Legend } from "./legend";
import { doubtItem, fitIsCertain } from "./uncertain";
import type { SheetView } from "./view";

type KinerjaRole = "target" | "realisasi" | "capaian";
const ROLES: KinerjaRole[] = ["target", "realisasi", "capaian"];

/** Every column the header names for `role` in the table's year or with no year, left to right. */
function candidatesOf(plan: ColumnPlan, role: KinerjaRole): number[] {
  const keys: RoleKey[] = [role];
  if (plan.year !== undefined) keys.push(`${role}@${plan.year}`);
  const out = new Set<number>();
  for (const k of keys) {
    for (const c of plan.candidates[k] ?? []) out.add(c);
    const one = plan.columns[k];
    if (one !== undefined) out.add(one);
  }
  return [...out].sort((a, b) => a - b);
}

/** Settles target / realisasi / capaian of `plan` where the header names several; edits plan in place. */
export function settleKinerja(
  v: SheetView,
  plan: ColumnPlan,
  rows: number[],
  legend: Legend | null,
  headerRow: number
): void {
  const cands = Object.fromEntries(ROLES.map((r) => [r, candidatesOf(plan, r)])) as Record<
    KinerjaRole,
    number[]
  >;
  if (ROLES.every((r) => cands[r].length <= 1)) return;
  const label = (c: number): string => plan.labels.get(c) ?? "";

  // Each column is read once: the work stays linear in the candidates' cells.
  const cache = new Map<number, Array<number | null>>();
  const read = (col: number): Array<number | null> => {
    let f = cache.get(col);
    if (!f) cache.set(col, (f = rows.map((r) => figure(v, r, col))));
    return f;
  };
  // How many rows (with something realised and a target) hold capaian = realisasi / target (x100 or not).
  const fit = (c: number, r: number, t: number): [number, number] => {
    let seen = 0,
      ok = 0;
    const T = read(t),
      R = read(r),
      C = read(c);
    for (let i = 0; i < rows.length; i++) {
      const a = T[i],
        b = R[i],
        q = C[i];
      if (a === null || b === null || q === null || a <= 0 || b === 0) continue;
      seen++;
      if (isRatio(b / a, q)) ok++;
    }
    return [ok, seen];
  };

  let chosen: { c: number; r: number; t: number } | undefined;
  let why = "";
  // How sure the choice by legend or figures is: a fit in too few rows is a guess.
  let chosenBy: DoubtReason = "legend";
  let sure = true;
  // 1. The legend states the capaian's formula.
  const stated: Array<{ c: number; r: number; t: number }> = [];
  for (const c of cands.capaian) {
    const rel = legend?.relations.get(c);
    if (rel?.kind !== "ratio") continue;
    const [r, t] = rel.args;
    if (!cands.realisasi.includes(r) || !cands.target.includes(t)) continue;
    // A formula most rows contradict is not the one the table follows (a misread legend).
    const [ok, seen] = fit(c, r, t);
    if (seen < 2 || ok * 2 > seen) stated.push({ c, r, t });
  }
  if (stated.length >= 1) {
    chosen = stated.length === 1 ? stated[0] : undefined;
    if (!chosen) {
      let best = -1;
      for (const s of stated) {
        const [ok] = fit(s.c, s.r, s.t);
        if (ok > best) {
          best = ok;
          chosen = s;
        }
      }
    }
    why = "menurut rumus pada baris nomor kolom";
  } else if (cands.capaian.length > 0 && cands.realisasi.length > 0 && cands.target.length > 0) {
    // 2. The figures: the pair the capaian is the ratio of in most rows.
    let best = { ok: 0, seen: 0 };
    for (const c of cands.capaian)
      for (const r of cands.realisasi)
        for (const t of cands.target) {
          const [ok, seen] = fit(c, r, t);
          if (seen >= 2 && ok * 2 > seen && ok > best.ok) {
            best = { ok, seen };
            chosen = { c, r, t };
          }
        }
    if (chosen) {
      why = `karena capaian = realisasi / target pada ${best.ok} dari ${best.seen} baris`;
      sure = fitIsCertain(best.ok, best.seen);
      chosenBy = sure ? "data" : "few_rows";
    }
  }

  const picked: Partial<Record<KinerjaRole, number>> = chosen
    ? { capaian: chosen.c, realisasi: chosen.r, target: chosen.t }
    : {};
  for (const role of ROLES) {
    const cols = cands[role];
    if (cols.length === 0) continue;
    let col = picked[role];
    let reason = why;
    let by: DoubtReason = chosenBy;
    let certain = sure;
    if (col === undefined) {
      // 3. The header: the year's own figure, not a part of it nor a running total.
      const whole = cols.filter((c) => !PERIODIC.test(label(c)) && !CUMULATIVE.test(label(c)));
      const pool = whole.length > 0 ? whole : cols;
      // "11 = 7+8+9+10": the column the legend states as the sum of other candidates is their total.
      const sums = cols.filter((c) => {
        const rel = legend?.relations.get(c);
        return rel?.kind === "sum" && rel.args.every((a) => cols.includes(a) && a !== c);
      });
      const named = pool.filter((c) => /\b(jumlah|total)\b/i.test(label(c)));
      const yearCol = plan.year !== undefined ? plan.columns[`${role}@${plan.year}`] : undefined;
      if (sums.length === 1) {
        col = sums[0];
        reason = "jumlah kolom lain menurut baris nomor kolom";
        by = "legend";
      } else if (named.length === 1) {
        col = named[0];
        reason = "judulnya Jumlah/Total";
        by = "total_label";
      } else {
        col = yearCol !== undefined && pool.includes(yearCol) ? yearCol : pool[0];
        // The one whole-year column, or the column of the table's year, is meant; the first of several is a guess.
        // A year typed twice ("Target 2023" | "Target 2023") makes the year's column a guess too.
        const yearTwice =
          plan.year !== undefined && (plan.candidates[`${role}@${plan.year}`]?.length ?? 0) > 1;
        reason =
          col === yearCol
            ? yearTwice
              ? `tahun ${plan.year} tertulis di lebih dari satu kolom; dipakai yang pertama`
              : `kolom tahun ${plan.year}`
            : pool.length === 1
              ? "kolom lain adalah bagian tahun (triwulan) atau kumulatif"
              : "kolom pertama";
        certain = (col === yearCol && !yearTwice) || pool.length === 1;
        by = certain ? "header_only" : yearTwice ? "year" : "candidates";
      }
      if (!certain) reason += "; belum pasti, jadi kolom ini tidak diperiksa dan tidak diisi";
    }
    plan.columns[role] = col;
    delete plan.candidates[role];
    if (plan.year !== undefined) delete plan.candidates[`${role}@${plan.year}`];
    if (cols.length > 1) {
      const item = doubtItem(
        by,
        `"${v.sheet}"!${toA1(headerRow, col)}: kolom ${cols.map(columnLetter).join(", ")} sama-sama dibaca sebagai "${role}"; ` +
          `dipakai kolom ${columnLetter(col)} (${reason}). Periksa judul kolom bila yang dimaksud kolom lain.`,
        { columns: cols, taken: [col], roles: [role], uncertain: !certain }
      );
      plan.doubts.push(item.message);
      plan.doubtItems.push(item);
    }
  }
}
