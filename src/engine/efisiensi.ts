// Efisiensi (docs/DOMAIN.md §3): "rasio" E = 1 - serapan/capaian (seeds, PMK 249/2011 per item),
// "selisih" = capaian - serapan, "pmk" = 50% + (E clamped to ±20%) / 20% x 50%.
// Capaian and serapan may come as fractions (0,98) or percent points (98): a value typed with % is a
// fraction, a bare number above BATAS_FRAKSI (10) is percent points. Results are fractions.
import type { CellValue } from "./types";
import type { EfficiencyMethod } from "./settings";
import { SakipError, tampil, terhingga } from "./errors";
import { METHOD_NAMES, readName } from "./names";
import { bacaAngka } from "./numbers";
import { bareSebagaiFraksi } from "./percent-scale";

export type { EfficiencyMethod } from "./settings";

/** A capaian or serapan as a fraction (see the rule above). */
export function sebagaiFraksi(v: CellValue | undefined, peran: string): number {
  try {
    const r = bacaAngka(v);
    return r.percent ? r.value : bareSebagaiFraksi(r.value);
  } catch (e) {
    if (e instanceof SakipError) throw new SakipError(e.code, `${peran}: ${e.message}`);
    throw e;
  }
}

/** "rasio" (default), "selisih", "pmk" (also "pmk249", "PMK 249/2011"), as names.ts lists them; unknown names throw invalidValue. */
export function parseMetode(s?: string | null): EfficiencyMethod {
  const m = readName(METHOD_NAMES, s);
  if (m) return m;
  throw new SakipError(
    "invalidValue",
    `Metode efisiensi ${tampil(s)} tidak dikenal. Pakai "rasio" (1 - serapan/capaian), "selisih" (capaian - serapan) atau "pmk" (nilai PMK 249/2011).`
  );
}

/** Efficiency of a unit or sasaran from its capaian kinerja and serapan anggaran (fractions out). */
export function efisiensi(
  capaian: CellValue,
  serapan: CellValue,
  metode?: EfficiencyMethod | string | null
): number {
  const m = parseMetode(metode);
  const c = sebagaiFraksi(capaian, "Capaian");
  const s = sebagaiFraksi(serapan, "Serapan");
  if (m === "selisih") return terhingga(c - s, "Efisiensi");
  if (c === 0) {
    throw new SakipError(
      "divisionByZero",
      `${typeof capaian === "number" ? "Capaian" : `Capaian ${tampil(capaian)}`} bernilai 0: efisiensi (1 - serapan/capaian) tidak dapat dihitung. Periksa capaian, atau pakai metode "selisih".`
    );
  }
  const e = terhingga(1 - s / c, "Efisiensi");
  if (m === "rasio") return e;
  const clamped = Math.max(-0.2, Math.min(0.2, e));
  return 0.5 + (clamped / 0.2) * 0.5;
}
