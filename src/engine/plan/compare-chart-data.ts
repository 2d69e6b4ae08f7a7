// The "Data grafik" block under a comparison table: the indicator names and the figures a chart shows, as
// live references to the table above. A report's table keeps its own column order (No | Indikator | Satuan |
// Target | Realisasi | Capaian ...), which is not the contiguous "names, then series" block Excel charts
// read; the block gives the chart that shape without bending the table to it.
import { cellA1 } from "./a1";
import { formulaCell, textCell } from "./compare-cells";
import type { CompareCell, CompareChart } from "./compare-types";

export interface ChartSeries {
  /** Column of the table holding the series' figures. */
  col: number;
  /** Series name (the block's header). */
  header: string;
  format?: string;
}

export interface ChartBlock {
  chart: CompareChart;
  /** Rows to write bold (the block's title and header). */
  boldRows: number[];
}

/** Column of the block's first cell (under the indicator names of the table). */
const BLOCK_COL = 1;

/**
 * Appends the block to `rows` after one empty row: a title, a header (Indikator Kinerja | series...), and
 * one row per table row in `tableRows` (0-based sheet rows), names from `nameCol`.
 */
export function appendChartData(
  rows: CompareCell[][],
  tableRows: number[],
  nameCol: number,
  series: ChartSeries[],
  chart: { type: string; title: string; categories?: string }
): ChartBlock {
  rows.push([]);
  const titleRow = rows.length;
  rows.push([null, textCell(`Data grafik: ${chart.title}`)]);
  const headerRow = rows.length;
  const pad = (cells: CompareCell[]): CompareCell[] => [
    ...new Array<CompareCell>(BLOCK_COL).fill(null),
    ...cells,
  ];
  rows.push(
    pad([
      textCell(chart.categories ?? "Indikator Kinerja"),
      ...series.map((s) => textCell(s.header)),
    ])
  );
  for (const r of tableRows) {
    const ref = (col: number): string => {
      const at = cellA1(r, col);
      return `=IF(${at}="","",${at})`;
    };
    rows.push(
      pad([formulaCell(ref(nameCol)), ...series.map((s) => formulaCell(ref(s.col), s.format))])
    );
  }
  return {
    chart: {
      type: chart.type,
      row: headerRow,
      col: BLOCK_COL,
      rowCount: tableRows.length + 1,
      colCount: 1 + series.length,
      title: chart.title,
    },
    boldRows: [titleRow, headerRow],
  };
}

const BLOCK_TITLE = /^Data grafik:/;

/**
 * Where the "Data grafik" block of a generated sheet's cells is (cells from A1, as read back or planned):
 * its header and rows, the rectangle its chart reads; null when the sheet has none (an older layout).
 */
export function chartDataRect(
  cells: unknown[][]
): { row: number; col: number; rowCount: number; colCount: number } | null {
  const at = (r: number, c: number): unknown => cells[r]?.[c];
  const filled = (v: unknown): boolean => v !== null && v !== undefined && v !== "";
  const title = cells.findIndex(
    (row) => typeof row[BLOCK_COL] === "string" && BLOCK_TITLE.test(row[BLOCK_COL])
  );
  if (title < 0) return null;
  const header = title + 1;
  let colCount = 0;
  while (filled(at(header, BLOCK_COL + colCount))) colCount++;
  let rowCount = 1;
  while (filled(at(header + rowCount, BLOCK_COL))) rowCount++;
  return colCount > 0 ? { row: header, col: BLOCK_COL, rowCount, colCount } : null;
}
