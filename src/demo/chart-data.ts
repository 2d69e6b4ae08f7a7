// What a chart of the in-memory Excel shows, read from its source range the way Excel reads it with series in
// columns: the first row names the series, the first column names the categories, numbers are the values.
import type { ChartData, SheetModel, WorkbookModel } from "../memory-excel/model";
import { parseRange } from "../engine/index";

export interface ChartSeries {
  name: string;
  /** One per category; null where the cell holds no number (Excel leaves a gap). */
  values: (number | null)[];
}

export interface ChartView {
  title: string;
  /** Bars run left to right (Excel's Bar types); otherwise columns rise. */
  horizontal: boolean;
  categories: string[];
  series: ChartSeries[];
  /** No value cell holds a number (Excel draws an empty chart; the demo says so). */
  empty: boolean;
  /** Number format of the first series' first value cell (percent charts read as percent). */
  numberFormat: string;
}

function text(v: unknown): string {
  return v === null || v === undefined ? "" : String(v);
}

export function chartView(
  model: WorkbookModel,
  sheet: SheetModel,
  chart: ChartData
): ChartView | null {
  const source = chart.sourceSheet ? model.getSheet(chart.sourceSheet) : sheet;
  const rect = parseRange(chart.source);
  if (!source || !rect || rect.rowCount < 2 || rect.colCount < 2) return null;
  const cell = (r: number, c: number) => source.getCell(rect.row + r, rect.col + c);
  const categories = Array.from({ length: rect.rowCount - 1 }, (_, i) =>
    text(cell(i + 1, 0)?.value)
  );
  const series = Array.from({ length: rect.colCount - 1 }, (_, j): ChartSeries => ({
    name: text(cell(0, j + 1)?.value) || `Seri ${j + 1}`,
    values: categories.map((_, i) => {
      const v = cell(i + 1, j + 1)?.value;
      return typeof v === "number" && Number.isFinite(v) ? v : null;
    }),
  }));
  return {
    title: chart.title ?? "",
    horizontal: chart.type.startsWith("Bar"),
    categories,
    series,
    empty: !series.some((s) => s.values.some((v) => v !== null)),
    numberFormat: cell(1, 1)?.numberFormat ?? "General",
  };
}
