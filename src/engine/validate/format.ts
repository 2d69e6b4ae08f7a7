// How numbers and places are written in findings: Indonesian digits and A1 addresses.

export { columnLetter as columnLetters, toA1 as a1 } from "../recognize/address";

/**
 * A number the Indonesian way: dot thousands, comma decimals, at most `maxDecimals` decimals,
 * trailing zeros dropped (2358277568 -> "2.358.277.568", 104.698 -> "104,7").
 */
export function angkaId(n: number, maxDecimals = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(n) * factor) / factor;
  const [intPart, fracPart = ""] = rounded.toFixed(maxDecimals).split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const frac = fracPart.replace(/0+$/, "");
  const sign = n < 0 && rounded !== 0 ? "-" : "";
  return sign + grouped + (frac ? "," + frac : "");
}

/** A percent in points written with a % sign ("486%", "102,08%"). */
export function persenId(points: number, maxDecimals = 2): string {
  return `${angkaId(points, maxDecimals)}%`;
}

/** Round to `decimals` decimals without binary noise (for `expected` values). */
export function bulat(n: number, decimals = 4): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}
