// SUBTOTAL_MISMATCH: a program or kegiatan row that is not the sum of its children, and a total row
// that is not the sum of the top level (recognition's level / parentRow).

import type { ColumnRole, TableRow } from "../types";
import { roleColumn, rowLabel } from "./cells";
import type { TableContext } from "./context";
import { amount } from "./anggaran";
import { angkaId, bulat } from "./format";
import { hierarchy, isAverageLabel } from "./hierarchy";
import { hierarchyUncertain } from "../recognize/uncertain";

const AMOUNT_ROLES: ColumnRole[] = ["anggaran", "realisasi_anggaran", "sisa"];
const ROLE_NAMES: Partial<Record<ColumnRole, string>> = {
  anggaran: "pagu",
  realisasi_anggaran: "realisasi",
  sisa: "sisa anggaran",
};

/** An empty cell (not "-" nor 0) in a column others filled: not written yet, so no sum can be claimed. */
function unwritten(ctx: TableContext, col: number, row: number): boolean {
  const cell = ctx.cell(col, row);
  return !cell || cell.raw === null || cell.raw === "";
}

function sumOf(
  ctx: TableContext,
  col: number,
  rows: TableRow[],
  corrected?: Map<string, number>
): number | null {
  let s = 0;
  for (const r of rows) {
    if (unwritten(ctx, col, r.row)) return null;
    const v = corrected?.get(`${col}:${r.row}`) ?? amount(ctx, ctx.cell(col, r.row));
    if (v === null) return null;
    s += v;
  }
  return s;
}

/** The children's sisa as pagu - realisasi of each: what a parent's sisa adds up when a child's is mistyped. */
function sisaOf(ctx: TableContext, rows: TableRow[]): number | null {
  const pagu = roleColumn(ctx.table, "anggaran");
  const real = roleColumn(ctx.table, "realisasi_anggaran");
  if (pagu === undefined || real === undefined) return null;
  let s = 0;
  for (const r of rows) {
    const p = amount(ctx, ctx.cell(pagu, r.row));
    const x = amount(ctx, ctx.cell(real, r.row));
    if (p === null || x === null) return null;
    s += p - x;
  }
  return s;
}

/** Parents deepest first, so a wrong child is known (and corrected) before its parent is summed. */
function deepestFirst(table: TableContext["table"], parents: number[]): number[] {
  const parentOf = new Map(table.rows.map((r) => [r.row, r.parentRow]));
  const depth = (row: number): number => {
    let d = 0;
    for (let p = parentOf.get(row); p !== undefined && d < 50; p = parentOf.get(p)) d++;
    return d;
  };
  return [...parents].sort((a, b) => depth(b) - depth(a));
}

/** Amounts with cents can differ by rounding of each child; whole rupiah sums must match to 1. */
function close(a: number, b: number, n: number): boolean {
  return Math.abs(a - b) <= Math.max(1, 0.005 * n) + 1e-6;
}

