// Column roles settled by the figures under the header, not by the header's order: a "pagu" column of
// scores is not money, and where the header names several pagu / realisasi / % / sisa columns the pair
// taken is the one the table's % (realisasi / pagu) or sisa (pagu - realisasi) is computed from in most rows.
// Each column is read once over the data rows, so the work is linear in the table's cells.
import { bacaTeks, formatPersen } from "../number-text";
import type { DoubtItem, RoleKey } from "../types";
import { columnLetter, toA1 } from "./address";
import type { ColumnPlan } from "./columns";
import { doubtItem, fitIsCertain } from "./uncertain";
import type { SheetView } from "./view";

const MONEY: RoleKey[] = ["anggaran", "realisasi_anggaran", "sisa"];

/** The figure of a cell (a percent as a fraction), or null for text, blanks and errors. */
function figure(v: SheetView, row: number, col: number): number | null {
  const value = v.value(row, col);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string" || value.trim() === "") return null;
  const read = bacaTeks(value);
  return read.kind === "number" ? read.id : null;
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

/** Settles the budget roles of `plan` from the figures of `rows`; edits plan.columns and plan.doubts. */
export function settleByData(
  v: SheetView,
  plan: ColumnPlan,
  rows: number[],
  headerRow: number
): DataSettlement {
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
  const hasFigures = (c: number): boolean => read(c).values.filter((x) => x !== null).length >= 2;
  const serapanF = serapan.filter(hasFigures);
  const sisaF = sisa.filter(hasFigures);

  // Which (pagu, realisasi) pair each % / sisa column fits, row by row.
  const fitRatio = (p: number, r: number, s: number): [number, number] => {
    const P = read(p).values,
      R = read(r).values,
      S = read(s).values;
    let seen = 0,
      fit = 0;
    for (let i = 0; i < rows.length; i++) {
      const a = P[i],
        b = R[i],
        c = S[i];
      // A realisasi of 0 fits any % of 0: only rows with money spent tell which pair the % is of.
      if (a === null || b === null || c === null || a <= 0 || b === 0) continue;
      seen++;
      const q = b / a;
      if (
        Math.abs(q - c) <= 0.0051 + 0.001 * Math.abs(c) ||
        Math.abs(q * 100 - c) <= 0.51 + 0.001 * Math.abs(c)
      )
        fit++;
    }
    return [fit, seen];
  };
  const fitDiff = (p: number, r: number, d: number): [number, number] => {
    const P = read(p).values,
      R = read(r).values,
      D = read(d).values;
    let seen = 0,
      fit = 0;
    for (let i = 0; i < rows.length; i++) {
      const a = P[i],
        b = R[i],
        c = D[i];
      if (a === null || b === null || c === null || a === 0 || b === 0) continue;
      seen++;
      if (Math.abs(a - b - c) <= 1) fit++;
    }
    return [fit, seen];
  };
  const preferTotal = (cols: number[]): number | undefined => {
    const t = cols.filter((c) => /\b(jumlah|total)\b/i.test(plan.labels.get(c) ?? ""));
    return t.length === 1 ? t[0] : cols[0];
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
          if (n >= 2 && f * 2 > n && (s === undefined || f > score)) {
            s = c;
            score = f;
            seen = n;
            sFit = [f, n];
          }
        }
        for (const c of sisaF) {
          const [f, n] = fitDiff(p, r, c);
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
        const sure = best.fits.every(([f, n]) => fitIsCertain(f, n));
        const rowsFit = best.fits.map(([f, n]) => `${f} dari ${n} baris`).join(", ");
        why.push(
          `pagu dibaca dari kolom ${columnLetter(best.p)} dan realisasi dari kolom ${columnLetter(best.r)} karena ${what} pada sebagian besar baris` +
            (sure
              ? ""
              : ` (hanya ${rowsFit} yang cocok; belum pasti, jadi kolom ini tidak diperiksa dan tidak diisi)`)
        );
        reason = sure ? "data" : "few_rows";
        guessed = !sure;
        settled = true;
        took("anggaran", best.p, pagu);
        took("realisasi_anggaran", best.r, real);
        took("serapan", best.s, serapanF);
        took("sisa", best.d, sisaF);
      }
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
  if (chosenS === undefined && serapanF.length === 0 && serapan.length === 1) chosenS = serapan[0];
  if (chosenD === undefined && sisaF.length === 0 && sisa.length === 1) chosenD = sisa[0];
  // Not settled by the figures: a Jumlah / Total column is taken over its parts, else the first is a guess.
  const byData = settled;
  for (const [key, cols, chosen] of [
    ["anggaran", pagu, chosenP],
    ["realisasi_anggaran", real, chosenR],
  ] as const) {
    if (cols.length > 1 && chosen !== undefined && !byData) {
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
