// Host-agnostic implementations of the =SAKIP.* functions: real Excel (functions.ts) and the in-memory
// Excel (HyperFormula plugin) both call these. Arguments are cell values or 2-D ranges; every bad
// input throws SakipError, which each host maps to its own error values.
import {
  SakipError,
  angka,
  arah,
  bandsDariRentang,
  capaian,
  efisiensi,
  predikat,
  rataCapaian,
  serapan,
  sisa,
  type CellValue,
  type ScaleSpec,
} from "../engine/index";

/** A function argument: one cell value, a range (rows of cells), or nothing (omitted optional). */
export type FunctionArg = CellValue | CellValue[][] | undefined;

export type SakipFunctionName =
  "CAPAIAN" | "PREDIKAT" | "SERAPAN" | "SISA" | "EFISIENSI" | "RATA_CAPAIAN" | "ARAH" | "ANGKA";

export const SAKIP_FUNCTION_NAMES: readonly SakipFunctionName[] = [
  "CAPAIAN",
  "PREDIKAT",
  "SERAPAN",
  "SISA",
  "EFISIENSI",
  "RATA_CAPAIAN",
  "ARAH",
  "ANGKA",
];

function isCell(v: unknown): v is CellValue {
  return v === null || typeof v === "number" || typeof v === "string" || typeof v === "boolean";
}

/** An Excel error value as hosts pass it in a range ("#DIV/0!"), and the error it carries on. */
const GALAT_EXCEL = /^#(?:DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

function teruskanGalat(v: CellValue, nama: string): CellValue {
  if (typeof v !== "string" || !GALAT_EXCEL.test(v)) return v;
  // Like Excel's own functions: an error in an argument comes out as the same kind of error.
  const code = v === "#DIV/0!" ? "divisionByZero" : v === "#N/A" ? "notAvailable" : "invalidValue";
  throw new SakipError(code, `${nama} berisi galat ${v}. Perbaiki dulu sel asalnya.`);
}

/** Excel hands a range to a scalar parameter only by mistake: a single cell is fine, more is not. */
export function satuSel(arg: FunctionArg | unknown, nama: string): CellValue {
  if (arg === undefined) return null;
  if (Array.isArray(arg)) {
    const cells = (arg as unknown[]).flat();
    if (cells.length === 1 && isCell(cells[0])) return teruskanGalat(cells[0], nama);
    throw new SakipError(
      "invalidValue",
      `${nama} harus satu sel atau satu nilai, bukan rentang ${cells.length} sel.`
    );
  }
  if (isCell(arg)) return teruskanGalat(arg, nama);
  throw new SakipError(
    "invalidValue",
    `${nama} berisi jenis nilai yang tidak dapat dibaca. Isi dengan angka atau teks.`
  );
}

/** A range as rows of cell values; a single value becomes a 1x1 range. */
export function rentang(arg: FunctionArg | unknown, nama: string): CellValue[][] {
  if (arg === undefined) return [];
  if (!Array.isArray(arg)) return [[satuSel(arg, nama)]];
  return (arg as unknown[]).map((row) =>
    (Array.isArray(row) ? row : [row]).map((c) => satuSel(c, nama))
  );
}

function teksOpsional(arg: FunctionArg | unknown, nama: string): string | null {
  const v = satuSel(arg, nama);
  if (v === null || v === "") return null;
  if (typeof v !== "string") {
    throw new SakipError("invalidValue", `${nama} harus berupa teks, bukan ${String(v)}.`);
  }
  return v;
}

/** skala: a name ("akip"), blank (Permendagri 86), or a two-column range of lower bound and label. */
export function bacaSkala(arg: FunctionArg | unknown): ScaleSpec | string | null {
  const r = rentang(arg, "Skala");
  const cells = r.flat().filter((c) => c !== null && c !== "");
  if (cells.length === 0) return null;
  if (cells.length === 1) {
    if (typeof cells[0] === "string") return cells[0];
    throw new SakipError(
      "invalidValue",
      `Skala ${String(cells[0])} tidak dikenal. Pakai "permendagri86", "akip", "spbe", atau rentang dua kolom (batas bawah, predikat).`
    );
  }
  return bandsDariRentang(r);
}

export function fnCapaian(
  target: FunctionArg,
  realisasi: FunctionArg,
  arahArg?: FunctionArg,
  batas?: FunctionArg
): number {
  return capaian(
    satuSel(target, "Target"),
    satuSel(realisasi, "Realisasi"),
    teksOpsional(arahArg, "Arah"),
    satuSel(batas, "Batas")
  );
}

export function fnPredikat(nilai: FunctionArg, skala?: FunctionArg): string {
  return predikat(satuSel(nilai, "Nilai"), bacaSkala(skala));
}

export function fnSerapan(pagu: FunctionArg, realisasi: FunctionArg): number {
  return serapan(satuSel(pagu, "Pagu"), satuSel(realisasi, "Realisasi anggaran"));
}

export function fnSisa(pagu: FunctionArg, realisasi: FunctionArg): number {
  return sisa(satuSel(pagu, "Pagu"), satuSel(realisasi, "Realisasi anggaran"));
}

export function fnEfisiensi(
  capaianArg: FunctionArg,
  serapanArg: FunctionArg,
  metode?: FunctionArg
): number {
  return efisiensi(
    satuSel(capaianArg, "Capaian"),
    satuSel(serapanArg, "Serapan"),
    teksOpsional(metode, "Metode")
  );
}

export function fnRataCapaian(...ranges: FunctionArg[]): number {
  const rows: CellValue[][] = [];
  for (const r of ranges) rows.push(...rentang(r, "Rentang capaian"));
  return rataCapaian(rows);
}

export function fnArah(indikator: FunctionArg): string {
  const v = satuSel(indikator, "Indikator");
  if (v === null || (typeof v === "string" && v.trim() === "")) {
    throw new SakipError(
      "notAvailable",
      "Nama indikator kosong. Tunjuk sel yang berisi nama indikator."
    );
  }
  if (typeof v !== "string") {
    throw new SakipError(
      "invalidValue",
      `Indikator ${String(v)} bukan nama indikator. Tunjuk sel yang berisi nama indikator.`
    );
  }
  return arah(v);
}

export function fnAngka(teks: FunctionArg): number {
  return angka(satuSel(teks, "Teks"));
}

export const SAKIP_FUNCTIONS: Record<
  SakipFunctionName,
  (...args: FunctionArg[]) => number | string
> = {
  CAPAIAN: fnCapaian,
  PREDIKAT: fnPredikat,
  SERAPAN: fnSerapan,
  SISA: fnSisa,
  EFISIENSI: fnEfisiensi,
  RATA_CAPAIAN: fnRataCapaian,
  ARAH: fnArah,
  ANGKA: fnAngka,
};
