// Predikat of a value on a rating scale. Percent scale rule (docs/DOMAIN.md §2: capaian may be 0,9143 or 91,43):
// - permendagri86 works on a fraction: a value typed with % is a fraction; a bare number above
//   BATAS_FRAKSI (10) is taken as percent points (91,43 -> 0,9143), a bare number up to it as a fraction
//   (0,9143; 3,84 = 384%). A capaian below 10% typed as points (5 for 5%) must be typed as 5%.
// - akip grades a score 0-100: a capaian typed with % or a bare number up to BATAS_FRAKSI is a fraction
//   and is multiplied by 100 (100% -> 100 -> AA, 83% -> 83); a bare number above it is the score itself.
// - spbe (index 0-5) takes the number as it is.
// - the user's bands: bands whose highest bound is 10 or more are percent points (91, 76, ...): a value
//   typed with % or a bare value up to BATAS_FRAKSI is multiplied by 100; bands of 2 or less are fractions
//   and a bare value above BATAS_FRAKSI is divided by 100; other bands (an index such as 1-5) take the number as it is.
import type { CellValue } from "./types";
import { SakipError } from "./errors";
import { bacaAngka, type NumberReading } from "./numbers";
import { BATAS_FRAKSI, bareSebagaiFraksi } from "./percent-scale";
import { labelPada, skala as resolveSkala, type Scale, type ScaleSpec } from "./scales";

export type { ScaleBand, ScaleSpec } from "./settings";

/** Puts a reading on the unit of `scale` (see the rule above). */
export function nilaiPadaSkala(scale: Scale, r: NumberReading): number {
  const v = r.value;
  switch (scale.name) {
    case "permendagri86":
      return r.percent ? v : bareSebagaiFraksi(v);
    case "akip":
      return r.percent || Math.abs(v) <= BATAS_FRAKSI ? v * 100 : v;
    case "spbe":
      return v;
    case "custom": {
      const finite = scale.bands.map(([b]) => b).filter((b) => Number.isFinite(b));
      const top = finite.length ? Math.max(...finite.map(Math.abs)) : 0;
      if (top >= 10 && (r.percent || Math.abs(v) <= BATAS_FRAKSI)) return v * 100;
      if (top <= 2 && !r.percent && Math.abs(v) > BATAS_FRAKSI) return v / 100;
      return v;
    }
  }
}

/** "Sangat Tinggi" for 0,9143 (default Permendagri 86), "BB" for 75 on "akip", and so on. */
export function predikat(nilai: CellValue, skala?: ScaleSpec | string | null): string {
  const scale = resolveSkala(skala);
  let reading: NumberReading;
  try {
    reading = bacaAngka(nilai);
  } catch (e) {
    if (e instanceof SakipError) throw new SakipError(e.code, `Predikat: ${e.message}`);
    throw e;
  }
  return labelPada(scale, nilaiPadaSkala(scale, reading));
}
