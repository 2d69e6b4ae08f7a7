// PREDIKAT on the user's own scale, given as a two-column range (lower bound, label): kept live, so an
// edit of the scale table still changes the predikat. Only a plain range converts: every filled row a
// number and a label in the same column order, no header row, no printed interval ("91% ≤ 100%"), no
// bound twice. The engine's rules are followed: the unit of the value by the largest bound (>= 10:
// percent points, <= 2: fractions), the label of the highest bound the value reaches (1e-9 slack),
// the lowest band's label below every bound.
import { BATAS_FRAKSI } from "../percent-scale";
import { bandsDariRentang, batasBawah, skalaSendiri, type Scale } from "../scales";
import type { CellValue } from "../types";
import { tampil } from "../errors";
import { NotPortable, refLabel, type Arg } from "./portable-args";
import { guard, isBlank, type Operand } from "./portable-operands";
import { columnLetter } from "./a1";

const EPS = "0.000000001";

function columnRange(arg: Arg & { kind: "ref" }, col: number): string {
  const prefix = arg.text.includes("!") ? arg.text.slice(0, arg.text.lastIndexOf("!") + 1) : "";
  const c = columnLetter(arg.rect.col + col);
  return `${prefix}$${c}$${arg.rect.row + 1}:$${c}$${arg.rect.row + arg.rect.rowCount}`;
}

/** Which column holds the bounds (0 or 1), after checking the range is a plain scale table. */
function boundColumn(arg: Arg & { kind: "ref" }): number {
  const where = refLabel(arg);
  if (arg.rect.colCount !== 2) {
    throw new NotPortable(
      `skala sendiri ${where} harus dua kolom (batas bawah dan predikat) agar dapat diubah ke rumus Excel biasa.`
    );
  }
  let order: number | null = null;
  const seen = new Set<number>();
  arg.values.forEach((row: CellValue[], i) => {
    const [a, b] = row as [CellValue, CellValue];
    if (isBlank(a) && isBlank(b)) return;
    const rowOrder =
      typeof a === "number" && typeof b === "string" && b.trim() !== "" && batasBawah(b) === null
        ? 0
        : typeof b === "number" &&
            typeof a === "string" &&
            a.trim() !== "" &&
            batasBawah(a) === null
          ? 1
          : null;
    if (rowOrder === null || (order !== null && rowOrder !== order)) {
      throw new NotPortable(
        `baris ke-${i + 1} skala ${where} (${tampil(a)} | ${tampil(b)}) bukan pasangan angka batas dan nama predikat yang sama urutannya dengan baris lain; rumus Excel biasa hanya dapat membaca tabel skala berisi angka. Tulis batasnya sebagai angka (mis. 0,91) tanpa baris judul.`
      );
    }
    order = rowOrder;
    const bound = (rowOrder === 0 ? a : b) as number;
    if (seen.has(bound))
      throw new NotPortable(`skala ${where} memuat batas ${tampil(bound)} dua kali.`);
    seen.add(bound);
  });
  if (order === null) throw new NotPortable(`skala ${where} kosong.`);
  return order;
}

export function customScaleShape(arg: Arg & { kind: "ref" }, v: Operand): string {
  const bc = boundColumn(arg);
  const B = columnRange(arg, bc);
  const L = columnRange(arg, 1 - bc);
  const top = `MAX(MAX(${B}),-MIN(${B}))`;
  const x = v.text;
  const y = `IF(AND(${top}>=10,ABS(${x})<=${BATAS_FRAKSI}),${x}*100,IF(AND(${top}<=2,ABS(${x})>${BATAS_FRAKSI}),${x}/100,${x}))`;
  const t = `(${y}+${EPS})`;
  // The highest bound reached is the (k+1)-th largest, k = bounds above the value: LARGE and COUNTIF
  // exist in every Excel (MAXIFS would need Excel 2019 and an _xlfn. prefix in the file).
  const highest = `LARGE(${B},COUNTIF(${B},">"&${t})+1)`;
  const label = `IF(COUNTIF(${B},"<="&${t})=0,TRIM(INDEX(${L},MATCH(MIN(${B}),${B},0))),TRIM(INDEX(${L},MATCH(${highest},${B},0))))`;
  return guard([v], label);
}

/** The cells of an array constant `{91,"Sangat Tinggi";76,"Tinggi"}` (rows by ";", cells by ","); null if not one. */
export function arrayConstant(text: string): CellValue[][] | null {
  const t = text.trim();
  if (!t.startsWith("{") || !t.endsWith("}")) return null;
  const rows: CellValue[][] = [[]];
  const body = t.slice(1, -1);
  let i = 0;
  while (i <= body.length) {
    let cell: CellValue;
    if (body[i] === '"') {
      let j = i + 1;
      let out = "";
      for (;;) {
        if (j >= body.length) return null;
        if (body[j] === '"') {
          if (body[j + 1] === '"') {
            out += '"';
            j += 2;
            continue;
          }
          break;
        }
        out += body[j++];
      }
      cell = out;
      i = j + 1;
    } else {
      let j = i;
      while (j < body.length && body[j] !== "," && body[j] !== ";") j++;
      const raw = body.slice(i, j).trim();
      if (!/^-?\d+(?:\.\d+)?(?:E[+-]?\d+)?$/i.test(raw)) return null;
      cell = Number(raw);
      i = j;
    }
    rows[rows.length - 1]!.push(cell);
    if (i >= body.length) break;
    if (body[i] === ";") rows.push([]);
    else if (body[i] !== ",") return null;
    i++;
  }
  return rows;
}

/**
 * PREDIKAT on a scale written in the formula as an array constant (fill writes a scale printed in the
 * report this way): the bands are fixed, so nested IFs over them, on the unit the engine puts the value on.
 */
export function arrayScaleShape(
  cells: CellValue[][],
  v: Operand,
  labels: (scale: Scale, y: string) => string
): string {
  let scale: Scale;
  try {
    scale = skalaSendiri(bandsDariRentang(cells));
  } catch (e) {
    throw new NotPortable(e instanceof Error ? e.message : String(e));
  }
  const finite = scale.bands.map(([b]) => b).filter((b) => Number.isFinite(b));
  const top = finite.length ? Math.max(...finite.map(Math.abs)) : 0;
  const x = v.text;
  const y =
    top >= 10
      ? `IF(ABS(${x})<=${BATAS_FRAKSI},${x}*100,${x})`
      : top <= 2
        ? `IF(ABS(${x})>${BATAS_FRAKSI},${x}/100,${x})`
        : x;
  return guard([v], labels(scale, y));
}
