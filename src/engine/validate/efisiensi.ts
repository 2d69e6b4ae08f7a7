// EFISIENSI_MISMATCH: a stated efficiency that does not follow the formula in use. Default docs/DOMAIN.md §3 (1):
// E = 1 - serapan / capaian; also "selisih" (capaian - serapan, points) and PMK 249/2011 (50% + E/20% x 50%).

import type { EfficiencyMethod } from "../settings";
import { points, roleColumn, rowLabel, type ReadCell } from "./cells";
import type { TableContext } from "./context";
import { amount } from "./anggaran";
import { angkaId, bulat, persenId } from "./format";
import { fitsStated } from "./precision";

const METHODS: EfficiencyMethod[] = ["rasio", "selisih", "pmk"];

interface EffRow {
  cell: ReadCell;
  capaian: number; // points
  serapan: number; // points
  label: string;
}

/** Efficiency in percent points under a method (rasio: E x 100). */
function computePoints(m: EfficiencyMethod, capaian: number, serapan: number): number {
  const e = 1 - serapan / capaian;
  if (m === "rasio") return e * 100;
  if (m === "selisih") return capaian - serapan;
  const clamped = Math.max(-0.2, Math.min(0.2, e));
  return 50 + (clamped / 0.2) * 50;
}

function formulaText(m: EfficiencyMethod, c: number, s: number): string {
  const C = persenId(c);
  const S = persenId(s);
  if (m === "rasio") return `1 - (serapan / capaian) = 1 - (${S} / ${C})`;
  if (m === "selisih") return `capaian - serapan = ${C} - ${S}`;
  return `50% + (E / 20%) x 50%, E = 1 - (${S} / ${C}) dibatasi -20%..20% (PMK 249/2011)`;
}

function fitsRow(
  row: EffRow,
  m: EfficiencyMethod,
  tolerance: number,
  column: ReturnType<TableContext["column"]>
): boolean {
  const expected = computePoints(m, row.capaian, row.serapan);
  const cell = row.cell;
  if (cell.value === null) return false;
  if (cell.percent) return fitsStated(expected, cell.value * 100, cell.decimals, tolerance);
  // A plain number: 0,367 for E = 36,7%, or 36,7 in points.
  if (m === "rasio" && fitsStated(expected / 100, cell.value, cell.decimals, tolerance / 100))
    return true;
  const p = points(cell, column);
  return (
    p !== null &&
    fitsStated(
      expected,
      column.plainIsFraction ? p : cell.value,
      column.plainIsFraction ? Math.max(0, cell.decimals) : cell.decimals,
      tolerance
    )
  );
}

export function checkEfisiensi(ctx: TableContext): string | undefined {
  const { table, sink, grid, settings } = ctx;
  const effCol = roleColumn(table, "efisiensi");
  const capCol = roleColumn(table, "capaian");
  if (effCol === undefined || capCol === undefined) return undefined;
  const serCol = roleColumn(table, "serapan");
  const paguCol = roleColumn(table, "anggaran");
  const realCol = roleColumn(table, "realisasi_anggaran");
  const rows: EffRow[] = [];
  for (const row of table.rows) {
    const cell = ctx.cell(effCol, row.row);
    const cap = ctx.cell(capCol, row.row);
    if (
      !cell ||
      !cap ||
      cell.value === null ||
      sink.isBad(cell.row, cell.col) ||
      sink.isBad(cap.row, cap.col)
    )
      continue;
    const c = points(cap, ctx.column(capCol));
    let s: number | null = null;
    if (serCol !== undefined) {
      const sc = ctx.cell(serCol, row.row);
      if (sc && !sink.isBad(sc.row, sc.col)) s = points(sc, ctx.column(serCol));
    }
    if (s === null && paguCol !== undefined && realCol !== undefined) {
      const p = amount(ctx, ctx.cell(paguCol, row.row));
      const r = amount(ctx, ctx.cell(realCol, row.row));
      if (p !== null && r !== null && p > 0) s = (r / p) * 100;
    }
    if (c === null || s === null || c === 0) continue;
    rows.push({ cell, capaian: c, serapan: s, label: rowLabel(grid, table, row.row) });
  }
  if (rows.length === 0) return undefined;
  const column = ctx.column(effCol);
  let method: EfficiencyMethod = settings.efficiency === "auto" ? "rasio" : settings.efficiency;
  let note: string | undefined;
  if (settings.efficiency === "auto") {
    let best = 0;
    for (const m of METHODS) {
      const n = rows.filter((r) => fitsRow(r, m, settings.tolerance, column)).length;
      if (n > best) {
        best = n;
        method = m;
      }
    }
    if (method !== "rasio") {
      note = `Efisiensi pada lembar ${grid.sheet} dihitung dengan rumus ${method === "selisih" ? "capaian - serapan" : "PMK 249/2011"}; pemeriksaan mengikutinya.`;
    }
  }
  for (const row of rows) {
    if (fitsRow(row, method, settings.tolerance, column)) continue;
    const expected = computePoints(method, row.capaian, row.serapan);
    const cell = row.cell;
    const value = cell.value as number;
    const statedPoints = cell.percent ? value * 100 : value;
    const plainFraction = !cell.percent && method === "rasio" && Math.abs(value) <= 1.5;
    const exp = plainFraction ? bulat(expected / 100, 4) : bulat(expected);
    sink.add({
      rule: "EFISIENSI_MISMATCH",
      severity: "error",
      row: cell.row,
      col: cell.col,
      message:
        `Efisiensi tertulis ${cell.percent ? persenId(statedPoints, cell.decimals) : angkaId(value, Math.max(cell.decimals, 2))}` +
        `${row.label ? ` untuk "${row.label}"` : ""}, seharusnya ${plainFraction ? angkaId(exp, 4) : persenId(expected)}: ` +
        `${formulaText(method, row.capaian, row.serapan)}. Perbaiki angkanya, atau pilih rumus efisiensi laporan di pengaturan.`,
      expected: exp,
      actual: bulat(statedPoints, 4),
    });
  }
  return note;
}
