// Column roles of a header block, settled by the table's context (a budget table reads "Realisasi" as
// realisasi anggaran and "%" as serapan), year suffixes (`realisasi@2023`), the table's year and kind.
import type { ColumnRole, DoubtItem, RoleKey, TableKind } from "../types";
import { columnLetter, toA1 } from "./address";
import type { HeaderBlock } from "./header";
import type { HeaderWord } from "./roles";
import { matchLabel } from "./roles";
import { pairRole, pairSide, type PairSide } from "./kr-pairs";
import type { Legend } from "./legend";
import { applyLegendRoles } from "./legend-roles";
import { periodsIn, rankYears, withoutPeriods, type RankColumn } from "./period";
import { readRevision } from "./revision";
import { compact, isAcrossYears, yearsIn } from "./text";
import { doubtItem } from "./uncertain";
import type { SheetView } from "./view";

export interface ColumnPlan {
  /** Budget columns from before a change (Anggaran Murni beside Anggaran Perubahan): not the pagu in force. */
  beforeChange?: number[];
  kind: TableKind;
  columns: Partial<Record<RoleKey, number>>;
  /** Every column the header names for a role, in sheet order, where there is more than one. */
  candidates: Partial<Record<RoleKey, number[]>>;
  /** Header text of each column (group headers included). */
  labels: Map<number, string>;
  year?: number;
  doubts: string[];
  /** The doubts that are about a role, structured (the others are plain notes). */
  doubtItems: DoubtItem[];
}

interface ColumnInfo {
  col: number;
  label: string;
  word: HeaderWord | null;
  fuzzy?: string;
  year?: number;
  /** "Target Kinerja Tahun Ke- 3": a plan year by its rank, not by its calendar year. */
  planIndex?: number;
  /** The K or Rp side of a pair under a group header: its role comes from the group, not the context. */
  pair?: PairSide;
}

/** Roles that belong to a year of performance (`target@2023`); budget roles stay plain. */
const YEAR_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  "target",
  "realisasi",
  "capaian",
  "predikat",
]);
/** Roles whose column is chosen from the figures when the header names several. */
export const DATA_SETTLED: ReadonlySet<RoleKey> = new Set<RoleKey>([
  "anggaran",
  "realisasi_anggaran",
  "serapan",
  "sisa",
]);
const KINERJA_SETTLED: ReadonlySet<string> = new Set(["target", "realisasi", "capaian"]);
const BUDGET_WORDS: ReadonlySet<HeaderWord> = new Set<HeaderWord>([
  "anggaran",
  "realisasi_anggaran",
  "serapan",
  "sisa",
]);

/** The column's full header text, top to bottom, merged cells included once. */
function columnLabel(v: SheetView, block: HeaderBlock, col: number): string {
  const parts: string[] = [];
  for (const r of block.rows) {
    if (block.numberedRows.includes(r)) continue;
    const t = v.shown(r, col);
    if (t !== "" && parts[parts.length - 1] !== t) parts.push(t);
  }
  return parts.join(" ");
}

/** The lowest header text of the column (the K / Rp under a group), numbered rows left out. */
function lowestLabel(v: SheetView, block: HeaderBlock, col: number): string {
  for (let i = block.rows.length - 1; i >= 0; i--) {
    const r = block.rows[i];
    if (block.numberedRows.includes(r)) continue;
    const t = v.shown(r, col);
    if (t !== "") return t;
  }
  return "";
}

