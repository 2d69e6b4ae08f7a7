// Text helpers for header words: case, spacing, line breaks, accents and small typos do not matter.

/** Lower case, accents removed, line breaks and runs of spaces collapsed to one space. */
export function normalize(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Letters, digits and `%` only: "Realisa si 2024" -> "realisasi2024", "N O" -> "no". */
export function compact(text: string): string {
  return normalize(text).replace(/[^a-z0-9%]/g, "");
}

/** Four-digit years (1950-2099) in reading order: "Target 2026 (RPJMD 2021-2026)" -> [2026, 2021, 2026]. */
export function yearsIn(text: string): number[] {
  const out: number[] = [];
  const re = /(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push(Number(m[1]));
  return out;
}

/** True when a and b differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length,
    lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0,
    j = 0,
    edits = 0;
  while (i < la && j < lb) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (la > lb) i++;
    else if (lb > la) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (la - i) + (lb - j) <= 1;
}

/** A window of `text` within one edit of `word` (for typos such as "Kealisasi", "Indikatr"). */
export function fuzzyContains(text: string, word: string): boolean {
  for (let len = word.length - 1; len <= word.length + 1; len++) {
    for (let i = 0; i + len <= text.length; i++) {
      if (withinOneEdit(text.slice(i, i + len), word)) return true;
    }
  }
  return false;
}

/** A part of the year (a triwulan, semester or month) is not the year's figure. */
export const PERIODIC =
  /\b(triwulan|tw|semester|caturwulan|bulan|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\b/i;
/** A running total over a plan ("s.d. Tahun 2026", "kumulatif") is not the year's figure. */
export const CUMULATIVE = /(s\.?\s*d\.?\s|s\/d|sampai\s+dengan|kumulatif|cumulative)/i;

/**
 * "Realisasi s.d. 2024", "Capaian Kumulatif Renstra": a running total over the plan's years, not the figure
 * of the year it names ("s.d. Desember 2024" / "s.d. Triwulan IV" is the year's own figure).
 */
export function isAcrossYears(label: string): boolean {
  return CUMULATIVE.test(label) && !PERIODIC.test(label);
}
