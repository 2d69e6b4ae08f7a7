// Rating scales of docs/DOMAIN.md §4: Permendagri 86/2017 (default, on a capaian fraction), AKIP / Indeks RB
// scores 0-100 (lower bounds exclusive), SPBE index 1-5, and the user's own bands.
import type { ScaleBand, ScaleSpec } from "./settings";
import type { CellValue } from "./types";
import { SakipError, tampil } from "./errors";
import { SCALE_NAMES, readName, type ScaleName } from "./names";
import { angka } from "./numbers";

export type { ScaleBand, ScaleSpec } from "./settings";

/**
 * What a scale grades, so both sides are put on one unit before comparing: a capaian fraction
 * (1 = 100%), a score 0-100 (AKIP: a capaian of 100% is 100), an index 0-5 (SPBE), or the user's bands.
 */
export type ScaleGrades = "fraksi" | "skor100" | "indeks5" | "sendiri";

/** A scale: bands by ascending lower bound; `exclusive` = a value must be above the bound (AKIP). */
export interface Scale {
  name: ScaleName | "custom";
  bands: ScaleBand[];
  exclusive: boolean;
  grades: ScaleGrades;
}

/** Permendagri 86/2017 read as gap-free thresholds on a fraction; above 100% stays Sangat Tinggi. */
export const PERMENDAGRI86: Scale = {
  name: "permendagri86",
  bands: [
    [-Infinity, "Sangat Rendah"],
    [0.51, "Rendah"],
    [0.66, "Sedang"],
    [0.76, "Tinggi"],
    [0.91, "Sangat Tinggi"],
  ],
  exclusive: false,
  grades: "fraksi",
};

/** PermenPAN-RB 88/2021: D 0-30, C >30-50, CC >50-60, B >60-70, BB >70-80, A >80-90, AA >90-100. */
export const AKIP: Scale = {
  name: "akip",
  bands: [
    [-Infinity, "D"],
    [30, "C"],
    [50, "CC"],
    [60, "B"],
    [70, "BB"],
    [80, "A"],
    [90, "AA"],
  ],
  exclusive: true,
  grades: "skor100",
};

/** SPBE index: >= 4,2 Memuaskan, >= 3,5 Sangat Baik, >= 2,6 Baik, >= 1,8 Cukup, below Kurang. */
export const SPBE: Scale = {
  name: "spbe",
  bands: [
    [-Infinity, "Kurang"],
    [1.8, "Cukup"],
    [2.6, "Baik"],
    [3.5, "Sangat Baik"],
    [4.2, "Memuaskan"],
  ],
  exclusive: false,
  grades: "indeks5",
};

// Thresholds such as 0.76 meet values computed as 0.7599999999999999: compare with a small slack.
const EPS = 1e-9;

/** The label of `value` on `scale` (the value must already be on the scale's own unit). */
export function labelPada(scale: Scale, value: number): string {
  let label = scale.bands[0][1];
  for (const [bound, name] of scale.bands) {
    const passes = scale.exclusive ? value > bound + EPS : value >= bound - EPS;
    if (passes || bound === -Infinity) label = name;
  }
  return label;
}

/** Index of the band `value` falls in (0 = lowest). */
export function peringkatPada(scale: Scale, value: number): number {
  return scale.bands.findIndex(([, name]) => name === labelPada(scale, value));
}

const PESAN_SKALA =
  'Pakai "permendagri86" (bawaan), "akip", "spbe", atau rentang dua kolom berisi batas bawah dan predikat.';

export const SCALE_BY_NAME: Record<ScaleName, Scale> = {
  permendagri86: PERMENDAGRI86,
  akip: AKIP,
  spbe: SPBE,
};

/** Bands typed by the user (a two-column range: lower bound, label), sorted ascending. */
export function skalaSendiri(bands: ScaleBand[]): Scale {
  if (bands.length === 0) throw new SakipError("invalidValue", `Skala kosong. ${PESAN_SKALA}`);
  for (const [bound, label] of bands) {
    if (typeof bound !== "number" || Number.isNaN(bound)) {
      throw new SakipError(
        "invalidValue",
        `Batas bawah ${tampil(bound)} pada skala bukan angka. ${PESAN_SKALA}`
      );
    }
    if (typeof label !== "string" || label.trim() === "") {
      throw new SakipError(
        "invalidValue",
        `Batas ${tampil(bound)} pada skala tidak punya nama predikat. ${PESAN_SKALA}`
      );
    }
  }
  const sorted = [...bands].sort((a, b) => a[0] - b[0]);
  return {
    name: "custom",
    bands: sorted.map(([b, l]): ScaleBand => [b, l.trim()]),
    exclusive: false,
    grades: "sendiri",
  };
}