function readColumns(v: SheetView, block: HeaderBlock): ColumnInfo[] {
  const out: ColumnInfo[] = [];
  let prev: ColumnInfo | undefined;
  for (let c = block.c0; c < block.c1; c++) {
    const label = columnLabel(v, block, c);
    const lowest = lowestLabel(v, block, c);
    const side = pairSide(lowest);
    const group = side && label.endsWith(lowest) ? label.slice(0, -lowest.length).trim() : "";
    const m = side && group ? null : label ? matchLabel(label) : null;
    // A running total up to a year is not that year's figure: it takes the role without the year.
    const years = isAcrossYears(label) ? [] : yearsIn(label);
    const info: ColumnInfo = {
      col: c,
      label,
      word: side && group ? pairRole(group, side) : (m?.word ?? null),
      fuzzy: m?.fuzzy,
      year: years[0],
      ...(side && group ? { pair: side } : {}),
    };
    // A pair's plan rank is in its group ("Tahun ke-1" over K | Rp), not in the side's letter.
    const ranked = side && group ? group : label;
    const rank =
      /\bke\s*-?\s*(\d{1,2})\b/i.exec(ranked) ??
      (info.word === "target" ? /(?:^|\s)(\d{1,2})$/.exec(ranked) : null);
    // "Target Periode 2021-2026 Tahun ke-3": the period is not the column's year, the rank is.
    if (rank && info.year !== undefined && periodsIn(ranked).length > 0) info.year = undefined;
    if (rank && info.year === undefined) info.planIndex = Number(rank[1]);
    // A bare year next to a year column of the same kind ("Target | 2023 | 2024" without merges).
    if (
      !info.word &&
      info.year !== undefined &&
      prev?.word &&
      prev.year !== undefined &&
      compact(label) === String(info.year)
    ) {
      info.word = prev.word;
    }
    // One header merged over two columns ("PROGRAM" over the names and a "Rp" column): the role
    // belongs to the merge's first column only.
    if (
      prev &&
      label === prev.label &&
      block.rows.every(
        (r) => block.numberedRows.includes(r) || v.isCovered(r, c) || v.text(r, c) === ""
      )
    ) {
      info.word = null;
    }
    out.push(info);
    prev = info;
  }
  // A plan over several years with K | Rp per year (Renstra "Target Kinerja dan Kerangka Pendanaan"): the
  // money of each plan year has no role of ours, and read as anggaran it would make the plan a budget.
  const planYears = new Set(
    out
      .filter((i) => i.pair === "K" && i.word === "target")
      .map((i) => (i.planIndex !== undefined ? `ke${i.planIndex}` : i.year))
      .filter((y) => y !== undefined)
  );
  if (planYears.size >= 3) for (const i of out) if (i.pair === "Rp") i.word = null;
  return out;
}

function has(label: string, ...words: string[]): boolean {
  const c = compact(label);
  return words.some((w) => c.includes(w));
}

/** Context: in a budget table "Realisasi" is money and "Capaian (%)" / "%" is serapan. */
function settle(
  info: ColumnInfo,
  budget: boolean,
  kinerja: boolean
): ColumnRole | "kondisi_awal" | null {
  const w = info.word;
  if (w === null) return null;
  if (info.pair) return w === "percent" ? null : w;
  // "REALISASI (%)" beside "REALISASI (Rp)": the percentage of the budget spent.
  if (
    (w === "realisasi" || w === "realisasi_anggaran") &&
    budget &&
    has(info.label, "%", "persen") &&
    !has(info.label, "rp")
  )
    return "serapan";
  if (w === "realisasi" && budget && (!kinerja || has(info.label, "anggaran", "keuangan", "rp")))
    return "realisasi_anggaran";
  if (
    w === "capaian" &&
    budget &&
    !has(info.label, "kinerja") &&
    (!kinerja || has(info.label, "anggaran", "keuangan"))
  )
    return "serapan";
  if (w === "percent") return budget ? "serapan" : "capaian";
  return w;
}

function titleYear(v: SheetView, block: HeaderBlock): number | undefined {
  let best: number | undefined;
  for (let r = block.first - 1; r >= Math.max(v.top, block.first - 5); r--) {
    for (const c of v.filled(r, v.left, block.c1)) {
      // "Renstra 2021-2026" states a plan period, not the year the table reports on.
      for (const y of yearsIn(withoutPeriods(v.text(r, c))))
        best = best === undefined ? y : Math.max(best, y);
    }
  }
  return best;
}

