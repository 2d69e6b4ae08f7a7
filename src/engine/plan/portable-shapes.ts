// The native Excel formula of each =SAKIP.* function, built from its arguments. Each shape follows the
// engine step by step (same arithmetic, same order of checks, same error kinds for numeric inputs):
// CAPAIAN R/T, MAX(0,(2T-R)/T), T/R; PREDIKAT nested IFs over the scale's bounds with the engine's
// 1e-9 slack; SERAPAN R/P; SISA P-R; EFISIENSI on fractions; RATA_CAPAIAN AVERAGE with the median rule.
import { BATAS_FRAKSI } from "../percent-scale";
import { bacaBatas, parsePolarity, type Polarity } from "../capaian";
import { parseMetode, type EfficiencyMethod } from "../efisiensi";
import { METHOD_NAMES, POLARITY_NAMES, SCALE_NAMES, type ScaleName } from "../names";
import { kosong } from "../numbers";
import { kategori, type OrderedScale } from "../qualitative";
import { SCALE_BY_NAME, skala, type Scale } from "../scales";
import { SakipError, tampil } from "../errors";
import { NotPortable, refLabel, type Arg } from "./portable-args";
import { arrayConstant, arrayScaleShape, customScaleShape } from "./portable-custom-scale";
import {
  byChoice,
  compactNorm,
  dashNorm,
  excelTrim,
  readChoice,
  type ChoiceSpec,
} from "./portable-choice";
import {
  asFraction,
  guard,
  isBlank,
  isErrorValue,
  numberLiteral,
  numberOperand,
  textLiteral,
  whyNotNumber,
  type Operand,
} from "./portable-operands";

/** The engine's slack on scale bounds (scales.ts EPS), written without exponent notation. */
const EPS = "0.000000001";

export const ARAH_SPEC: ChoiceSpec<Polarity> = {
  role: "Arah",
  parse: (s) => parsePolarity(s),
  options: POLARITY_NAMES.options,
  names: POLARITY_NAMES.names,
  prefixes: POLARITY_NAMES.prefixes,
  blank: POLARITY_NAMES.blank,
  ...dashNorm,
};

export const SKALA_SPEC: ChoiceSpec<ScaleName> = {
  role: "Skala",
  parse: (s) => {
    const sc = skala(s);
    if (sc.name === "custom") throw new SakipError("invalidValue", "Skala sendiri");
    return sc.name;
  },
  options: SCALE_NAMES.options,
  names: SCALE_NAMES.names,
  prefixes: SCALE_NAMES.prefixes,
  blank: SCALE_NAMES.blank,
  ...compactNorm,
};

export const METODE_SPEC: ChoiceSpec<EfficiencyMethod> = {
  role: "Metode",
  parse: (s) => parseMetode(s),
  options: METHOD_NAMES.options,
  names: METHOD_NAMES.names,
  prefixes: METHOD_NAMES.prefixes,
  blank: METHOD_NAMES.blank,
  ...compactNorm,
};

function arity(name: string, args: Arg[], max: number): void {
  if (args.length > max)
    throw new NotPortable(`SAKIP.${name} diberi ${args.length} argumen, lebih dari ${max}.`);
}

// ---- CAPAIAN ---------------------------------------------------------------------------------

function capaianShape(p: Polarity, t: Operand, r: Operand): string {
  switch (p) {
    case "higher":
      return guard([t, r], `${r.text}/${t.text}`);
    case "lower":
      return guard([t, r], `MAX(0,(2*${t.text}-${r.text})/${t.text})`);
    case "lower-ratio":
      return guard([t, r], `IF(${t.text}=0,#DIV/0!,${t.text}/${r.text})`);
  }
}

