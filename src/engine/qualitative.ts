// Qualitative targets (docs/DOMAIN.md §3): ordered categories with numeric anchors, so "B" against a "BB"
// target is 60/70 = 86%, as seed 000 reports.
import { AKIP, SPBE, type Scale } from "./scales";

export interface OrderedScale {
  name: "akip" | "opini" | "spbe";
  /** Categories from worst to best with their anchor (the lower bound of the category). */
  levels: { label: string; anchor: number; aliases: string[] }[];
  /** The numeric scale a plain number belongs to, when the categories have one. */
  numeric: Scale | null;
}

export const SKALA_AKIP: OrderedScale = {
  name: "akip",
  levels: [
    { label: "D", anchor: 0, aliases: [] },
    { label: "C", anchor: 30, aliases: [] },
    { label: "CC", anchor: 50, aliases: [] },
    { label: "B", anchor: 60, aliases: [] },
    { label: "BB", anchor: 70, aliases: [] },
    { label: "A", anchor: 80, aliases: [] },
    { label: "AA", anchor: 90, aliases: [] },
  ],
  numeric: AKIP,
};

export const SKALA_OPINI: OrderedScale = {
  name: "opini",
  levels: [
    { label: "TMP", anchor: 1, aliases: ["tidak menyatakan pendapat", "disclaimer"] },
    { label: "TW", anchor: 2, aliases: ["tidak wajar", "adverse"] },
    { label: "WDP", anchor: 3, aliases: ["wajar dengan pengecualian"] },
    { label: "WTP", anchor: 4, aliases: ["wajar tanpa pengecualian"] },
  ],
  numeric: null,
};

/** SPBE anchors are the index lower bounds (the index runs from 1). */
export const SKALA_SPBE: OrderedScale = {
  name: "spbe",
  levels: [
    { label: "Kurang", anchor: 1, aliases: [] },
    { label: "Cukup", anchor: 1.8, aliases: [] },
    { label: "Baik", anchor: 2.6, aliases: [] },
    { label: "Sangat Baik", anchor: 3.5, aliases: [] },
    { label: "Memuaskan", anchor: 4.2, aliases: [] },
  ],
  numeric: SPBE,
};

export const SKALA_KUALITATIF: OrderedScale[] = [SKALA_AKIP, SKALA_OPINI, SKALA_SPBE];

export interface Kategori {
  scale: OrderedScale;
  rank: number;
  anchor: number;
  label: string;
}

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/\(.*?\)/g, " ")
    .replace(/[^a-z]+/g, " ")
    .trim();
}

/** Every label and alias, normalized, to its category (built once: capaian asks for each cell). */
const PER_NAMA = new Map<string, Kategori>();
for (const scale of SKALA_KUALITATIF) {
  scale.levels.forEach((lv, rank) => {
    for (const nama of [lv.label, ...lv.aliases])
      PER_NAMA.set(norm(nama), { scale, rank, anchor: lv.anchor, label: lv.label });
  });
}

/** The category a text names exactly ("BB", "WTP", "Wajar Tanpa Pengecualian", "sangat baik"), else null. */
export function kategori(v: unknown): Kategori | null {
  // No label holds a digit: "83 (B)" and "74,52" are numbers, settled without the regexes below.
  if (typeof v !== "string" || /\d/.test(v)) return null;
  return PER_NAMA.get(norm(v)) ?? null;
}
