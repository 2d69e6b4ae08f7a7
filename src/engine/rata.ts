// Average capaian of a sasaran or of the report (docs/DOMAIN.md §3): the mean of its indicators' capaian.
import type { CellValue } from "./types";
import { SakipError, tampil, terhingga } from "./errors";
import { bacaAngka, kosong, type NumberReading } from "./numbers";
import { BATAS_FRAKSI } from "./percent-scale";

/**
 * Mean of the capaian in a list or range, as a fraction. Blanks, "-" and "NA" are skipped (not
 * measured); text that is no number throws naming it. Values typed with % are fractions; bare numbers
 * are percent points when their median is above BATAS_FRAKSI = 10 (a column of 102, 97, ...), else fractions.
 */
export function rataCapaian(values: CellValue[] | CellValue[][]): number {
  const flat: CellValue[] = [];
  for (const v of values as (CellValue | CellValue[])[]) {
    if (Array.isArray(v)) flat.push(...v);
    else flat.push(v);
  }
  const readings: NumberReading[] = [];
  flat.forEach((v, i) => {
    if (kosong(v)) return;
    try {
      readings.push(bacaAngka(v));
    } catch (e) {
      if (e instanceof SakipError) {
        throw new SakipError(
          e.code,
          `Nilai ke-${i + 1} dalam rentang, ${tampil(v)}, bukan angka capaian. Perbaiki atau kosongkan sel itu.`
        );
      }
      throw e;
    }
  });
  if (readings.length === 0) {
    throw new SakipError(
      "notAvailable",
      "Rentang tidak berisi satu pun angka capaian. Pilih sel-sel capaian indikator."
    );
  }
  const bare = readings
    .filter((r) => !r.percent)
    .map((r) => Math.abs(r.value))
    .sort((a, b) => a - b);
  const median =
    bare.length === 0
      ? 0
      : bare.length % 2
        ? bare[(bare.length - 1) / 2]
        : (bare[bare.length / 2 - 1] + bare[bare.length / 2]) / 2;
  const points = median > BATAS_FRAKSI;
  const sum = readings.reduce(
    (acc, r) => acc + (r.percent || !points ? r.value : r.value / 100),
    0
  );
  return terhingga(sum / readings.length, "Rata-rata capaian");
}
