// Which columns a table lacks (capaian / predikat per year, serapan / sisa) and where they go.
import type { CellRect, Grid, RecognizedTable, RoleKey } from "../types";
import { cellOf, isEmptyCell } from "./grid-cells";

export type FillKind = "capaian" | "predikat" | "serapan" | "sisa" | "efisiensi";

/**
 * A column to fill, before its cells are computed: a new one (placed right of the table), or one the
 * table already has (`into`), whose empty cells get the figure. Columns are absolute 0-based indices.
 */
export interface NeededColumn {
  kind: FillKind;
  year?: number;
  role: RoleKey;
  header: string;
  /** Input columns: capaian <- target, realisasi; predikat <- capaian; serapan / sisa <- anggaran, realisasi_anggaran. */
  inputs: number[];
  /** For predikat: the capaian column is itself new (its index among the needed columns), so values come from it. */
  fromNew?: number;
  /** For efisiensi: per input (capaian, serapan), the index of the needed column it comes from when that is new. */
  fromNewInputs?: (number | undefined)[];
  /** The table's own column for this figure: only its empty cells are written (the usual template's empty Capaian). */
  into?: number;
}

const PK_LIKE = new Set(["pk", "renstra", "comparison"]);

/** The header text written above a new column; the year, when the table has several, goes before the unit. */
export function headerFor(kind: FillKind, year?: number): string {
  const y = year === undefined ? "" : ` ${year}`;
  switch (kind) {
    case "capaian":
      return `Capaian${y} (%)`;
    case "predikat":
      return `Predikat${y}`;
    case "serapan":
      return `Serapan${y} (%)`;
    case "sisa":
      return `Sisa Anggaran${y}`;
    case "efisiensi":
      return `Efisiensi${y}`;
  }
}

function roleKey(
  kind: FillKind | "target" | "realisasi" | "anggaran" | "realisasi_anggaran",
  year?: number
): RoleKey {
  return (year === undefined ? kind : `${kind}@${year}`) as RoleKey;
}

/** Years of a role in a table: `undefined` stands for the column without a year. */
function yearsOf(table: RecognizedTable, base: string): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  for (const key of Object.keys(table.columns)) {
    if (key === base) out.push(undefined);
    else if (key.startsWith(`${base}@`)) out.push(Number(key.slice(base.length + 1)));
  }
  return out;
}

interface Pair {
  year?: number;
  left: number;
  right: number;
}

/**
 * Pairs of input columns by year: `target@2023` with `realisasi@2023`; a lone column without a year
 * pairs with the other side's only column (a table with `Target` and `Realisasi 2024`).
 */
function pairs(table: RecognizedTable, leftBase: string, rightBase: string): Pair[] {
  const col = (base: string, y?: number): number | undefined =>
    table.columns[roleKey(base as "target", y)];
  const lefts = yearsOf(table, leftBase);
  const rights = yearsOf(table, rightBase);
  const out: Pair[] = [];
  for (const y of lefts) {
    if (y !== undefined && rights.includes(y))
      out.push({ year: y, left: col(leftBase, y)!, right: col(rightBase, y)! });
  }
  if (out.length > 0) return out.sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  if (lefts.length === 1 && rights.length === 1) {
    const year = lefts[0] ?? rights[0];
    return [
      {
        year: lefts[0] === undefined && rights[0] === undefined ? undefined : year,
        left: col(leftBase, lefts[0])!,
        right: col(rightBase, rights[0])!,
      },
    ];
  }
  return [];
}

/** Is there already a column for this role (by recognition, or by our own header text next to the table)? */
function existing(
  table: RecognizedTable,
  kind: FillKind,
  year: number | undefined,
  single: boolean,
  ownHeaders: Map<string, number>,
  plainYear?: number
): number | undefined {
  const byRole = table.columns[roleKey(kind, year)];
  if (byRole !== undefined) return byRole;
  // With a single pair, a capaian column with or without a year is that pair's capaian.
  if (single) {
    const any = yearsOf(table, kind);
    if (any.length === 1) return table.columns[roleKey(kind, any[0])];
  } else if (year !== undefined && year === plainYear) {
    // Several years and a column without one: it belongs to the year the table reports on (else the latest).
    const plain = table.columns[roleKey(kind)];
    if (plain !== undefined) return plain;
  }
  return ownHeaders.get(normalizeHeader(headerFor(kind, year)));
}

