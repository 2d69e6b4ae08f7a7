// Header words of docs/DOMAIN.md §1.1 / §1.2 (and their English forms) -> column roles, before the table's
// context (budget or not) settles the ambiguous ones.
import type { ColumnRole } from "../types";
import { compact, fuzzyContains } from "./text";

/** What a header label says, before context: a role, the baseline column, or a bare percent. */
export type HeaderWord = ColumnRole | "kondisi_awal" | "percent";

export interface LabelMatch {
  word: HeaderWord;
  /** The keyword read through a typo, e.g. "realisasi" for "Kealisasi". */
  fuzzy?: string;
}

// Order matters: the first rule whose keyword the label contains wins ("Indikator Tujuan/Sasaran" is
// an indikator, "Target Kinerja Sasaran" a target, "Sisa Anggaran" a sisa, "Realisasi Anggaran" a
// realisasi_anggaran).
const RULES: ReadonlyArray<readonly [HeaderWord, readonly string[]]> = [
  ["efisiensi", ["efisiensi", "efesiensi", "efficiency"]],
  ["sumber_dana", ["sumberdana", "sourceoffund", "fundsource"]],
  ["sumber", ["sumberdata", "sumber", "datasource", "source"]],
  ["sisa", ["sisa", "remaining", "unspent"]],
  ["kode", ["koderekening", "kode", "code"]],
  ["uraian", ["satuankerja", "unitkerja", "perangkatdaerah"]],
  ["satuan", ["satuan", "unit"]],
  ["standar", ["standar", "standard", "benchmark"]],
  ["kondisi_awal", ["kondisiawal", "baseline"]],
  [
    "target_akhir",
    ["targetakhir", "kondisiakhir", "akhirrenstra", "akhirrpjmd", "endtarget", "finaltarget"],
  ],
  ["predikat", ["predikat", "kategori", "kriteria", "category", "rating"]],
  ["serapan", ["serapan", "penyerapan", "dayaserap", "absorption"]],
  [
    "realisasi_anggaran",
    ["realisasianggaran", "realisasikeuangan", "budgetrealization", "spending", "expenditure"],
  ],
  ["capaian", ["capaian", "achievement", "attainment"]],
  ["realisasi", ["realisasi", "realization", "realisation", "actual"]],
  ["anggaran", ["anggaran", "pagu", "budget", "alokasi", "allocation"]],
  ["target", ["target", "rencana", "plan"]],
  ["indikator", ["indikator", "indicator", "iku", "kpi"]],
  ["sasaran", ["sasaran", "goal", "objective"]],
  ["uraian", ["uraian", "program", "kegiatan", "instansi", "description", "activity", "opd"]],
];

const FUZZY_WORDS: ReadonlyArray<readonly [HeaderWord, string]> = [
  ["realisasi", "realisasi"],
  ["indikator", "indikator"],
  ["capaian", "capaian"],
  ["anggaran", "anggaran"],
  ["sasaran", "sasaran"],
  ["target", "target"],
  ["predikat", "predikat"],
  ["efisiensi", "efisiensi"],
  ["satuan", "satuan"],
  ["predikat", "kategori"],
];

const NO_WORDS = new Set(["no", "nomor", "nourut", "number", "nr"]);
const PERCENT_WORDS = new Set(["%", "persen", "persentase", "percent", "percentage"]);

/** "Target 2026 (RPJMD 2021-2026)" reads as an end-of-plan target, not as this year's target. */
function isPlanTarget(c: string): boolean {
  return (
    c.includes("target") && (c.includes("rpjmd") || c.includes("renstra") || c.includes("akhir"))
  );
}

const cache = new Map<string, LabelMatch | null>();

/** The header word of a label, or null when it is not one of ours. */
export function matchLabel(label: string): LabelMatch | null {
  const c = compact(label);
  if (c === "" || c.length > 120) return null;
  const hit = cache.get(c);
  if (hit !== undefined) return hit;
  const found = matchCompact(c);
  if (cache.size < 10000) cache.set(c, found);
  return found;
}

/** "% Realisasi Anggaran", "Persen di RAK (Rencana Kas)": a percentage column whatever it is a percentage of. */
const PERCENT_FIRST = /^(%|persentase|persen|percentage|percent)/;
const PERCENT_OWN_WORDS = [
  "capaian",
  "serapan",
  "penyerapan",
  "dayaserap",
  "efisiensi",
  "efesiensi",
  "predikat",
  "achievement",
  "absorption",
];

function matchCompact(c: string): LabelMatch | null {
  const noDigits = c.replace(/[0-9%]/g, "");
  // "Unit Kerja Penanggung Jawab": who answers for the row, not the row's name nor its unit.
  if (c.includes("penanggungjawab")) return null;
  if (PERCENT_FIRST.test(c) && !PERCENT_OWN_WORDS.some((w) => c.includes(w)))
    return { word: "percent" };
  // "Selisih pagu sebelum dan sesudah" is a budget shift, not a remaining budget; "selisih anggaran dan
  // realisasi" is one.
  if (c.includes("selisih") && !c.includes("sisa"))
    return c.includes("realisasi") ? { word: "sisa" } : null;
  if (NO_WORDS.has(noDigits) && c.length <= 6) return { word: "no" };
  // "Capaian terhadap Target Akhir (%)", "Progres thd target akhir Renstra": progress toward the plan's end,
  // neither the end target itself nor this year's capaian; no role (nothing is checked on a guess).
  if (
    isPlanTarget(c) &&
    /(capaian|progres|persentase|tingkat)/.test(c.slice(0, c.indexOf("target")))
  )
    return null;
  if (isPlanTarget(c)) return { word: "target_akhir" };
  // "Target Capaian (setiap tahun)" is a target; "Capaian" alone stays a capaian.
  if (c.startsWith("targetcapaian")) return { word: "target" };
  for (const [word, keys] of RULES) {
    if (keys.some((k) => c.includes(k))) return { word };
  }
  if (PERCENT_WORDS.has(c)) return { word: "percent" };
  if (noDigits.length >= 5 && noDigits.length <= 30) {
    for (const [word, key] of FUZZY_WORDS) {
      if (fuzzyContains(noDigits, key)) return { word, fuzzy: key };
    }
  }
  return null;
}

/** Roles that tell a real table apart from any list with a "No" column. */
export const ANCHOR_WORDS: ReadonlySet<HeaderWord> = new Set<HeaderWord>([
  "indikator",
  "sasaran",
  "target",
  "realisasi",
  "capaian",
  "anggaran",
  "realisasi_anggaran",
  "uraian",
  "kode",
  "serapan",
  "efisiensi",
]);
