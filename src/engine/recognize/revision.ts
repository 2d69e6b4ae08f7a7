// Before / after tables (APBD / RKPD / DPA perubahan, pergeseran): the same figures written twice, before
// the change ("Sebelum Perubahan", "Semula", "Murni", or the plain "Jumlah" beside a "Jumlah Perubahan") and
// after it ("Setelah / Sesudah Perubahan", "Menjadi", "Jumlah Perubahan"), often with the shift between them
// ("Bertambah (Berkurang)", "Selisih"). The budget in force is the after-change one, so the roles are read
// from the after columns; the before and shift columns get no role. Pure: works on column labels only.
import type { HeaderWord } from "./roles";
import { compact } from "./text";

export type Phase = "before" | "after" | "shift";

/** The part of a column the revision logic reads and edits (columns.ts's ColumnInfo fits it). */
export interface RevisableColumn {
  col: number;
  label: string;
  word: HeaderWord | null;
}

// Checked shift, before, after: "Bertambah/(Berkurang)" and "Selisih sebelum dan sesudah" are shifts.
const SHIFT = /(bertambah|berkurang|selisih|pergeseran|kenaikan|penurunan|tambahkurang|naikturun)/;
const AFTER = /(setelah|sesudah|menjadi|stlh|ssdh|perubahan)/;
const BEFORE = /(sebelum|semula|murni|sblm)/;
// Words that name the phase or the amount and not what is measured: left out when pairing "Jumlah" with
// "Jumlah Perubahan" or "anggaran" with "menjadi_anggaran".
const PHASE_WORDS =
  /(setelah|sesudah|sebelum|menjadi|semula|murni|perubahan|stlh|ssdh|sblm|apbdp|apbd|dpa|rp)/g;
const AMOUNT_BASE = /^(|jumlah|total|anggaran|pagu|nilai|jumlahanggaran|jumlahpagu)$/;

export function phaseOf(label: string): Phase | null {
  const c = compact(label);
  if (SHIFT.test(c)) return "shift";
  // Before first: "Sebelum Perubahan" names the change it comes before.
  if (BEFORE.test(c)) return "before";
  if (AFTER.test(c)) return "after";
  return null;
}

function base(label: string): string {
  return compact(label).replace(PHASE_WORDS, "");
}

export interface RevisionReading {
  /** Phase of each column of a before / after table (empty when the table is not one). */
  phases: Map<number, Phase>;
  /** Money columns before the change that were set aside (for the doubt). */
  setAside: number[];
  /** Budget columns before the change kept as candidates (to be tried after the after-change ones). */
  keptBefore: number[];
}

const MEASURED: ReadonlySet<HeaderWord> = new Set<HeaderWord>([
  "realisasi",
  "realisasi_anggaran",
  "serapan",
  "sisa",
  "percent",
]);

/**
 * Marks the phases of a before / after table and edits the columns' words: before and shift columns lose
 * their role, an after column that only names an amount ("Jumlah Perubahan", "Setelah Perubahan") is the
 * budget. Not a revision table (no after column with a before counterpart): nothing changes.
 */
export function readRevision(cols: RevisableColumn[]): RevisionReading {
  const phases = new Map<number, Phase>();
  for (const c of cols) {
    if (c.label === "") continue;
    const p = phaseOf(c.label);
    if (p) phases.set(c.col, p);
  }
  // "Jumlah" beside "Jumlah Perubahan": the plain one is the before column.
  const afterBases = new Set(
    cols.filter((c) => phases.get(c.col) === "after").map((c) => base(c.label))
  );
  for (const c of cols) {
    if (phases.has(c.col) || c.label === "") continue;
    if (afterBases.has(base(c.label)) && base(c.label) !== "") phases.set(c.col, "before");
  }
  const has = (p: Phase): boolean => [...phases.values()].includes(p);
  if (!has("after") || !(has("before") || has("shift")))
    return { phases: new Map(), setAside: [], keptBefore: [] };

  // A realisasi beside both budgets may have been measured against either (a % of the budget before the
  // change): the before budget then stays a candidate, after the after one, and the figures settle it.
  const measured = cols.some((c) => c.word !== null && MEASURED.has(c.word));
  const setAside: number[] = [];
  const keptBefore: number[] = [];
  for (const c of cols) {
    const p = phases.get(c.col);
    if (p === "before" && c.word === "anggaran" && measured) {
      keptBefore.push(c.col);
      continue;
    }
    if (p === "before" || p === "shift") {
      if (p === "before" && (c.word === "anggaran" || AMOUNT_BASE.test(base(c.label))))
        setAside.push(c.col);
      // A before column keeps identity words (a "Kode" is the same before and after).
      if (c.word !== "kode" && c.word !== "uraian" && c.word !== "no") c.word = null;
    } else if (p === "after" && c.word === null && AMOUNT_BASE.test(base(c.label))) {
      c.word = "anggaran";
    }
  }
  return { phases, setAside, keptBefore };
}