/** The cap: none, a constant read now, or the cell's figure (>= 10 is percent points, <= 0 is #VALUE!). */
function withBatas(arg: Arg | undefined, body: string): string {
  if (arg === undefined || arg.kind === "omitted") return body;
  if (arg.kind === "number" || arg.kind === "string") {
    let cap: number | null;
    try {
      cap = bacaBatas(arg.kind === "number" ? arg.value : arg.value);
    } catch (e) {
      throw new NotPortable(e instanceof Error ? e.message : String(e));
    }
    return cap === null ? body : `MIN(${body},${numberLiteral(cap)})`;
  }
  if (arg.kind === "expr")
    throw new NotPortable(
      `Batas dihitung oleh rumus (${arg.text}); tulis batasnya sebagai angka atau tunjuk selnya.`
    );
  const cells = arg.values.flat();
  if (cells.length !== 1)
    throw new NotPortable(`Batas menunjuk rentang ${refLabel(arg)}, padahal harus satu sel.`);
  const v = cells[0]!;
  if (!(typeof v === "number" || isBlank(v) || isErrorValue(v)))
    throw new NotPortable(whyNotNumber(refLabel(arg), v));
  const b = arg.text;
  return `IF(${b}="",${body},IF(${b}<=0,#VALUE!,MIN(${body},IF(${b}>=10,${b}/100,${b}))))`;
}

/** Both sides of a qualitative capaian: categories (or blank) on one ordered scale. */
function categoryText(arg: Arg, role: string): { text: string; scale: OrderedScale | null } {
  if (arg.kind === "string") {
    const k = kategori(arg.value);
    if (!k) throw new NotPortable(`${role} ${arg.text} bukan kategori yang dikenal.`);
    return { text: arg.text, scale: k.scale };
  }
  if (arg.kind !== "ref" || arg.values.flat().length !== 1) {
    throw new NotPortable(`${role} harus satu sel berisi kategori bila pasangannya kategori.`);
  }
  const v = arg.values.flat()[0]!;
  if (isBlank(v) || isErrorValue(v)) return { text: arg.text, scale: null };
  const k = kategori(v);
  if (!k) {
    throw new NotPortable(
      `${refLabel(arg)} berisi ${tampil(v)}, sedangkan pasangannya berupa kategori; rumus Excel biasa tidak dapat membandingkan keduanya seperti add-in. Tulis keduanya sebagai kategori.`
    );
  }
  // The native MATCH compares the trimmed text, ignoring case: the text must be a name as it is.
  const names = k.scale.levels
    .flatMap((lv) => [lv.label, ...lv.aliases])
    .map((n) => n.toLowerCase());
  const typed = excelTrim(String(v)).toLowerCase();
  if (/[*?~]/.test(typed) || !names.includes(typed)) {
    throw new NotPortable(
      `${refLabel(arg)} berisi ${tampil(v)}: add-in membacanya sebagai ${k.label}, rumus Excel biasa tidak. Tulis ${textLiteral(k.label)} saja di ${refLabel(arg)}.`
    );
  }
  return { text: arg.text, scale: k.scale };
}

function qualitativeShape(t: { text: string }, r: { text: string }, scale: OrderedScale): string {
  const names: string[] = [];
  const ranks: number[] = [];
  const anchors: number[] = [];
  scale.levels.forEach((lv, rank) => {
    for (const n of [lv.label, ...lv.aliases]) {
      names.push(n);
      ranks.push(rank + 1);
      anchors.push(lv.anchor);
    }
  });
  const list = `{${names.map(textLiteral).join(",")}}`;
  const pos = (x: string): string => `MATCH(TRIM(${x}),${list},0)`;
  const plain = ranks.every((rk, i) => rk === i + 1);
  const rank = (x: string): string => (plain ? pos(x) : `CHOOSE(${pos(x)},${ranks.join(",")})`);
  const anchor = (x: string): string => `CHOOSE(${pos(x)},${anchors.map(numberLiteral).join(",")})`;
  const body = `IF(${rank(r.text)}>=${rank(t.text)},1,${anchor(r.text)}/${anchor(t.text)})`;
  // Opini BPK has no numbers: the engine refuses a blank side as a figure of no scale (#VALUE!);
  // on AKIP / SPBE a blank is a missing figure (#N/A), which MATCH gives by itself.
  return scale.numeric ? body : `IF(OR(${t.text}="",${r.text}=""),#VALUE!,${body})`;
}

