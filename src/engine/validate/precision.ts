// Rounding awareness: how precisely a stated figure was written, and whether a recomputed value
// could have been printed as it was.

import type { NumberConvention } from "../numbers";

/** Decimals shown in a typed or displayed text ("91,43%" -> 2, "102%" -> 0, "2.358.277.568" -> 0). */
export function decimalsInText(text: string, convention: NumberConvention): number | null {
  const m = text.match(/\d[\d.,]*/);
  if (!m) return null;
  const digits = m[0].replace(/[.,]+$/, "");
  const lastSep = Math.max(digits.lastIndexOf(","), digits.lastIndexOf("."));
  if (lastSep < 0) return 0;
  const sep = digits[lastSep];
  const after = digits.length - lastSep - 1;
  const decimalSep = convention === "en" ? "." : ",";
  // A lone separator of the other kind followed by exactly three digits groups thousands.
  if (sep !== decimalSep && after === 3) return 0;
  if (sep !== decimalSep && digits.split(sep).length > 2) return 0;
  return after;
}

/** Decimals a number format shows ("0.00%" -> 2, "#,##0" -> 0); null for General or none. */
export function decimalsInFormat(format: string | undefined): number | null {
  if (!format || /^general$/i.test(format.trim())) return null;
  const first = format
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "");
  const m = first.match(/\.([0#]+)/);
  if (m) return m[1].length;
  return /[0#]/.test(first) ? 0 : null;
}

/** Decimals of a plain JS number as it would be typed (0.15 -> 2, 102.08 -> 2), at most 6. */
export function decimalsOfValue(v: number): number {
  if (!Number.isFinite(v)) return 0;
  for (let d = 0; d <= 6; d++) {
    if (Math.abs(Math.round(v * 10 ** d) - v * 10 ** d) < 1e-7) return d;
  }
  return 6;
}

/**
 * A stated figure could have been printed from `computed` when the two differ by at most half a unit
 * of the last decimal written, plus the user's tolerance (same unit as the values: percent points).
 */
export function fitsStated(
  computed: number,
  stated: number,
  decimals: number,
  tolerance: number
): boolean {
  const half = 0.5 * 10 ** -decimals;
  return Math.abs(computed - stated) <= half + tolerance + 1e-9;
}

/** Half a unit of the last written decimal: the rounding interval's half-width. */
export function halfUnit(decimals: number): number {
  return 0.5 * 10 ** -decimals;
}
