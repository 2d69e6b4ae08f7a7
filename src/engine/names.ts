// The one table of names the user may write for a direction (arah), an efficiency method (metode) and a rating
// scale (skala): the functions' parsing (capaian, efisiensi, scales), the portable formulas' lookups and the
// settings' allowed values all come from here, so a synonym added once is understood everywhere.
import type { EfficiencyMethod, Polarity } from "./settings";

export type ScaleName = "permendagri86" | "akip" | "spbe";

export interface NameTable<T extends string> {
  /** The canonical names, in a fixed order (the portable formulas' CHOOSE order). */
  options: readonly T[];
  /** Exact names, already normalized, each with what it means. */
  names: readonly (readonly [string, T])[];
  /** Names that start with these (normalized) mean the variant: "PMK 249/2011" -> pmk. */
  prefixes: readonly (readonly [string, T])[];
  /** What a blank means. */
  blank: T;
  /** How a typed name is normalized before the lookup. */
  normalize: (s: string) => string;
}

/** Lower case, trimmed, runs of spaces and "_" as "-": "Lower ratio" = "lower-ratio". */
export const dashed = (s: string): string =>
  s
    .toLowerCase()
    .trim()
    .replace(/[\s_]+/g, "-");
/** Lower case, letters and digits only: "PMK 249/2011" = "pmk2492011". */
export const compact = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, "");

const each = <T extends string>(t: T, words: string[]): (readonly [string, T])[] =>
  words.map((w) => [w, t] as const);

export const POLARITY_NAMES: NameTable<Polarity> = {
  options: ["higher", "lower", "lower-ratio"],
  names: [
    ...each<Polarity>("higher", [
      "higher",
      "naik",
      "positif",
      "positive",
      "tinggi",
      "up",
      "meningkat",
      "+",
    ]),
    ...each<Polarity>("lower", [
      "lower",
      "turun",
      "negatif",
      "negative",
      "rendah",
      "down",
      "menurun",
      "-",
    ]),
    ...each<Polarity>("lower-ratio", [
      "lower-ratio",
      "rasio",
      "ratio",
      "t/r",
      "turun-rasio",
      "negatif-rasio",
      "lower-ratio-t/r",
    ]),
  ],
  prefixes: [],
  blank: "higher",
  normalize: dashed,
};

export const METHOD_NAMES: NameTable<EfficiencyMethod> = {
  options: ["rasio", "selisih", "pmk"],
  names: [
    ...each<EfficiencyMethod>("rasio", ["rasio", "ratio"]),
    ...each<EfficiencyMethod>("selisih", ["selisih", "difference", "beda"]),
    ...each<EfficiencyMethod>("pmk", ["pmk"]),
  ],
  prefixes: [["pmk249", "pmk"]],
  blank: "rasio",
  normalize: compact,
};

export const SCALE_NAMES: NameTable<ScaleName> = {
  options: ["permendagri86", "akip", "spbe"],
  names: [
    ...each<ScaleName>("permendagri86", ["permendagri", "pmdn86"]),
    ...each<ScaleName>("akip", ["akip", "lakip", "sakip", "rb", "indeksrb"]),
    ...each<ScaleName>("spbe", ["spbe", "indeksspbe"]),
  ],
  prefixes: [
    ["permendagri86", "permendagri86"],
    ["permenpanrb88", "akip"],
  ],
  blank: "permendagri86",
  normalize: compact,
};

/** What a typed name means in `table`; undefined when it is none of its names. Null and undefined read as blank. */
export function readName<T extends string>(
  table: NameTable<T>,
  s: string | null | undefined
): T | undefined {
  if (s === undefined || s === null) return table.blank;
  const n = table.normalize(String(s));
  if (n === "") return table.blank;
  for (const [p, t] of table.prefixes) if (n.startsWith(p)) return t;
  for (const [name, t] of table.names) if (name === n) return t;
  return undefined;
}
