// The numbered row under a header ("1 2 3 ...", "(6)", "8 = (7/6)", "12 = 11/6 x100%", "7=5-6") read as
// a legend: which columns each number stands for, and the relation a column's formula states. A number
// merged over a K | Rp pair stands for both columns, and its formula holds for each side ("12 = 11/6" is
// K12 = K11 / K6 and Rp12 = Rp11 / Rp6).
import type { HeaderBlock } from "./header";
import type { SheetView } from "./view";

export type LegendKind = "ratio" | "difference" | "sum";

export interface LegendRelation {
  kind: LegendKind;
  /** Operand columns in the formula's order (ratio: numerator, denominator; difference: a, b). */
  args: number[];
}

export interface Legend {
  /** Column number -> the column(s) it stands for, left to right. */
  numbers: Map<number, number[]>;
  /** Column -> the relation the legend states for it. */
  relations: Map<number, LegendRelation>;
}

const CELL = /^\(?\s*(\d{1,2})\s*\)?\s*(?:=\s*(.*))?$/;

/** "(7/6) x 100%" -> ratio [7, 6]; "5-6" -> difference; "7+8+9+10" -> sum; anything else -> null. */
export function parseLegendFormula(text: string): { kind: LegendKind; numbers: number[] } | null {
  let s = text
    .toLowerCase()
    .replace(/[()\s]/g, "")
    .replace(/[x×*]100%?$/, "")
    .replace(/%$/, "");
  s = s.replace(/[x×*]100%?$/, "");
  let m = /^(\d{1,2})[/:](\d{1,2})$/.exec(s);
  if (m) return { kind: "ratio", numbers: [Number(m[1]), Number(m[2])] };
  m = /^(\d{1,2})[-–](\d{1,2})$/.exec(s);
  if (m) return { kind: "difference", numbers: [Number(m[1]), Number(m[2])] };
  if (/^\d{1,2}(\+\d{1,2})+$/.test(s)) return { kind: "sum", numbers: s.split("+").map(Number) };
  return null;
}

/** The legend of `block`'s numbered row, or null when it has none. */
export function readLegend(v: SheetView, block: HeaderBlock): Legend | null {
  const row = block.numberedRows[0];
  if (row === undefined) return null;
  const numbers = new Map<number, number[]>();
  const formulas: Array<{ n: number; kind: LegendKind; operands: number[] }> = [];
  for (const c of v.filled(row, block.c0, block.c1)) {
    const m = CELL.exec(v.text(row, c).trim());
    if (!m) continue;
    const n = Number(m[1]);
    const merge = v.merge(row, c);
    const span: number[] = [];
    const end = merge ? Math.min(merge.col + merge.colCount, block.c1) : c + 1;
    for (let x = c; x < end; x++) span.push(x);
    // A number written twice names nothing certain.
    if (numbers.has(n)) return null;
    numbers.set(n, span);
    const f = m[2] ? parseLegendFormula(m[2]) : null;
    if (f) formulas.push({ n, kind: f.kind, operands: f.numbers });
  }
  const relations = new Map<number, LegendRelation>();
  for (const f of formulas) {
    const target = numbers.get(f.n) as number[];
    const spans = f.operands.map((k) => numbers.get(k));
    if (spans.some((s) => s === undefined || s.length !== target.length)) continue;
    target.forEach((col, i) =>
      relations.set(col, { kind: f.kind, args: spans.map((s) => (s as number[])[i]) })
    );
  }
  return { numbers, relations };
}
