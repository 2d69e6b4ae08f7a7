// Column roles settled by the figures under the header, not by the header's order: a "pagu" column of
// scores is not money, and where the header names several pagu / realisasi / % / sisa columns the pair
// taken is the one the table's % (realisasi / pagu) or sisa (pagu - realisasi) is computed from in most rows.
// Each column is read once over (a sample of) the data rows, so the work is linear in the table's cells.
import { bacaTeks, formatPersen } from "../number-text";
import type { DoubtItem, RoleKey } from "../types";
import { columnLetter, toA1 } from "./address";
import type { ColumnPlan } from "./columns";
import type { Legend } from "./legend";
import { doubtItem, fitIsCertain } from "./uncertain";
import type { SheetView } from "./view";

/** Does the legend state column `c` as `a / b` ("ratio") or `a - b` ("difference")? */
function sameRelation(
  legend: Legend,
  c: number,
  kind: "ratio" | "difference",
  a: number,
  b: number
): boolean {
  const rel = legend.relations.get(c);
  return rel?.kind === kind && rel.args[0] === a && rel.args[1] === b;
}

const MONEY: RoleKey[] = ["anggaran", "realisasi_anggaran", "sisa"];

/** The figure of a cell (a percent as a fraction), or null for text, blanks and errors. */
export function figure(v: SheetView, row: number, col: number): number | null {
  const value = v.value(row, col);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string" || value.trim() === "") return null;
  const read = bacaTeks(value);
  return read.kind === "number" ? read.id : null;
}

/** A stated percentage `c` of the ratio `q` (as a fraction or in percent points), within rounding. */
export function isRatio(q: number, c: number): boolean {
  return (
    Math.abs(q - c) <= 0.0051 + 0.001 * Math.abs(c) ||
    Math.abs(q * 100 - c) <= 0.51 + 0.001 * Math.abs(c)
  );
}

interface Figures {
  values: Array<number | null>;
  /** Cells formatted or typed as a percent. */
  percents: number;
}

export interface DataSettlement {
  /** False when no money column is left: the header's budget words were not about money. */
  keep: boolean;
}

/**
 * At most SAMPLE rows, spread evenly over the table: which pair a % or sisa column is computed from "in most
 * rows" shows as clearly in a thousand rows as in forty thousand, and a big export then costs no more
 * to settle than a small one. Sparse columns are read whole (see `read`).
 */
export const SAMPLE = 1000;
export function spread(rows: number[], max: number): number[] {
  if (rows.length <= max) return rows;
  const step = rows.length / max;
  return Array.from({ length: max }, (_, i) => rows[Math.floor(i * step)]);
}

