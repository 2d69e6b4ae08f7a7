// SERAPAN_MISMATCH, SISA_MISMATCH and REALISASI_EXCEEDS_PAGU on rows with pagu and realisasi anggaran.

import type { ReadCell } from "./cells";
import { points, roleColumn, rowLabel } from "./cells";
import type { TableContext } from "./context";
import { angkaId, bulat, persenId } from "./format";
import { hasDescendantIn, hierarchy } from "./hierarchy";
import { fitsStated } from "./precision";

/** An amount: "-" or blank is no money spent (0); unreadable is null (NOT_A_NUMBER says it). */
export function amount(ctx: TableContext, cell: ReadCell | undefined): number | null {
  if (!cell || ctx.sink.isBad(cell.row, cell.col)) return null;
  if (cell.value !== null) return cell.value;
  return cell.blank ? 0 : null;
}

const rp = (n: number): string => `Rp ${angkaId(n, 2)}`;

/** An LRA's revenue section starts at "Pendapatan ..." and ends where belanja or pembiayaan starts. */
const REVENUE_START = /^(jumlah\s+)?pendapatan\b/i;
const REVENUE_END = /^(jumlah\s+)?(belanja|pembiayaan)\b/i;
/** Lines that are a difference of sections, not a budget to spend: surplus / defisit, pembiayaan netto, SILPA. */
const NET_LINE = /(surplus|defisit|pembiayaan\s+netto|sisa\s+lebih|silpa)/i;

/**
 * Rows where realisasi above the pagu is no overspending: revenue collected above its target, and the
 * net lines of an LRA.
 */
function notSpending(ctx: TableContext): Set<number> {
  const out = new Set<number>();
  let revenue = false;
  for (const row of ctx.table.rows) {
    const label = rowLabel(ctx.grid, ctx.table, row.row);
    if (REVENUE_START.test(label)) revenue = true;
    else if (REVENUE_END.test(label)) revenue = false;
    if (revenue || NET_LINE.test(label)) out.add(row.row);
  }
  return out;
}

export function checkAnggaran(ctx: TableContext): void {
  const { table, sink, grid } = ctx;
  const paguCol = roleColumn(table, "anggaran");
  const realCol = roleColumn(table, "realisasi_anggaran");
  if (paguCol === undefined || realCol === undefined) return;
  const serapanCol = roleColumn(table, "serapan");
  const sisaCol = roleColumn(table, "sisa");
  const tol = ctx.settings.tolerance;
  const exceeded = new Set<number>();
  const h = hierarchy(table);
  // Children first (bottom-up), so a parent that only exceeds because a child does is not reported twice.
  const isTotal = (row: { kind: string; level?: number }): boolean =>
    row.kind === "total" || row.level === 0;
  const depth = (row: { kind: string; level?: number }): number =>
    isTotal(row) ? -1 : (row.level ?? 0);
  const order = [...table.rows].sort((a, b) => depth(b) - depth(a));
  for (const row of table.rows) {
    const p = amount(ctx, ctx.cell(paguCol, row.row));
    const r = amount(ctx, ctx.cell(realCol, row.row));
    if (p === null || r === null) continue;
    // A pagu or realisasi found not to be the sum of its rows: a % or sisa that fits the sum is right.
    const p2 = ctx.corrected.get(`${paguCol}:${row.row}`) ?? p;
    const r2 = ctx.corrected.get(`${realCol}:${row.row}`) ?? r;
    const label = rowLabel(grid, table, row.row);
    const where = label ? ` untuk "${label}"` : "";
    if (serapanCol !== undefined) {
      const cell = ctx.cell(serapanCol, row.row);
      const stated =
        cell && !sink.isBad(cell.row, cell.col) ? points(cell, ctx.column(serapanCol)) : null;
      if (cell && stated !== null && p > 0) {
        const computed = (r / p) * 100;
        const fixed = p2 > 0 ? (r2 / p2) * 100 : computed;
        if (
          !fitsStated(computed, stated, cell.decimals, tol) &&
          !fitsStated(fixed, stated, cell.decimals, tol)
        ) {
          sink.add({
            rule: "SERAPAN_MISMATCH",
            severity: "error",
            row: cell.row,
            col: cell.col,
            message:
              `Serapan tertulis ${persenId(stated, cell.decimals)}${where}, seharusnya ${persenId(computed)}: ` +
              `realisasi / pagu = ${angkaId(r)} / ${angkaId(p)}. Perbaiki persentasenya, atau periksa pagu dan realisasinya.`,
            expected: bulat(computed),
            actual: bulat(stated),
          });
        }
      }
    }
    if (sisaCol !== undefined) {
      const cell = ctx.cell(sisaCol, row.row);
      // A blank sisa is not filled in yet (a form to fill), not a stated 0.
      const stated = cell?.blank ? null : amount(ctx, cell);
      if (cell && stated !== null) {
        const computed = p - r;
        const near = (x: number): boolean =>
          Math.abs(x - (stated as number)) <= Math.max(1, 0.5 * 10 ** -cell.decimals) + 1e-6;
        if (!near(computed) && !near(p2 - r2)) {
          sink.add({
            rule: "SISA_MISMATCH",
            severity: "error",
            row: cell.row,
            col: cell.col,
            message:
              `Sisa anggaran tertulis ${rp(stated)}${where}, seharusnya ${rp(computed)}: pagu - realisasi = ` +
              `${angkaId(p)} - ${angkaId(r)} (selisih ${rp(Math.abs(computed - stated))}). Perbaiki sisanya, atau periksa pagu dan realisasinya.`,
            expected: bulat(computed, 2),
            actual: bulat(stated, 2),
          });
        }
      }
    }
  }
  const revenue = notSpending(ctx);
  for (const row of order) {
    if (revenue.has(row.row)) continue;
    const p = amount(ctx, ctx.cell(paguCol, row.row));
    const r = amount(ctx, ctx.cell(realCol, row.row));
    if (p === null || r === null || r <= p + 0.5) continue;
    exceeded.add(row.row);
    if (isTotal(row) ? exceeded.size > 1 : hasDescendantIn(h, row.row, exceeded)) continue;
    const label = rowLabel(grid, table, row.row);
    sink.add({
      rule: "REALISASI_EXCEEDS_PAGU",
      severity: "warning",
      row: row.row,
      col: realCol,
      message:
        `Realisasi anggaran ${rp(r)}${label ? ` untuk "${label}"` : ""} melebihi pagu ${rp(p)} ` +
        `(${p > 0 ? `${persenId((r / p) * 100)}, ` : ""}lebih ${rp(r - p)}). Periksa pergeseran anggaran atau salah ketik pada pagu atau realisasi.`,
      expected: bulat(p, 2),
      actual: bulat(r, 2),
    });
  }
}
