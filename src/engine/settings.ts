// What the user controls (task pane settings kept in the workbook, command-line flags / JSON file).
// One shape for validation, fill and compare, so every host gives the same answers.

/** Direction of an indicator: higher is better, lower is better ((2T-R)/T), or lower as the ratio T/R. */
export type Polarity = "higher" | "lower" | "lower-ratio";

/** How a lower-is-better indicator is scored: a fixed formula, or "auto" = follow what the report itself uses. */
export type LowerFormula = "lower" | "lower-ratio" | "auto";

export type EfficiencyMethod = "rasio" | "selisih" | "pmk";

export type ScaleBand = [number, string];
export type ScaleSpec = "permendagri86" | "akip" | "spbe" | ScaleBand[];

export interface AnalysisSettings {
  /** Direction per indicator, keyed by the indicator's name normalized with `indicatorKey`. Missing = suggested by `arah`. */
  polarity: Record<string, Polarity>;
  lowerFormula: LowerFormula;
  /** Rating scale for predikat; "auto" = a scale found in the workbook, else Permendagri 86/2017. */
  scale: ScaleSpec | "auto";
  /** Efficiency formula; "auto" = the one the workbook's own figures fit, else "rasio". */
  efficiency: EfficiencyMethod | "auto";
  /** Rounding tolerance in percentage points when comparing a stated percent with a recomputed one. */
  tolerance: number;
  language: "id" | "en";
}

export const DEFAULT_SETTINGS: AnalysisSettings = {
  polarity: {},
  lowerFormula: "auto",
  scale: "auto",
  efficiency: "auto",
  tolerance: 0.5,
  language: "id",
};

/** Key under which a per-indicator choice is kept: case, spacing and punctuation do not matter. */
export function indicatorKey(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