function isCategoryArg(arg: Arg): boolean {
  if (arg.kind === "string") return kategori(arg.value) !== null;
  if (arg.kind === "ref" && arg.values.flat().length === 1)
    return kategori(arg.values.flat()[0]!) !== null;
  return false;
}

export function capaianNative(args: Arg[]): string {
  arity("CAPAIAN", args, 4);
  const [
    tArg = { kind: "omitted" },
    rArg = { kind: "omitted" },
    arahArg = { kind: "omitted" },
    batasArg,
  ] = args as Arg[];
  const arah = readChoice(arahArg, ARAH_SPEC);
  if (isCategoryArg(tArg) || isCategoryArg(rArg)) {
    const t = categoryText(tArg, "Target");
    const r = categoryText(rArg, "Realisasi");
    if (t.scale && r.scale && t.scale !== r.scale) {
      throw new NotPortable(
        `target dan realisasi berasal dari skala kategori yang berbeda (${t.scale.name} dan ${r.scale.name}); add-in pun menolaknya. Samakan skalanya.`
      );
    }
    const body = withBatas(batasArg, qualitativeShape(t, r, (t.scale ?? r.scale)!));
    return byChoice(arah, ARAH_SPEC, () => body);
  }
  const t = numberOperand(tArg, "Target");
  const r = numberOperand(rArg, "Realisasi");
  return byChoice(arah, ARAH_SPEC, (p) => withBatas(batasArg, capaianShape(p, t, r)));
}

// ---- PREDIKAT --------------------------------------------------------------------------------

/** Nested IFs from the best band down, with the engine's slack (>= b - eps, or > b + eps when exclusive). */
export function labelsShape(scale: Scale, y: string): string {
  const bands = [...scale.bands].sort((a, b) => a[0] - b[0]);
  let out = textLiteral(bands[0]![1]);
  for (const [bound, label] of bands.slice(1)) {
    const test = scale.exclusive
      ? `${y}>${numberLiteral(bound)}+${EPS}`
      : `${y}>=${numberLiteral(bound)}-${EPS}`;
    out = `IF(${test},${textLiteral(label)},${out})`;
  }
  return out;
}

function predikatShape(name: ScaleName, v: Operand): string {
  const scale = SCALE_BY_NAME[name];
  // nilaiPadaSkala: permendagri86 grades a fraction (a bare number above BATAS_FRAKSI is percent points);
  // akip a score 0-100 (a number up to BATAS_FRAKSI is a fraction: 100% is 100); spbe an index as it is.
  const y =
    name === "permendagri86"
      ? asFraction(v)
      : name === "akip"
        ? `IF(ABS(${v.text})<=${BATAS_FRAKSI},${v.text}*100,${v.text})`
        : v.text;
  return guard([v], labelsShape(scale, y));
}

export function predikatNative(args: Arg[]): string {
  arity("PREDIKAT", args, 2);
  const [vArg = { kind: "omitted" }, sArg = { kind: "omitted" }] = args as Arg[];
  if (sArg.kind === "ref" && sArg.values.flat().length > 1)
    return customScaleShape(sArg, numberOperand(vArg, "Nilai"));
  const constant = sArg.kind === "expr" ? arrayConstant(sArg.text) : null;
  if (constant) return arrayScaleShape(constant, numberOperand(vArg, "Nilai"), labelsShape);
  const choice = readChoice(sArg, SKALA_SPEC);
  const v = numberOperand(vArg, "Nilai");
  return byChoice(choice, SKALA_SPEC, (s) => predikatShape(s, v));
}

// ---- anggaran, efisiensi, angka --------------------------------------------------------------

