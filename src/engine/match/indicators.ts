// Pairs the indicators of a base list with those of another table, by name (see names.ts). The result
// is shown to the user, who may fix a pair; a fixed pair (override) wins over the name.
import { nameSimilarity, normalName } from "./names";

/** An indicator where it sits: the sheet, its absolute row, and its name as typed. */
export interface IndicatorRef {
  sheet: string;
  row: number;
  name: string;
}

export type MatchHow = "sama" | "mirip" | "manual" | "tidak-ada";

export interface IndicatorPair {
  base: IndicatorRef;
  other: IndicatorRef | null;
  how: MatchHow;
  /** 1 for the same name, below 1 for a tolerated typo, 0 when unmatched. */
  score: number;
}

/** A pair the user fixed: the indicator of `baseName` is the row `otherRow` of `otherSheet` (null: none). */
export interface MatchOverride {
  baseName: string;
  otherSheet: string;
  otherRow: number | null;
}

/**
 * Pairs each base indicator with at most one indicator of `others` (each used once): exact names first,
 * then the closest tolerated typo. Order of the result follows `base`.
 */
export function matchIndicators(
  base: IndicatorRef[],
  others: IndicatorRef[],
  overrides: MatchOverride[] = []
): IndicatorPair[] {
  const used = new Set<number>();
  const out: (IndicatorPair | undefined)[] = new Array<IndicatorPair | undefined>(base.length);
  const sheet = others[0]?.sheet;
  base.forEach((b, i) => {
    const o = overrides.find(
      (x) =>
        normalName(x.baseName) === normalName(b.name) &&
        sheet !== undefined &&
        x.otherSheet.toLowerCase() === sheet.toLowerCase()
    );
    if (!o) return;
    const j = o.otherRow === null ? -1 : others.findIndex((r) => r.row === o.otherRow);
    if (j >= 0) used.add(j);
    out[i] = {
      base: b,
      other: j >= 0 ? others[j]! : null,
      how: j >= 0 ? "manual" : "tidak-ada",
      score: j >= 0 ? 1 : 0,
    };
  });
  // Exact (normalized) names first so that a typo never steals an indicator's real partner.
  base.forEach((b, i) => {
    if (out[i]) return;
    const j = others.findIndex((r, k) => !used.has(k) && nameSimilarity(b.name, r.name) >= 0.99);
    if (j < 0) return;
    used.add(j);
    out[i] = { base: b, other: others[j]!, how: "sama", score: 1 };
  });
  base.forEach((b, i) => {
    if (out[i]) return;
    let best = -1;
    let score = 0;
    others.forEach((r, k) => {
      if (used.has(k)) return;
      const s = nameSimilarity(b.name, r.name);
      if (s > score) {
        score = s;
        best = k;
      }
    });
    if (best >= 0) {
      used.add(best);
      out[i] = { base: b, other: others[best]!, how: "mirip", score };
    } else {
      out[i] = { base: b, other: null, how: "tidak-ada", score: 0 };
    }
  });
  return out as IndicatorPair[];
}