// A printed interval as pasted from the seeds' PDF: "91% ≤ 100%", "76% - 90%", "≥ 91%", "< 50%",
// "<u>&lt;</u> 50%". Its lower bound is its first number; one that opens with "<" or "≤" is the lowest band.
const PEMBUKA_BAWAH = /^\s*(?:<u>)?(?:<=?|≤|&lt;)/;
const ANGKA_PERTAMA = /(\d+(?:[.,]\d+)?)\s*(%?)/;

/** The lower bound a scale cell states: a number, a text number, or a printed interval; else null. */
export function batasBawah(v: CellValue): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string") return null;
  try {
    return angka(v);
  } catch {
    // not a plain number: maybe an interval
  }
  const m = ANGKA_PERTAMA.exec(v);
  if (!m || !/[<>≤≥=\-–]|s\.?d\.?|sampai/i.test(v)) return null;
  if (PEMBUKA_BAWAH.test(v)) return -Infinity;
  return angka(`${m[1]}${m[2]}`);
}

/**
 * Reads a scale range: rows of lower bound | label (either order), as numbers or printed intervals.
 * Header rows before the first band, blank rows, and a leading row number column (No. 1, 2, 3) are skipped.
 */
export function bandsDariRentang(range: CellValue[][]): ScaleBand[] {
  const bands: ScaleBand[] = [];
  range.forEach((row, i) => {
    let cells = row.filter((c) => c !== null && c !== "");
    if (cells.length === 0) return;
    const pasangan = (x: CellValue, y: CellValue): boolean =>
      (batasBawah(x) !== null && typeof y === "string" && batasBawah(y) === null) ||
      (batasBawah(y) !== null && typeof x === "string" && batasBawah(x) === null);
    // "No." column: a row number 1, 2, 3... before a bound and a label
    if (
      cells.length === 3 &&
      /^[1-9]\d?\.?$/.test(String(cells[0]).trim()) &&
      pasangan(cells[1], cells[2])
    )
      cells = cells.slice(1);
    if (cells.length !== 2) {
      if (bands.length === 0 && cells.every((c) => batasBawah(c) === null)) return; // a title or header row
      throw new SakipError(
        "invalidValue",
        `Baris skala ke-${i + 1} (${row.map((c) => tampil(c)).join(" | ")}) harus berisi dua sel: batas bawah dan predikat. ${PESAN_SKALA}`
      );
    }
    const [a, b] = cells;
    const ba = batasBawah(a);
    const bb = batasBawah(b);
    if (ba !== null && typeof b === "string" && bb === null) bands.push([ba, b]);
    else if (bb !== null && typeof a === "string" && ba === null) bands.push([bb, a]);
    else if (bands.length === 0 && ba === null && bb === null)
      return; // a header row such as "Batas | Predikat"
    else
      throw new SakipError(
        "invalidValue",
        `Baris skala ke-${i + 1} (${tampil(a)} | ${tampil(b)}) tidak berisi satu batas angka dan satu nama predikat. ${PESAN_SKALA}`
      );
  });
  return bands;
}

/** Resolves a scale name (names.ts) or band list; blank = Permendagri 86. Unknown names throw invalidValue. */
export function skala(spec?: ScaleSpec | string | null): Scale {
  if (spec === undefined || spec === null) return PERMENDAGRI86;
  if (Array.isArray(spec)) return skalaSendiri(spec);
  // A cell handed over as the scale's name may hold a number or a logical: no scale has such a name.
  if (typeof spec !== "string")
    throw new SakipError("invalidValue", `Skala ${String(spec)} tidak dikenal. ${PESAN_SKALA}`);
  const name = readName(SCALE_NAMES, spec);
  if (name) return SCALE_BY_NAME[name];
  throw new SakipError("invalidValue", `Skala ${tampil(spec)} tidak dikenal. ${PESAN_SKALA}`);
}