export function serapanNative(args: Arg[]): string {
  arity("SERAPAN", args, 2);
  const p = numberOperand(args[0] ?? { kind: "omitted" }, "Pagu");
  const r = numberOperand(args[1] ?? { kind: "omitted" }, "Realisasi anggaran");
  return guard([p, r], `${r.text}/${p.text}`);
}

export function sisaNative(args: Arg[]): string {
  arity("SISA", args, 2);
  const p = numberOperand(args[0] ?? { kind: "omitted" }, "Pagu");
  const r = numberOperand(args[1] ?? { kind: "omitted" }, "Realisasi anggaran");
  return guard([p, r], `${p.text}-${r.text}`);
}

function efisiensiShape(m: EfficiencyMethod, c: Operand, s: Operand): string {
  const fc = asFraction(c);
  const fs = asFraction(s);
  switch (m) {
    case "selisih":
      return guard([c, s], `${fc}-${fs}`);
    case "rasio":
      return guard([c, s], `1-${fs}/${fc}`);
    case "pmk":
      return guard([c, s], `0.5+MAX(-0.2,MIN(0.2,1-${fs}/${fc}))/0.2*0.5`);
  }
}

export function efisiensiNative(args: Arg[]): string {
  arity("EFISIENSI", args, 3);
  const metode = readChoice(args[2] ?? { kind: "omitted" }, METODE_SPEC);
  const c = numberOperand(args[0] ?? { kind: "omitted" }, "Capaian");
  const s = numberOperand(args[1] ?? { kind: "omitted" }, "Serapan");
  return byChoice(metode, METODE_SPEC, (m) => efisiensiShape(m, c, s));
}

export function angkaNative(args: Arg[]): string {
  arity("ANGKA", args, 1);
  const x = numberOperand(args[0] ?? { kind: "omitted" }, "Teks");
  return guard([x], x.text);
}

/**
 * Mean of the capaian with the engine's rule (median above 2 = percent points). Only cells that native
 * AVERAGE reads the same way: numbers of 0 or more, blanks, and "-" / "NA" (skipped by both).
 */
export function rataNative(args: Arg[]): string {
  if (args.length === 0) throw new NotPortable("SAKIP.RATA_CAPAIAN tanpa rentang.");
  const parts = args.map((a) => {
    if (a.kind === "number" && a.value >= 0) return a.text;
    if (a.kind !== "ref")
      throw new NotPortable("argumen SAKIP.RATA_CAPAIAN harus rentang sel atau angka.");
    a.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (typeof v === "number") {
          if (v < 0)
            throw new NotPortable(
              `rentang ${refLabel(a)} berisi angka negatif (${tampil(v)}) di baris ke-${i + 1} kolom ke-${j + 1}; aturan median add-in memakai nilai mutlak, rumus Excel biasa tidak.`
            );
          return;
        }
        if (isBlank(v) || isErrorValue(v) || kosong(v)) return;
        throw new NotPortable(
          whyNotNumber(`sel ke-${i * row.length + j + 1} rentang ${refLabel(a)}`, v)
        );
      })
    );
    return a.text;
  });
  const list = parts.join(",");
  return `IF(COUNT(${list})=0,NA(),AVERAGE(${list})/IF(MEDIAN(${list})>${BATAS_FRAKSI},100,1))`;
}

export type Rewriter = (args: Arg[]) => string;

export const NATIVE: Record<string, Rewriter> = {
  CAPAIAN: capaianNative,
  PREDIKAT: predikatNative,
  SERAPAN: serapanNative,
  SISA: sisaNative,
  EFISIENSI: efisiensiNative,
  RATA_CAPAIAN: rataNative,
  ANGKA: angkaNative,
  ARAH: () => {
    throw new NotPortable(
      'SAKIP.ARAH menebak arah dari kata-kata nama indikator; rumus Excel biasa tidak dapat melakukannya. Ganti SAKIP.ARAH(...) dengan "higher" atau "lower" lalu ubah lagi.'
    );
  },
};
