// Arguments as operands of a native formula: numbers in, the engine's reading rules kept (a blank is
// #N/A, an error passes on). A text, a logical or a range where one figure belongs cannot be read by
// native arithmetic the way the add-in reads it, so such calls stay as they are (NotPortable).
import { BATAS_FRAKSI } from "../percent-scale";
import { angka } from "../numbers";
import { tampil } from "../errors";
import { kategori } from "../qualitative";
import type { CellValue } from "../types";
import { NotPortable, refLabel, type Arg } from "./portable-args";

/** An operand: `text` is atomic (safe next to any operator); `blankable` when it may be an empty cell. */
export interface Operand {
  text: string;
  blankable: boolean;
}

const ERROR_VALUE = /^#(?:DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

export function isBlank(v: CellValue): boolean {
  return v === null || v === "";
}

export function isErrorValue(v: CellValue): boolean {
  return typeof v === "string" && ERROR_VALUE.test(v);
}

/** Why a cell's current content keeps its formula as it is. */
export function whyNotNumber(where: string, v: CellValue): string {
  if (typeof v === "boolean") {
    return `${where} berisi nilai logika ${v ? "TRUE" : "FALSE"}, bukan angka. Isi ${where} dengan angka lalu ubah lagi.`;
  }
  let reading = "";
  try {
    reading = ` (add-in membacanya sebagai ${angka(v).toLocaleString("id-ID", { maximumFractionDigits: 6 })})`;
  } catch {
    // no reading to offer
  }
  const cat = kategori(v) ? " berupa kategori" : "";
  return (
    `${where} berisi teks ${tampil(v)}${cat}${reading}, bukan angka; rumus Excel biasa tidak membacanya seperti add-in. ` +
    `Ketik angkanya sebagai angka di ${where} lalu ubah lagi.`
  );
}

function literal(text: string): string {
  return /^[+-]/.test(text) ? `(${text})` : text;
}

/** One figure (target, realisasi, pagu, capaian...). `role` names it in messages. */
export function numberOperand(arg: Arg, role: string): Operand {
  switch (arg.kind) {
    case "omitted":
      throw new NotPortable(`argumen ${role} tidak diisi.`);
    case "number":
      return { text: literal(arg.text), blankable: false };
    case "string":
      throw new NotPortable(
        `${role} ditulis sebagai teks ${arg.text} di dalam rumus. Tulis angkanya tanpa tanda kutip lalu ubah lagi.`
      );
    case "expr":
      return { text: `(${arg.text})`, blankable: true };
    case "ref": {
      const cells = arg.values.flat();
      if (cells.length !== 1) {
        throw new NotPortable(
          `${role} menunjuk rentang ${refLabel(arg)} (${cells.length} sel), padahal harus satu sel.`
        );
      }
      const v = cells[0]!;
      if (typeof v === "number" || isBlank(v) || isErrorValue(v))
        return { text: arg.text, blankable: true };
      throw new NotPortable(whyNotNumber(refLabel(arg), v), inputOf(arg));
    }
  }
}

/** The referenced cell with its sheet, for the plan's summary of inputs to fix. */
export function inputOf(arg: Arg & { kind: "ref" }): string {
  return arg.text.includes("!")
    ? arg.text.replace(/\$/g, "")
    : `${arg.sheet}!${arg.text.replace(/\$/g, "")}`;
}

/** `IF(OR(a="",b=""),NA(),body)`: the add-in answers #N/A when a figure is missing. */
export function guard(ops: Operand[], body: string): string {
  const blank = ops.filter((o) => o.blankable).map((o) => `${o.text}=""`);
  if (blank.length === 0) return body;
  return `IF(${blank.length === 1 ? blank[0] : `OR(${blank.join(",")})`},NA(),${body})`;
}

/** A capaian or serapan as a fraction: a bare number above BATAS_FRAKSI is percent points (efisiensi, permendagri86). */
export function asFraction(x: Operand): string {
  return `IF(ABS(${x.text})>${BATAS_FRAKSI},${x.text}/100,${x.text})`;
}

/** A text literal in a formula. */
export function textLiteral(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** A number in a formula without exponent notation (HyperFormula and Excel both read it). */
export function numberLiteral(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return n < 0 ? `(${s})` : s;
  const fixed = n.toFixed(20).replace(/0+$/, "").replace(/\.$/, "");
  return n < 0 ? `(${fixed})` : fixed;
}