export function checkSubtotals(ctx: TableContext): void {
  const { table, grid, sink } = ctx;
  // Only budget tables add up: an efficiency table may list one program beside several indicators.
  const hasLevels = table.rows.some((r) => r.parentRow !== undefined || (r.level ?? 0) > 0);
  if (table.kind !== "anggaran" && !hasLevels) return;
  // Parents told by a guess (upper case, an empty Sumber Dana): no sum is claimed on them.
  if (hierarchyUncertain(table)) return;
  const h = hierarchy(table);
  // Figures first, findings after: a hierarchy that most parents disagree with was misread, and says so once.
  const pending: Array<() => void> = [];
  const corrected = new Map<string, number>();
  let checked = 0;
  let wrong = 0;
  const parents = deepestFirst(table, [...h.children.keys()]);
  for (const role of AMOUNT_ROLES) {
    const col = roleColumn(table, role);
    if (col === undefined) continue;
    const name = ROLE_NAMES[role] as string;
    for (const parentRow of parents) {
      const kids = h.children.get(parentRow) as TableRow[];
      if (!ctx.rowIndex.has(parentRow) || unwritten(ctx, col, parentRow)) continue;
      const stated = amount(ctx, ctx.cell(col, parentRow));
      const sum = sumOf(ctx, col, kids);
      if (stated === null || sum === null) continue;
      checked++;
      if (close(stated, sum, kids.length)) continue;
      // A child found wrong below: the parent is right when it adds up the children as they should be.
      const fixedSum = sumOf(ctx, col, kids, corrected);
      if (fixedSum !== null && fixedSum !== sum && close(stated, fixedSum, kids.length)) continue;
      // A child's sisa typed wrong (SISA_MISMATCH says so at the child): the parent may add up the true ones.
      const trueSisa = role === "sisa" ? sisaOf(ctx, kids) : null;
      if (trueSisa !== null && close(stated, trueSisa, kids.length)) continue;
      corrected.set(`${col}:${parentRow}`, sum);
      wrong++;
      const label = rowLabel(grid, table, parentRow);
      pending.push(() =>
        sink.add({
          rule: "SUBTOTAL_MISMATCH",
          severity: "error",
          row: parentRow,
          col,
          message:
            `Jumlah ${name} tertulis ${angkaId(stated)}${label ? ` pada "${label}"` : ""}, tetapi jumlah ${kids.length} baris di bawahnya ` +
            `${angkaId(sum)} (selisih ${angkaId(stated - sum)}). Perbaiki angka induk atau periksa rincian di bawahnya.`,
          expected: bulat(sum, 2),
          actual: bulat(stated, 2),
        })
      );
    }
    for (const total of h.totals) {
      if (isAverageLabel(rowLabel(grid, table, total.row)) || unwritten(ctx, col, total.row))
        continue;
      const stated = amount(ctx, ctx.cell(col, total.row));
      if (stated === null || h.topLevels.length === 0) continue;
      checked++;
      const sums = h.topLevels.map((level) => ({ level, sum: sumOf(ctx, col, level) }));
      if (sums.some((s) => s.sum !== null && close(stated, s.sum, s.level.length))) continue;
      const fixed = h.topLevels.map((level) => sumOf(ctx, col, level, corrected));
      if (fixed.some((s, i) => s !== null && close(stated, s, h.topLevels[i]!.length))) continue;
      // Only claim a wrong total when the rows it should add up are of one kind (not urusan lines beside
      // programs, nor rows whose parent could not be told).
      const uniform = (rows: TableRow[]): boolean =>
        rows.every((r) => r.level !== undefined) &&
        new Set(rows.map((r) => `${r.kind}:${r.level}`)).size === 1;
      if (!uniform(h.topLevels[0])) continue;
      const best = sums.find((s) => s.sum !== null);
      if (!best || best.sum === null) continue;
      const sum = best.sum;
      const count = best.level.length;
      corrected.set(`${col}:${total.row}`, sum);
      wrong++;
      pending.push(() =>
        sink.add({
          rule: "SUBTOTAL_MISMATCH",
          severity: "error",
          row: total.row,
          col,
          message:
            `Total ${name} tertulis ${angkaId(stated)}, tetapi jumlah ${count} baris tingkat teratas ${angkaId(sum)} ` +
            `(selisih ${angkaId(stated - sum)}). Perbaiki totalnya atau periksa baris yang belum terhitung.`,
          expected: bulat(sum, 2),
          actual: bulat(stated, 2),
        })
      );
    }
  }
  if (wrong >= 3 && wrong * 4 > checked) {
    const at = table.headerRows[0] ?? table.range.row;
    sink.add({
      rule: "TABLE_DOUBT",
      severity: "info",
      row: at,
      col: table.range.col,
      message:
        `${wrong} dari ${checked} jumlah induk/total tidak sama dengan jumlah baris di bawahnya; susunan induk-anak tabel ini ` +
        `kemungkinan salah dibaca (bukan salah hitung), jadi jumlah per induk tidak dilaporkan. Tambahkan kode atau penomoran yang jelas.`,
      expected: null,
      actual: null,
    });
    return;
  }
  for (const add of pending) add();
  for (const [key, sum] of corrected) ctx.corrected.set(key, sum);
}
