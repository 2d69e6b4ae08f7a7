// Arguments that choose a variant by name (arah, skala, metode). A literal is resolved now and picks the
// native shape; a single cell becomes a native index (1, 2, 3...) over the cell's value, for CHOOSE.
// The native index reads the names the way the engine does; the cell's current text is checked to be
// read the same, otherwise the call is left as it is.
import { SakipError } from "../errors";
import type { CellValue } from "../types";
import { NotPortable, refLabel, type Arg } from "./portable-args";
import { isErrorValue, textLiteral } from "./portable-operands";

export interface ChoiceSpec<T extends string> {
  /** Argument name in messages ("Arah"). */
  role: string;
  /** The engine's own reading of a name; throws SakipError for an unknown one. */
  parse: (s: string | null) => T;
  /** The variants in CHOOSE order. */
  options: readonly T[];
  /** Exact names (after normalization) and prefixes, each with its variant. */
  names: readonly (readonly [string, T])[];
  prefixes: readonly (readonly [string, T])[];
  /** The variant of a blank (after normalization). */
  blank: T;
  /** The native normalization of cell `x`, and the same in TypeScript to check the current text. */
  nativeNorm: (x: string) => string;
  simulate: (v: string) => string;
}

export type Choice<T extends string> = { fixed: T } | { index: string; current: T };

/** Excel's TRIM: no leading or trailing spaces, runs of inner spaces become one. */
export function excelTrim(s: string): string {
  return s.replace(/ +/g, " ").replace(/^ | $/g, "");
}

function simulateIndex<T extends string>(spec: ChoiceSpec<T>, v: string): T | null {
  if (/[*?~]/.test(v)) return null; // MATCH would read these as wildcards
  const n = spec.simulate(v);
  if (n === "") return spec.blank;
  for (const [p, t] of spec.prefixes) if (n.startsWith(p)) return t;
  for (const [name, t] of spec.names) if (name === n) return t;
  return null;
}

/** The native index expression of cell `ref` (errors pass on; an unknown name gives #VALUE!). */
function nativeIndex<T extends string>(spec: ChoiceSpec<T>, ref: string): string {
  const n = spec.nativeNorm(ref);
  const idx = (t: T): number => spec.options.indexOf(t) + 1;
  const lookup = `IFERROR(INDEX({${spec.names.map(([, t]) => idx(t)).join(",")}},1,MATCH(${n},{${spec.names.map(([s]) => textLiteral(s)).join(",")}},0)),#VALUE!)`;
  let body = lookup;
  for (const [p, t] of [...spec.prefixes].reverse())
    body = `IF(LEFT(${n},${p.length})=${textLiteral(p)},${idx(t)},${body})`;
  return `IF(${n}="",${idx(spec.blank)},${body})`;
}

export function readChoice<T extends string>(arg: Arg, spec: ChoiceSpec<T>): Choice<T> {
  const parse = (s: string | null): T => {
    try {
      return spec.parse(s);
    } catch (e) {
      if (e instanceof SakipError) throw new NotPortable(`${e.message}`);
      throw e;
    }
  };
  switch (arg.kind) {
    case "omitted":
      return { fixed: spec.blank };
    case "string":
      return { fixed: parse(arg.value === "" ? null : arg.value) };
    case "number":
      throw new NotPortable(
        `${spec.role} ${arg.text} bukan teks. Tulis ${spec.role.toLowerCase()} sebagai teks, misalnya ${textLiteral(spec.names[0]![0])}.`
      );
    case "expr":
      throw new NotPortable(
        `${spec.role} dihitung oleh rumus (${arg.text}); tulis ${spec.role.toLowerCase()} sebagai teks atau tunjuk sel yang berisi teksnya.`
      );
    case "ref": {
      const cells = arg.values.flat();
      if (cells.length !== 1)
        throw new NotPortable(
          `${spec.role} menunjuk rentang ${refLabel(arg)}, padahal harus satu sel.`
        );
      const v: CellValue = cells[0]!;
      if (isErrorValue(v)) return { index: nativeIndex(spec, arg.text), current: spec.blank };
      if (v !== null && v !== "" && typeof v !== "string") {
        // The engine refuses a number here too (#VALUE!): the native index does the same.
        return { index: nativeIndex(spec, arg.text), current: spec.blank };
      }
      const text = v === null ? "" : v;
      let engine: T | null;
      try {
        engine = spec.parse(text === "" ? null : text);
      } catch {
        engine = null; // an unknown name: the engine gives #VALUE!, and so must the native index
      }
      if (simulateIndex(spec, text) !== engine) {
        throw new NotPortable(
          `${spec.role} di ${refLabel(arg)} (${textLiteral(text)}) ditulis dengan cara yang tidak dapat dibaca rumus Excel biasa. Tulis ${textLiteral(spec.names[0]![0])} atau nama lain yang baku.`
        );
      }
      return { index: nativeIndex(spec, arg.text), current: engine ?? spec.blank };
    }
  }
}

/** One native formula per variant: the fixed one, or CHOOSE over the cell's index. */
export function byChoice<T extends string>(
  choice: Choice<T>,
  spec: ChoiceSpec<T>,
  shape: (t: T) => string
): string {
  if ("fixed" in choice) return shape(choice.fixed);
  const shapes = spec.options.map(shape);
  // Variants that are all the same formula need no CHOOSE, but the index still checks the name (#VALUE!).
  if (shapes.every((s) => s === shapes[0])) return `IF(${choice.index}>0,${shapes[0]})`;
  return `CHOOSE(${choice.index},${shapes.join(",")})`;
}

const removeChars = (x: string, chars: string[]): string =>
  chars.reduce((acc, ch) => `SUBSTITUTE(${acc},${textLiteral(ch)},"")`, `LOWER(${x})`);
const STRIP = [" ", "-", "_", ".", "/"];

/** Names read as the engine's normalisasiNama / parseMetode (lower case, no punctuation). */
export const compactNorm = {
  nativeNorm: (x: string): string => removeChars(x, STRIP),
  simulate: (v: string): string =>
    STRIP.reduce((acc, ch) => acc.split(ch).join(""), v.toLowerCase()),
};

/** Names read as parsePolarity (lower case, trimmed, spaces and _ as "-"). */
export const dashNorm = {
  nativeNorm: (x: string): string => `SUBSTITUTE(SUBSTITUTE(LOWER(TRIM(${x}))," ","-"),"_","-")`,
  simulate: (v: string): string =>
    excelTrim(v.toLowerCase()).split(" ").join("-").split("_").join("-"),
};
