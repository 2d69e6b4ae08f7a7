// AVERAGE_MISMATCH: a stated average capaian (a "Rata-rata Capaian Kinerja" row, a "Rata-rata capaian
// indikator sasaran" column, or a sasaran heading row's capaian) that is not the mean of its indicators.

import type { TableRow } from "../types";
import { cellText, points, roleColumn, rowLabel, type ReadCell } from "./cells";
import { isIndicatorRow, type TableContext } from "./context";
import { bulat, persenId } from "./format";
import { isAverageLabel } from "./hierarchy";
import { fitsStated } from "./precision";

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function formulaText(xs: number[]): string {
  if (xs.length > 8) return `jumlah ${xs.length} capaian / ${xs.length}`;
  return `(${xs.map((x) => persenId(x)).join(" + ")}) / ${xs.length}`;
}

function groupKey(row: TableRow): string | undefined {
  if (row.sasaranRow !== undefined) return `r${row.sasaranRow}`;
  if (row.sasaran) return `s${row.sasaran.trim().toLowerCase()}`;
  return undefined;
}

export function checkAverages(ctx: TableContext): void {
  const { table, grid, sink, settings } = ctx;
  const capCol = roleColumn(table, "capaian") ?? roleColumn(table, "serapan");
  if (capCol === undefined) return;
  const capColumn = ctx.column(capCol);
  const what = roleColumn(table, "capaian") !== undefined ? "capaian" : "serapan";
  const valueOf = (row: number): number | null => {
    const c = ctx.cell(capCol, row);
    if (!c || sink.isBad(c.row, c.col)) return null;
    return points(c, capColumn);
  };
  const indicators = table.rows.filter(isIndicatorRow);
  const groups = new Map<string, TableRow[]>();
  for (const row of indicators) {
    const k = groupKey(row);
    if (k === undefined) continue;
    const list = groups.get(k) ?? [];
    list.push(row);
    groups.set(k, list);
  }
  const valuesOf = (rows: TableRow[]): number[] =>
    rows.map((r) => valueOf(r.row)).filter((v): v is number => v !== null);

  const report = (
    cell: ReadCell,
    stated: number,
    xs: number[],
    alternatives: number[],
    scope: string
  ): void => {
    if (xs.length === 0) return;
    const expected = mean(xs);
    if (
      [expected, ...alternatives].some((v) =>
        fitsStated(v, stated, cell.decimals, settings.tolerance)
      )
    )
      return;
    sink.add({
      rule: "AVERAGE_MISMATCH",
      severity: "error",
      row: cell.row,
      col: cell.col,
      message:
        `Rata-rata ${what} ${scope} tertulis ${persenId(stated, cell.decimals)}, seharusnya ${persenId(expected)}: ${formulaText(xs)}. ` +
        `Perbaiki rata-ratanya, atau periksa ${what} tiap indikator.`,
      expected: bulat(expected),
      actual: bulat(stated),
    });
  };

  // (a) Rata-rata rows. One such row is over the whole table; where there are several ("Rata-rata capaian
  // sasaran" under each sasaran, then perhaps an overall one) each is over the indicators since the previous
  // one, and an overall row may also be the mean of the averages stated above it.
  const averageRows = table.rows.filter(
    (row) => row.kind === "total" && isAverageLabel(rowLabel(grid, table, row.row))
  );
  const groupMeans = [...groups.values()]
    .map((g) => valuesOf(g))
    .filter((g) => g.length > 0)
    .map(mean);
  const all = valuesOf(indicators);
  const statedAbove: number[] = [];
  let from = -1;
  for (const row of averageRows) {
    const cell = ctx.cell(capCol, row.row);
    const stated = valueOf(row.row);
    const section = valuesOf(indicators.filter((r) => r.row > from && r.row < row.row));
    from = row.row;
    if (!cell || stated === null) continue;
    const alternatives = [
      ...(groupMeans.length > 0 ? [mean(groupMeans)] : []),
      ...(statedAbove.length > 0 ? [mean(statedAbove)] : []),
    ];
    if (averageRows.length === 1) report(cell, stated, all, alternatives, "seluruh indikator");
    else if (section.length > 0)
      report(cell, stated, section, [mean(all), ...alternatives], "indikator di atasnya");
    else report(cell, stated, all, alternatives, "seluruh indikator");
    statedAbove.push(stated);
  }

  // (b) Sasaran heading rows that carry a capaian.
  for (const row of table.rows) {
    if (row.kind !== "sasaran") continue;
    const cell = ctx.cell(capCol, row.row);
    const stated = valueOf(row.row);
    if (!cell || stated === null) continue;
    report(cell, stated, valuesOf(groups.get(`r${row.row}`) ?? []), [], "sasaran ini");
  }

  // (c) A "Rata-rata ..." column beside the indicators: one stated value per sasaran.
  for (let col = table.range.col; col < table.range.col + table.range.colCount; col++) {
    if (col === capCol) continue;
    const header = table.headerRows.map((r) => cellText(grid, r, col)).join(" ");
    if (!isAverageLabel(header)) continue;
    const column = ctx.column(col);
    for (const rows of groups.values()) {
      const xs = valuesOf(rows);
      for (const r of rows) {
        const cell = ctx.cell(col, r.row);
        if (!cell || cell.value === null || sink.isBad(cell.row, cell.col)) continue;
        const stated = points(cell, column) as number;
        report(cell, stated, xs, [], "sasaran");
      }
    }
  }
}