export function normalizeHeader(s: string): string {
  return s.toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * Columns right of (and inside) the table whose header cell is one of the headers fill writes:
 * a second fill finds its own columns even where recognition did not take them into the table.
 */
function ownHeaderColumns(
  grid: Grid,
  table: RecognizedTable,
  others: CellRect[]
): Map<string, number> {
  const found = new Map<string, number>();
  const headerRows = table.headerRows.length > 0 ? table.headerRows : [table.range.row];
  const lastCol = grid.originCol + (grid.values[0]?.length ?? 0) - 1;
  for (let col = table.range.col; col <= lastCol; col++) {
    const outside = col >= table.range.col + table.range.colCount;
    if (
      outside &&
      others.some(
        (r) =>
          col >= r.col &&
          col < r.col + r.colCount &&
          r.row <= table.range.row + table.range.rowCount - 1 &&
          table.range.row <= r.row + r.rowCount - 1
      )
    )
      break;
    for (const row of headerRows) {
      const text = cellOf(grid, row, col).text || String(cellOf(grid, row, col).value ?? "");
      const key = normalizeHeader(text);
      if (key !== "" && !found.has(key)) found.set(key, col);
    }
  }
  return found;
}

/** A header that states realisasi - anggaran (or the other way round) in the table's own words. */
const DIFFERENCE = /(lebih.{0,4}kurang|bertambah.{0,4}berkurang|selisih|surplus.{0,4}defisit)/;

const into = (col: number | undefined): { into?: number } =>
  col === undefined ? {} : { into: col };

/**
 * What a table's figures need, in the order they are computed: a new column where the table has none,
 * else its own column (`into`), of which only the empty cells are written. Planning drops a column
 * that gets no cell.
 */
export function neededColumns(
  grid: Grid,
  table: RecognizedTable,
  others: CellRect[]
): NeededColumn[] {
  const own = ownHeaderColumns(grid, table, others);
  const out: NeededColumn[] = [];
  if (PK_LIKE.has(table.kind)) {
    const ps = pairs(table, "target", "realisasi");
    const plainYear = table.year ?? Math.max(...ps.map((p) => p.year ?? 0));
    for (const p of ps) {
      const single = ps.length === 1;
      const cap = existing(table, "capaian", p.year, single, own, plainYear);
      // The capaian column is filled (new, or into the table's own column where its cells are empty):
      // the predikat reads it, computed where this plan writes it.
      const capIndex = out.length;
      out.push({
        kind: "capaian",
        year: p.year,
        role: roleKey("capaian", p.year),
        header: headerFor("capaian", p.year),
        inputs: [p.left, p.right],
        ...into(cap),
      });
      const pred = existing(table, "predikat", p.year, single, own, plainYear);
      out.push({
        kind: "predikat",
        year: p.year,
        role: roleKey("predikat", p.year),
        header: headerFor("predikat", p.year),
        inputs: cap === undefined ? [] : [cap],
        fromNew: capIndex,
        ...into(pred),
      });
    }
    // A table with capaian but no target/realisasi pair (a comparison of stated capaian) still gets its predikat.
    if (ps.length === 0) {
      for (const y of yearsOf(table, "capaian")) {
        if (yearsOf(table, "capaian").length === 1) {
          const cap = table.columns[roleKey("capaian", y)]!;
          out.push({
            kind: "predikat",
            year: y,
            role: roleKey("predikat", y),
            header: headerFor("predikat", y),
            inputs: [cap],
            ...into(existing(table, "predikat", y, true, own)),
          });
        }
      }
    }
  }
  const money = pairs(table, "anggaran", "realisasi_anggaran");
  const moneyYear = table.year ?? Math.max(...money.map((p) => p.year ?? 0));
  for (const p of money) {
    const single = money.length === 1;
    out.push({
      kind: "serapan",
      year: p.year,
      role: roleKey("serapan", p.year),
      header: headerFor("serapan", p.year),
      inputs: [p.left, p.right],
      ...into(existing(table, "serapan", p.year, single, own, moneyYear)),
    });
    const sisaCol = existing(table, "sisa", p.year, single, own, moneyYear);
    // An LRA's "Lebih / (Kurang)" or "Bertambah / (Berkurang)" already states realisasi - anggaran; a Sisa
    // beside it says the same with the other sign (and means nothing on revenue rows).
    const difference = [...own.keys()].some((k) => DIFFERENCE.test(k));
    if ((table.kind === "anggaran" && !difference) || sisaCol !== undefined) {
      out.push({
        kind: "sisa",
        year: p.year,
        role: roleKey("sisa", p.year),
        header: headerFor("sisa", p.year),
        inputs: [p.left, p.right],
        ...into(sisaCol),
      });
    }
  }
  const eff = efficiencyNeed(table, own, out, money.length === 1);
  if (eff) out.push(eff);
  return out;
}

/**
 * Efisiensi where a table pairs capaian kinerja with its budget (docs/DOMAIN.md §3): one capaian (stated or
 * planned just before) and one serapan (stated or planned), and no efisiensi column yet.
 */
function efficiencyNeed(
  table: RecognizedTable,
  own: Map<string, number>,
  planned: NeededColumn[],
  singleMoney: boolean
): NeededColumn | undefined {
  const effYears = yearsOf(table, "efisiensi");
  if (effYears.length > 1) return undefined;
  const effCol =
    effYears.length === 1
      ? table.columns[roleKey("efisiensi", effYears[0])]
      : own.get(normalizeHeader(headerFor("efisiensi")));
  // Inputs are read from the planned capaian / serapan (they hold the table's own column when it has one).
  const caps = planned.filter((n) => n.kind === "capaian");
  const capaians = yearsOf(table, "capaian");
  const newCap = planned.findIndex((n) => n.kind === "capaian");
  const capCol =
    caps.length === 0 && capaians.length === 1
      ? table.columns[roleKey("capaian", capaians[0])]
      : undefined;
  if (capCol === undefined && (newCap < 0 || caps.length !== 1)) return undefined;
  const serapans = yearsOf(table, "serapan");
  const newSer = planned.findIndex((n) => n.kind === "serapan");
  const serCol =
    newSer < 0 && serapans.length === 1
      ? table.columns[roleKey("serapan", serapans[0])]
      : undefined;
  if (serCol === undefined && (newSer < 0 || !singleMoney)) return undefined;
  return {
    kind: "efisiensi",
    role: "efisiensi",
    header: headerFor("efisiensi"),
    inputs: [capCol ?? -1, serCol ?? -1],
    fromNewInputs: [
      capCol === undefined ? newCap : undefined,
      serCol === undefined ? newSer : undefined,
    ],
    ...into(effCol),
  };
}

/** Rows a table covers (header rows included): the rows a new column must be empty on. */
function tableRows(table: RecognizedTable): [number, number] {
  const first = Math.min(table.range.row, ...table.headerRows);
  return [first, table.range.row + table.range.rowCount - 1];
}

/**
 * The first `count` columns right of the table, side by side, that are empty on every row of the table
 * (header rows included) and not already taken by another plan. Never a cell that has anything.
 */
export function targetColumns(
  grid: Grid,
  table: RecognizedTable,
  count: number,
  taken: (col: number, fromRow: number, toRow: number) => boolean
): number[] {
  if (count === 0) return [];
  const [fromRow, toRow] = tableRows(table);
  const free = (col: number): boolean => {
    if (taken(col, fromRow, toRow)) return false;
    // A merged area over the column (a title or note spanning it) is not free even where its cells are blank.
    if (
      grid.merges.some(
        (m) =>
          col >= m.col &&
          col < m.col + m.colCount &&
          m.row <= toRow &&
          fromRow <= m.row + m.rowCount - 1
      )
    )
      return false;
    for (let row = fromRow; row <= toRow; row++)
      if (!isEmptyCell(cellOf(grid, row, col))) return false;
    return true;
  };
  const MAX_COL = 16383;
  let start = table.range.col + table.range.colCount;
  while (start + count - 1 <= MAX_COL) {
    let ok = true;
    for (let k = 0; k < count; k++) {
      if (!free(start + k)) {
        start = start + k + 1;
        ok = false;
        break;
      }
    }
    if (ok) return Array.from({ length: count }, (_, k) => start + k);
  }
  return [];
}
