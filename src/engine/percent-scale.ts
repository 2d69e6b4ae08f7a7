// Where a bare number (typed without %) stops being a fraction and becomes percent points, for
// capaian and serapan. 10 (= 1000%), not 2: the fill writes capaian as fractions, and real
// over-achievement goes past 200% (Diskominfo 2024: 4225 informasi against a target of 1100 = 384%),
// while a capaian below 10% typed as points is rarer. One constant, so the engine and the native
// formulas of "Ubah ke rumus Excel biasa" agree.
export const BATAS_FRAKSI = 10;

/** A bare capaian / serapan as a fraction: 91,43 -> 0,9143; 3,84 stays 3,84 (384%). */
export function bareSebagaiFraksi(v: number): number {
  return Math.abs(v) > BATAS_FRAKSI ? v / 100 : v;
}
