// Capaian kinerja (docs/DOMAIN.md §3): R/T for higher-is-better, (2T-R)/T floored at 0 or T/R for
// lower-is-better, ordered categories for qualitative targets. Result is a fraction (1 = 100%).
import type { CellValue } from "./types";
import type { Polarity } from "./settings";
import { SakipError, tampil, terhingga } from "./errors";
import { bacaAngka, type NumberReading } from "./numbers";
import { kategori, type Kategori } from "./qualitative";
import { POLARITY_NAMES, readName } from "./names";
import { peringkatPada } from "./scales";

export type { Polarity } from "./settings";

const PESAN_ARAH =
  'Pakai "higher" (naik/positif), "lower" (turun/negatif) atau "lower-ratio" (T/R).';

/** Reads the direction (names.ts): higher/naik/positif, lower/turun/negatif, lower-ratio; blank = higher. */
export function parsePolarity(s?: string | null): Polarity {
  const p = readName(POLARITY_NAMES, s);
  if (p) return p;
  throw new SakipError("invalidValue", `Arah ${tampil(s)} tidak dikenal. ${PESAN_ARAH}`);
}

/** The numeric core on figures already on one scale. */
export function capaianAngka(target: number, realisasi: number, polarity: Polarity): number {
  if (!Number.isFinite(target) || !Number.isFinite(realisasi)) {
    throw new SakipError(
      "invalidNumber",
      `Target ${tampil(target)} atau realisasi ${tampil(realisasi)} bukan angka yang terhingga.`
    );
  }
  if (target === 0) {
    throw new SakipError(
      "divisionByZero",
      "Target 0: capaian tidak dapat dihitung karena tidak ada yang dibagi. Periksa target indikator ini (isi target yang sebenarnya, atau tulis capaian secara manual dengan penjelasan)."
    );
  }
  switch (polarity) {
    case "higher":
      return terhingga(realisasi / target, "Capaian");
    case "lower":
      return terhingga(Math.max(0, (2 * target - realisasi) / target), "Capaian");
    case "lower-ratio":
      if (realisasi === 0) {
        throw new SakipError(
          "divisionByZero",
          `Realisasi 0 dengan arah "lower-ratio" (T/R): capaian tidak terdefinisi. Pakai arah "lower" ((2T-R)/T) untuk indikator ini.`
        );
      }
      return terhingga(target / realisasi, "Capaian");
  }
}

/**
 * Puts target and realisasi on one scale. When exactly one was typed as a percent, the bare one is
 * read as percent points or as a fraction, whichever puts the two figures closer (on a log scale): the
 * bare figure is points when it is at least ten times the percent's fraction (80 against 91,00% gives
 * 80 and 91), else a fraction (0,8 against 91% gives 0,8 and 0,91).
 */
export function samakanSkala(t: NumberReading, r: NumberReading): [number, number] {
  if (t.percent === r.percent) return [t.value, r.value];
  const jarak = (a: number, b: number): number =>
    a === 0 || b === 0 ? Infinity : Math.abs(Math.log(Math.abs(a) / Math.abs(b)));
  if (t.percent) {
    return jarak(t.value * 100, r.value) <= jarak(t.value, r.value)
      ? [t.value * 100, r.value]
      : [t.value, r.value];
  }
  return jarak(t.value, r.value * 100) <= jarak(t.value, r.value)
    ? [t.value, r.value * 100]
    : [t.value, r.value];
}

function baca(v: CellValue | undefined, peran: "Target" | "Realisasi"): NumberReading {
  try {
    return bacaAngka(v);
  } catch (e) {
    if (e instanceof SakipError) throw new SakipError(e.code, `${peran}: ${e.message}`);
    throw e;
  }
}

/** A capaian cap: 1,2 or 120% or 120 (a bare number of 10 or more is read as percent points). */
export function bacaBatas(batas: CellValue | undefined): number | null {
  if (batas === undefined || batas === null || batas === "") return null;
  let r: NumberReading;
  try {
    r = bacaAngka(batas);
  } catch {
    throw new SakipError(
      "invalidValue",
      `Batas ${tampil(batas)} bukan angka. Tulis batas capaian seperti 120% atau 1,2, atau kosongkan.`
    );
  }
  const v = !r.percent && r.value >= 10 ? r.value / 100 : r.value;
  if (!(v > 0))
    throw new SakipError(
      "invalidValue",
      `Batas ${tampil(batas)} harus lebih dari 0. Tulis batas capaian seperti 120%, atau kosongkan.`
    );
  return v;
}

/** One side of a qualitative comparison: its rank on the scale and the figure to divide. */
function sisiKualitatif(
  v: CellValue,
  k: Kategori | null,
  scaleOf: Kategori,
  peran: string
): { rank: number; nilai: number } {
  if (k) {
    if (k.scale !== scaleOf.scale) {
      throw new SakipError(
        "invalidValue",
        `${peran} ${tampil(v)} dan ${tampil(scaleOf.label)} berasal dari skala kategori yang berbeda. Samakan skalanya.`
      );
    }
    return { rank: k.rank, nilai: k.anchor };
  }
  const numeric = scaleOf.scale.numeric;
  if (!numeric) {
    throw new SakipError(
      "invalidValue",
      `${peran} ${tampil(v)} berupa angka, sedangkan pasangannya kategori ${tampil(scaleOf.label)} yang tidak punya padanan angka. Tulis keduanya sebagai kategori.`
    );
  }
  const n = baca(v, peran === "Target" ? "Target" : "Realisasi").value;
  return { rank: peringkatPada(numeric, n), nilai: n };
}

function capaianKualitatif(
  target: CellValue,
  realisasi: CellValue,
  kt: Kategori | null,
  kr: Kategori | null
): number {
  const ref = (kt ?? kr) as Kategori;
  const t = sisiKualitatif(target, kt, ref, "Target");
  const r = sisiKualitatif(realisasi, kr, ref, "Realisasi");
  if (r.rank >= t.rank) return 1;
  if (t.nilai === 0) return 1;
  return r.nilai / t.nilai;
}

/**
 * Capaian as a fraction. `arah`: higher (default), lower = (2T-R)/T floored at 0, lower-ratio = T/R.
 * Qualitative targets (AKIP AA..D, Opini BPK, SPBE) go by rank: at or above the target is 100%,
 * below is the ratio of the anchors (B vs BB = 60/70). `batas` caps the result.
 */
export function capaian(
  target: CellValue,
  realisasi: CellValue,
  arah?: string | null,
  batas?: CellValue | null
): number {
  const polarity = parsePolarity(arah);
  const cap = bacaBatas(batas ?? null);
  const kt = kategori(target);
  const kr = kategori(realisasi);
  let hasil: number;
  if (kt || kr) {
    hasil = capaianKualitatif(target, realisasi, kt, kr);
  } else {
    const [t, r] = samakanSkala(baca(target, "Target"), baca(realisasi, "Realisasi"));
    try {
      hasil = capaianAngka(t, r, polarity);
    } catch (e) {
      if (e instanceof SakipError && e.code === "divisionByZero" && t === 0) {
        const siapa = typeof target === "number" ? "Target" : `Target ${tampil(target)}`;
        throw new SakipError(
          e.code,
          `${siapa} bernilai 0: capaian tidak dapat dihitung karena tidak ada yang dibagi. Periksa target indikator ini.`
        );
      }
      throw e;
    }
  }
  return cap !== null ? Math.min(hasil, cap) : hasil;
}