/** Roles, kind and year of the table under `block`; null when the header is not one of ours. */
export function planColumns(
  v: SheetView,
  block: HeaderBlock,
  legend: Legend | null = null
): ColumnPlan | null {
  const infos = readColumns(v, block);
  const revision = readRevision(infos);
  const words = new Set(infos.map((i) => i.word));
  const budget = infos.some((i) => i.word !== null && BUDGET_WORDS.has(i.word));
  const kinerja = words.has("indikator") || words.has("target") || words.has("sasaran");
  const doubts: string[] = [];
  const doubtItems: DoubtItem[] = [];
  const say = (item: DoubtItem): void => {
    doubts.push(item.message);
    doubtItems.push(item);
  };
  // A column's doubt points at its lowest header cell with text (the year under a merged "Target").
  const where = (c: number): string => {
    let at = block.wordRow;
    for (const r of block.rows) if (!block.numberedRows.includes(r) && v.text(r, c) !== "") at = r;
    return `"${v.sheet}"!${toA1(at, c)}`;
  };

  const columns: Partial<Record<RoleKey, number>> = {};
  const yearCols: Array<{ role: ColumnRole; year: number; col: number; baseline?: boolean }> = [];
  let kondisiAwal = false;
  const planCols: RankColumn[] = [];
  const candidates: Partial<Record<RoleKey, number[]>> = {};
  const labels = new Map<number, string>(infos.map((i) => [i.col, i.label]));
  const put = (key: RoleKey, col: number): void => {
    (candidates[key] ??= []).push(col);
    if (columns[key] === undefined) columns[key] = col;
  };

  for (const info of infos) {
    const role = settle(info, budget, kinerja);
    if (role === null) continue;
    if (info.fuzzy) {
      // Read through a typo: the role is the header's best guess, nothing in the data confirms it.
      const key: RoleKey | undefined =
        role === "kondisi_awal"
          ? undefined
          : YEAR_ROLES.has(role) && info.year !== undefined
            ? `${role}@${info.year}`
            : role;
      say(
        doubtItem(
          "header_only",
          `${where(info.col)}: judul kolom "${info.label}" dibaca sebagai "${role}" (salah ketik "${info.fuzzy}"?). Periksa judul kolom.`,
          { taken: [info.col], roles: key ? [key] : [], uncertain: true }
        )
      );
    }
    if (role === "kondisi_awal") {
      kondisiAwal = true;
      if (info.year !== undefined) {
        yearCols.push({ role: "realisasi", year: info.year, col: info.col, baseline: true });
        put(`realisasi@${info.year}`, info.col);
      } else
        doubts.push(
          `${where(info.col)}: kolom "Kondisi Awal" tanpa tahun; tidak dipakai sebagai realisasi tahun tertentu.`
        );
      continue;
    }
    // "Target Tahun ke-3" (and a realisasi or capaian that says "tahun ke-"): a plan year by rank.
    if (
      info.planIndex !== undefined &&
      (role === "target" ||
        ((role === "realisasi" || role === "capaian") && /tahun\s*ke/i.test(info.label)))
    ) {
      planCols.push({ col: info.col, rank: info.planIndex, label: info.label, role });
      continue;
    }
    if (YEAR_ROLES.has(role) && info.year !== undefined) {
      yearCols.push({ role, year: info.year, col: info.col });
      put(`${role}@${info.year}`, info.col);
    } else {
      put(role, info.col);
    }
  }

  const restated = applyLegendRoles(legend, candidates, columns, labels);
  if (restated.length > 0)
    doubts.push(
      `"${v.sheet}"!${toA1(block.numberedRows[0] ?? block.wordRow, block.c0)}: ${restated.join("; ")}.`
    );

  // "Target Tahun ke-1 .. ke-5": calendar years when the table states its period (Renstra 2021-2026).
  if (planCols.length > 0) {
    const baseline = yearCols.find((y) => y.baseline)?.year;
    const read = rankYears(v, block, planCols, baseline, where);
    for (const y of read.years) {
      yearCols.push(y);
      put(`${y.role}@${y.year}`, y.col);
    }
    // Without years a realisasi or capaian "tahun ke-" column is still that role (the first one is used).
    for (const p of read.left) if (p.role !== "target") put(p.role, p.col);
    if (read.doubt) doubts.push(read.doubt);
  }

  // A before / after table: the after-change budget is tried first (the figures may still pick the other).
  const pagu = candidates.anggaran;
  if (pagu && revision.keptBefore.length > 0) {
    pagu.sort(
      (a, b) => Number(revision.keptBefore.includes(a)) - Number(revision.keptBefore.includes(b))
    );
    columns.anggaran = pagu[0];
  }

  // Years of one role read left to right must run one way (2022, 2023, 2024): a year out of order
  // (2022, 2024, 2023) is likely a typo, and the column could be taken for the wrong year. Say where.
  for (const role of YEAR_ROLES) {
    const seq = yearCols
      .filter((y) => y.role === role && !y.baseline)
      .sort((a, b) => a.col - b.col);
    if (seq.length < 3) continue;
    const up = seq[seq.length - 1]!.year >= seq[0]!.year;
    const at = seq.findIndex(
      (y, i) => i > 0 && (up ? y.year < seq[i - 1]!.year : y.year > seq[i - 1]!.year)
    );
    const bad = at > 0 ? seq[at] : undefined;
    if (bad) {
      // One of the two columns that break the order is mistyped, not necessarily the second: both are guesses.
      const pair = [seq[at - 1]!, bad];
      say(
        doubtItem(
          "year",
          `${where(bad.col)}: tahun pada judul kolom ${role} tidak berurutan (${seq.map((y) => y.year).join(", ")}); ` +
            `kolom ${columnLetter(bad.col)} dibaca sebagai tahun ${bad.year}. Karena salah satu dari kolom ` +
            `${pair.map((y) => columnLetter(y.col)).join(" dan ")} salah tahun, keduanya tidak diperiksa dan tidak diisi. ` +
            `Periksa tahun di judul kolom itu.`,
          {
            columns: seq.map((y) => y.col),
            taken: pair.map((y) => y.col),
            roles: pair.map((y): RoleKey => `${role}@${y.year}`),
            uncertain: true,
          }
        )
      );
    }
  }

  // The table's year: its realisasi columns, else its title, else its one target year.
  const maxYear = (role: ColumnRole): number | undefined => {
    // The baseline (Kondisi Awal) is the year before the plan, never the year reported on.
    const ys = yearCols.filter((y) => y.role === role && !y.baseline).map((y) => y.year);
    return ys.length ? Math.max(...ys) : undefined;
  };
  // Several target years without a realisasi (a Renstra) report on no single year.
  const targetYears = new Set(yearCols.filter((y) => y.role === "target").map((y) => y.year));
  const year =
    maxYear("realisasi") ??
    titleYear(v, block) ??
    (targetYears.size === 1 ? maxYear("target") : undefined) ??
    (targetYears.size === 0 ? infos.find((i) => i.year !== undefined)?.year : undefined);
  if (year !== undefined) {
    for (const role of YEAR_ROLES) {
      const col = columns[`${role}@${year}`];
      if (columns[role] === undefined && col !== undefined) columns[role] = col;
    }
  }

  // Several columns for one role: a Jumlah / Total column over its parts, else the first; budget roles
  // are settled later from the figures (which pair the % or sisa is computed from).
  for (const [key, cols] of Object.entries(candidates) as [RoleKey, number[]][]) {
    if (cols.length < 2) {
      delete candidates[key];
      continue;
    }
    if (DATA_SETTLED.has(key)) continue;
    // Target / realisasi / capaian of the table's year are settled with the data (kinerja-choice.ts).
    const [base, at] = key.split("@");
    if (KINERJA_SETTLED.has(base) && (at === undefined || Number(at) === year)) continue;
    // The row's own name is the column headed "Uraian" (the others name its program, kegiatan ...).
    const pattern = key === "uraian" ? /\buraian\b/i : /\b(jumlah|total)\b/i;
    const totals = cols.filter((c) => pattern.test(labels.get(c) ?? ""));
    if (totals.length === 1) columns[key] = totals[0];
    const why =
      totals.length !== 1
        ? "kolom pertama"
        : key === "uraian"
          ? "judulnya Uraian"
          : "judulnya Jumlah/Total";
    // A Jumlah / Total over its parts is what the row reports; the first of several by order is a guess
    // (a year typed twice is one too).
    say(
      doubtItem(
        totals.length === 1 ? "total_label" : key.includes("@") ? "year" : "candidates",
        // At the first column left out: that is the header to check (a year typed twice, a part beside its total).
        `${where(cols.find((c) => c !== columns[key]) ?? cols[0])}: kolom ${cols.map(columnLetter).join(", ")} sama-sama dibaca sebagai "${key}"; dipakai kolom ` +
          `${columnLetter(columns[key] as number)} (${why}). Periksa judul kolom bila yang dimaksud kolom lain.`,
        {
          columns: cols,
          taken: [columns[key] as number],
          roles: [key],
          uncertain: totals.length !== 1,
        }
      )
    );
  }

  // A PK whose indicator column is headed "Uraian" (no budget columns): read it as the indicator.
  if (
    !budget &&
    columns.indikator === undefined &&
    columns.uraian !== undefined &&
    (columns.target !== undefined || columns.realisasi !== undefined)
  ) {
    columns.indikator = columns.uraian;
    doubts.push(
      `${where(columns.uraian)}: tidak ada kolom "Indikator"; kolom "Uraian" dibaca sebagai nama indikator.`
    );
  }
  if (revision.setAside.length > 0 && columns.anggaran !== undefined) {
    const name = (c: number): string => `${columnLetter(c)} ("${labels.get(c) ?? ""}")`;
    doubts.push(
      `${where(columns.anggaran)}: tabel sebelum / sesudah perubahan; anggaran dibaca dari kolom ` +
        `${name(columns.anggaran)}, nilai setelah perubahan. Kolom ${revision.setAside.map(name).join(", ")} ` +
        `(sebelum perubahan) tidak dipakai. Periksa judul kolom bila yang dimaksud kolom lain.`
    );
  }
  const kind = decideKind(
    columns,
    yearCols,
    kondisiAwal || planCols.filter((p) => p.role === "target").length >= 3,
    budget
  );
  if (!kind) return null;
  return {
    kind,
    columns,
    candidates,
    labels,
    year,
    doubts,
    doubtItems,
    ...(revision.keptBefore.length > 0 ? { beforeChange: revision.keptBefore } : {}),
  };
}

function decideKind(
  columns: Partial<Record<RoleKey, number>>,
  yearCols: Array<{ role: ColumnRole; year: number }>,
  kondisiAwal: boolean,
  budget: boolean
): TableKind | null {
  const distinct = (role: ColumnRole): number =>
    new Set(yearCols.filter((y) => y.role === role).map((y) => y.year)).size;
  const money = columns.anggaran !== undefined || columns.realisasi_anggaran !== undefined;
  const performance =
    columns.indikator !== undefined ||
    columns.sasaran !== undefined ||
    columns.capaian !== undefined;
  if (columns.efisiensi !== undefined || (money && performance)) return "efisiensi";
  if (money || (budget && columns.uraian !== undefined)) return "anggaran";
  const pkLike =
    columns.indikator !== undefined ||
    (columns.sasaran !== undefined &&
      (columns.target !== undefined || columns.realisasi !== undefined));
  if (!pkLike) return null;
  if (kondisiAwal || distinct("target") >= 3) return "renstra";
  if (
    distinct("realisasi") >= 2 ||
    distinct("capaian") >= 2 ||
    columns.target_akhir !== undefined ||
    columns.standar !== undefined
  ) {
    return "comparison";
  }
  return "pk";
}