/** Settles the budget roles of `plan` from the figures of `rows`; edits plan.columns and plan.doubts. */
export function settleByData(
  v: SheetView,
  plan: ColumnPlan,
  allRows: number[],
  headerRow: number,
  legend: Legend | null = null
): DataSettlement {
  const rows = spread(allRows, SAMPLE);
  const cache = new Map<number, Figures>();
  const read = (col: number): Figures => {
    let f = cache.get(col);
    if (!f) {
      let percents = 0;
      const values = rows.map((r) => {
        const x = figure(v, r, col);
        if (x !== null && (formatPersen(v.format(r, col)) || /%\s*$/.test(v.text(r, col))))
          percents++;
        return x;
      });
      f = { values, percents };
      cache.set(col, f);
    }
    return f;
  };
  const at = (col: number): string => `"${v.sheet}"!${toA1(headerRow, col)}`;
  const say = (item: DoubtItem): void => {
    plan.doubts.push(item.message);
    plan.doubtItems.push(item);
  };
  const cands = (key: RoleKey): number[] => {
    const own = plan.candidates[key];
    if (own) return [...own];
    const c = plan.columns[key];
    return c === undefined ? [] : [c];
  };

  // Money is rupiah: a column of scores, ranks or percentages is not one (whatever its header says).
  const money: Partial<Record<RoleKey, number[]>> = {};
  for (const key of MONEY) {
    const kept: number[] = [];
    for (const col of cands(key)) {
      const f = read(col);
      const nums = f.values.filter((x): x is number => x !== null);
      const nonzero = nums.filter((x) => x !== 0);
      // All zero says nothing (an unused spending group); scores and percents are small but not zero.
      // A budget may be written in thousands or millions, so small figures alone prove nothing; small
      // figures under a score / performance label ("Kualitas ... Anggaran", "Kinerja dan Anggaran ... K",
      // "Realisasi Fisik") are not rupiah.
      const label = plan.labels.get(col) ?? "";
      const scoreLabel =
        /(nilai|skor|score|indeks|index|bobot|kualitas|kinerja|fisik|\bK$)/i.test(label) &&
        !/\b(rp\.?|rupiah|juta|ribu|miliar)\s*\)?$/i.test(label);
      const small = scoreLabel && nonzero.length >= 3 && nonzero.every((x) => Math.abs(x) < 1000);
      const percent = nums.length >= 3 && f.percents * 2 > nums.length;
      if (small || percent) {
        say(
          doubtItem(
            "not_money",
            `${at(col)}: kolom ${columnLetter(col)} ("${plan.labels.get(col) ?? ""}") berjudul seperti anggaran, tetapi isinya ` +
              `${percent ? "persentase" : "angka kecil (nilai atau skor, bukan rupiah)"}; kolom ini tidak dibaca sebagai uang.`,
            { columns: [col] }
          )
        );
      } else kept.push(col);
    }
    money[key] = kept;
  }
  const pagu = money.anggaran ?? [];
  const real = money.realisasi_anggaran ?? [];
  const sisa = money.sisa ?? [];
  const serapan = cands("serapan");
  // Only columns with figures can be tested against a pair; an empty % or Sisa column (a template to fill)
  // keeps the role its header gives, as nothing in it can contradict that.
  // A column with figures in few rows (totals only) may have none in the sample: look at every row then.
  const hasFigures = (c: number): boolean =>
    read(c).values.filter((x) => x !== null).length >= 2 ||
    (rows !== allRows && allRows.filter((r) => figure(v, r, c) !== null).length >= 2);
  const serapanF = serapan.filter(hasFigures);
  const sisaF = sisa.filter(hasFigures);

  // Which (pagu, realisasi) pair each % / sisa column fits, row by row.
  /**
   * How many rows (of those with money spent) fit `test` on columns a, b, c: on the sample, or on every
   * row when the sample holds too few such rows to tell (a column filled only on some rows).
   */
  const fit = (
    a: number,
    b: number,
    c: number,
    test: (x: number, y: number, z: number) => boolean | null
  ): [number, number] => {
    const count = (X: Array<number | null>, Y: Array<number | null>, Z: Array<number | null>) => {
      let seen = 0,
        ok = 0;
      for (let i = 0; i < X.length; i++) {
        const x = X[i],
          y = Y[i],
          z = Z[i];
        if (x === null || y === null || z === null) continue;
        const t = test(x, y, z);
        if (t === null) continue;
        seen++;
        if (t) ok++;
      }
      return [ok, seen] as [number, number];
    };
    const sampled = count(read(a).values, read(b).values, read(c).values);
    if (rows === allRows || sampled[1] >= 20) return sampled;
    const whole = (col: number) => allRows.map((r) => figure(v, r, col));
    return count(whole(a), whole(b), whole(c));
  };
  // A realisasi of 0 fits any % of 0: only rows with money spent tell which pair the % is of.
  const fitRatio = (p: number, r: number, s: number): [number, number] =>
    fit(p, r, s, (a, b, c) => {
      if (a <= 0 || b === 0) return null;
      const q = b / a;
      return isRatio(q, c);
    });
  const fitDiff = (p: number, r: number, d: number): [number, number] =>
    fit(p, r, d, (a, b, c) => (a === 0 || b === 0 ? null : Math.abs(a - b - c) <= 1));
  const preferTotal = (cols: number[]): number | undefined => {
    const t = cols.filter((c) => /\b(jumlah|total)\b/i.test(plan.labels.get(c) ?? ""));
    return t.length === 1 ? t[0] : cols[0];
  };

  // The numbered row's formulas ("5 = 4/2", "6 = 2-4"): which pagu and realisasi the % or sisa is of.
  // Used where the figures cannot tell (a form still to fill, or figures that fit no pair).
  const fromLegend = (): boolean => {
    if (!legend) return false;
    // [realisasi, pagu] each stated formula is of: "% = realisasi / pagu", "sisa = pagu - realisasi".
    let ratio: { c: number; r: number; p: number } | undefined;
    let diff: { c: number; r: number; p: number } | undefined;
    for (const c of serapan) {
      const rel = legend.relations.get(c);
      if (rel?.kind === "ratio" && real.includes(rel.args[0]) && pagu.includes(rel.args[1]))
        ratio ??= { c, r: rel.args[0], p: rel.args[1] };
    }
    for (const c of sisa) {
      const rel = legend.relations.get(c);
      if (rel?.kind === "difference" && pagu.includes(rel.args[0]) && real.includes(rel.args[1]))
        diff ??= { c, r: rel.args[1], p: rel.args[0] };
    }
    const pair = ratio ?? diff;
    if (!pair) return false;
    if (ratio && diff && (ratio.r !== diff.r || ratio.p !== diff.p)) return false; // the legend contradicts itself
    chosenR = pair.r;
    chosenP = pair.p;
    chosenS = ratio?.c;
    chosenD = diff?.c;
    if (pagu.length > 1 || real.length > 1 || serapan.length > 1 || sisa.length > 1) {
      why.push(
        `pagu dibaca dari kolom ${columnLetter(pair.p)} dan realisasi dari kolom ${columnLetter(pair.r)} menurut rumus pada baris nomor kolom`
      );
      // The table states its own formula: as sure as the figures, so nothing below is a guess.
      reason = "legend";
      settled = true;
      took("anggaran", pair.p, pagu);
      took("realisasi_anggaran", pair.r, real);
      took("serapan", ratio?.c, serapan);
      took("sisa", diff?.c, sisa);
    }
    return true;
  };

  let chosenP = preferTotal(pagu);
  let chosenR = preferTotal(real);
  let chosenS: number | undefined = serapan[0];
  let chosenD: number | undefined = sisa[0];
  const why: string[] = [];
  // What the doubt is about: the columns chosen among several, and whether that choice is a guess.
  const involved = new Set<number>();
  const taken: number[] = [];
  const takenRoles: RoleKey[] = [];
  let reason: DoubtItem["reason"] = "data";
  let guessed = false;
  let settled = false;
  const took = (key: RoleKey, col: number | undefined, among: number[]): void => {
    if (col === undefined || among.length < 2) return;
    for (const c of among) involved.add(c);
    taken.push(col);
    takenRoles.push(key);
  };
  if (pagu.length > 0 && real.length > 0 && (serapanF.length > 0 || sisaF.length > 0)) {
    let best = {
      score: -1,
      seen: 0,
      p: pagu[0],
      r: real[0],
      s: undefined as number | undefined,
      d: undefined as number | undefined,
      // Fit of each chosen % / sisa column: [rows that fit, rows checked].
      fits: [] as [number, number][],
    };
    let maxSeen = 0;
    for (const p of pagu)
      for (const r of real) {
        let s: number | undefined,
          d: number | undefined,
          score = 0,
          seen = 0,
          sFit: [number, number] | undefined,
          dFit: [number, number] | undefined;
        for (const c of serapanF) {
          const [f, n] = fitRatio(p, r, c);
          maxSeen = Math.max(maxSeen, n);
          if (n >= 2 && f * 2 > n && (s === undefined || f > score)) {
            s = c;
            score = f;
            seen = n;
            sFit = [f, n];
          }
        }
        for (const c of sisaF) {
          const [f, n] = fitDiff(p, r, c);
          maxSeen = Math.max(maxSeen, n);
          if (n >= 2 && f * 2 > n) {
            d = c;
            score += f;
            seen += n;
            dFit = [f, n];
          }
        }
        const fits = [sFit, dFit].filter((x): x is [number, number] => x !== undefined);
        if (score > best.score) best = { score, seen, p, r, s, d, fits };
      }
    if (best.s !== undefined || best.d !== undefined) {
      chosenP = best.p;
      chosenR = best.r;
      chosenS = best.s;
      chosenD = best.d;
      const what = [
        best.s !== undefined ? `% di kolom ${columnLetter(best.s)} = realisasi / pagu` : "",
        best.d !== undefined ? `sisa di kolom ${columnLetter(best.d)} = pagu - realisasi` : "",
      ]
        .filter(Boolean)
        .join(" dan ");
      if (pagu.length > 1 || real.length > 1 || serapanF.length > 1 || sisaF.length > 1) {
        // Certain when the % or sisa fits the pair in nearly every row checked, and in enough rows.
        // The numbered row stating that very formula ("16 = 14/8") makes a thin fit sure as well.
        const stated =
          legend !== null &&
          (best.s === undefined || sameRelation(legend, best.s, "ratio", best.r, best.p)) &&
          (best.d === undefined || sameRelation(legend, best.d, "difference", best.p, best.r));
        const sure = stated || best.fits.every(([f, n]) => fitIsCertain(f, n));
        const rowsFit = best.fits.map(([f, n]) => `${f} dari ${n} baris`).join(", ");
        why.push(
          `pagu dibaca dari kolom ${columnLetter(best.p)} dan realisasi dari kolom ${columnLetter(best.r)} karena ${what} pada sebagian besar baris` +
            (sure
              ? stated
                ? ", sesuai rumus pada baris nomor kolom"
                : ""
              : best.fits.every(([f, n]) => f === n)
                ? ` (cocok pada ${rowsFit}, terlalu sedikit baris untuk memastikan; belum pasti, jadi kolom ini tidak diperiksa dan tidak diisi)`
                : ` (hanya ${rowsFit} yang cocok; belum pasti, jadi kolom ini tidak diperiksa dan tidak diisi)`)
        );
        reason = sure
          ? best.fits.every(([f, n]) => fitIsCertain(f, n))
            ? "data"
            : "legend"
          : "few_rows";
        guessed = !sure;
        settled = true;
        took("anggaran", best.p, pagu);
        took("realisasi_anggaran", best.r, real);
        took("serapan", best.s, serapanF);
        took("sisa", best.d, sisaF);
      }
    } else if (maxSeen < 2 && fromLegend()) {
      // Too few rows with money spent to test a pair: the legend's formula says which.
    } else {
      chosenS = undefined;
      chosenD = undefined;
      reason = "no_fit";
      for (const c of [...serapanF, ...sisaF]) involved.add(c);
      why.push(
        `kolom ${[...serapanF, ...sisaF].map(columnLetter).join(", ")} (persentase atau sisa) tidak cocok dengan pagu dan realisasi mana pun pada sebagian besar baris, jadi tidak diperiksa`
      );
    }
  }
  if (!(pagu.length > 0 && real.length > 0 && (serapanF.length > 0 || sisaF.length > 0)))
    fromLegend();
  if (chosenS === undefined && serapanF.length === 0 && serapan.length === 1) chosenS = serapan[0];
  if (chosenD === undefined && sisaF.length === 0 && sisa.length === 1) chosenD = sisa[0];
  // Not settled by the figures: a Jumlah / Total column is taken over its parts, else the first is a guess.
  const byData = settled;
  for (const [key, cols, chosen] of [
    ["anggaran", pagu, chosenP],
    ["realisasi_anggaran", real, chosenR],
  ] as const) {
    if (cols.length > 1 && chosen !== undefined && !byData) {
      // Anggaran Murni beside Anggaran Perubahan: the one after the change is in force, said by the header.
      const before = plan.beforeChange ?? [];
      if (
        key === "anggaran" &&
        !before.includes(chosen) &&
        cols.every((c) => c === chosen || before.includes(c))
      ) {
        why.push(
          `kolom ${cols.map(columnLetter).join(", ")} sama-sama anggaran; dipakai kolom ${columnLetter(chosen)} (setelah perubahan, yang berlaku)`
        );
        reason = reason === "no_fit" ? "no_fit" : "header_only";
        took(key, chosen, cols);
        continue;
      }
      const byOrder =
        chosen === cols[0] && !/\b(jumlah|total)\b/i.test(plan.labels.get(chosen) ?? "");
      why.push(
        `kolom ${cols.map(columnLetter).join(", ")} sama-sama dibaca sebagai "${key}"; dipakai kolom ${columnLetter(chosen)} ` +
          `(${byOrder ? "kolom pertama; tidak ada kolom Jumlah/Total atau % yang memastikan, jadi kolom ini tidak diperiksa dan tidak diisi" : "judulnya Jumlah/Total"})`
      );
      reason = byOrder || guessed ? "candidates" : reason === "no_fit" ? "no_fit" : "total_label";
      guessed ||= byOrder;
      took(key, chosen, cols);
    }
  }
  if (serapan.length > 1 && chosenS !== undefined && !byData) {
    why.push(
      `kolom ${serapan.map(columnLetter).join(", ")} sama-sama persentase; dipakai kolom ${columnLetter(chosenS)} (kolom pertama, belum pasti)`
    );
    reason = "candidates";
    guessed = true;
    took("serapan", chosenS, serapan);
  }
  const set = (key: RoleKey, col: number | undefined): void => {
    if (col === undefined) delete plan.columns[key];
    else plan.columns[key] = col;
  };
  set("anggaran", chosenP);
  set("realisasi_anggaran", chosenR);
  set("serapan", chosenS);
  set("sisa", chosenD);
  if (why.length > 0)
    say(
      doubtItem(
        reason,
        `${at(plan.columns.anggaran ?? plan.columns.realisasi_anggaran ?? 0)}: ${why.join("; ")}.`,
        {
          columns: [...involved].sort((a, b) => a - b),
          taken,
          roles: takenRoles,
          uncertain: guessed,
        }
      )
    );
  for (const key of ["anggaran", "realisasi_anggaran", "serapan", "sisa"] as const)
    delete plan.candidates[key];
  const hasMoney =
    plan.columns.anggaran !== undefined || plan.columns.realisasi_anggaran !== undefined;
  return { keep: hasMoney || plan.kind !== "anggaran" };
}
