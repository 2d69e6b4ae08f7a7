// Budget figures (docs/DOMAIN.md §3): serapan = realisasi / pagu, sisa = pagu - realisasi.
import type { CellValue } from "./types";
import { SakipError, tampil, terhingga } from "./errors";
import { bacaAngka } from "./numbers";

function baca(v: CellValue | undefined, peran: "Pagu" | "Realisasi anggaran"): number {
  try {
    return bacaAngka(v).value;
  } catch (e) {
    if (e instanceof SakipError) throw new SakipError(e.code, `${peran}: ${e.message}`);
    throw e;
  }
}

/** Serapan anggaran as a fraction: realisasi / pagu. Pagu 0 throws divisionByZero. */
export function serapan(pagu: CellValue, realisasi: CellValue): number {
  const p = baca(pagu, "Pagu");
  const r = baca(realisasi, "Realisasi anggaran");
  if (p === 0) {
    throw new SakipError(
      "divisionByZero",
      `${typeof pagu === "number" ? "Pagu" : `Pagu ${tampil(pagu)}`} bernilai 0: serapan tidak dapat dihitung. Periksa pagu anggaran baris ini.`
    );
  }
  return terhingga(r / p, "Serapan");
}

/** Sisa anggaran: pagu - realisasi (negative when realisasi exceeds pagu). */
export function sisa(pagu: CellValue, realisasi: CellValue): number {
  return terhingga(baca(pagu, "Pagu") - baca(realisasi, "Realisasi anggaran"), "Sisa");
}
