// A template's "Rata-rata Capaian Kinerja" line left empty under its empty Capaian column: once the column is
// filled, the line gets the mean of the capaian above it (=AVERAGE over them, which skips the blank sasaran
// lines) and its predikat, so the filled table reads as one the report can print.
import { predikat } from "../predikat";
import type { AnalysisSettings } from "../settings";
import type { Grid, RecognizedTable } from "../types";
import { rowLabel } from "../validate/cells";
import { isAverageLabel } from "../validate/hierarchy";
import { cellA1 } from "./a1";
import type { FillCell } from "./fill-cells";
import type { NeededColumn } from "./fill-columns";
import { cellOf, isEmptyCell } from "./grid-cells";

/**
 * The cells of the one average line of `table` for the capaian and predikat columns the plan writes into:
 * appended to `computed` (by need index). Nothing when the table has no such line, several of them (a mean
 * per sasaran), a line not below every indicator, or a cell there that is not empty.
 */
export function appendAverageLine(
  grid: Grid,
  table: RecognizedTable,
  needs: NeededColumn[],
  rows: { row: number }[],
  computed: FillCell[][],
  kept: Set<number>[],
  settings: AnalysisSettings,
  /** SAKIP.PREDIKAT's scale argument, as the lines above are written (`scaleArg` of fill-cells). */
  scaleArgument: string
): void {
  const averages = table.rows.filter(
    (r) => r.kind === "total" && isAverageLabel(rowLabel(grid, table, r.row))
  );
  if (averages.length !== 1 || rows.length === 0) return;
  const line = averages[0]!.row;
  if (rows.some((r) => r.row > line)) return;
  const ci = needs.findIndex((n) => n.kind === "capaian" && n.into !== undefined);
  if (ci < 0) return;
  const col = needs[ci]!.into!;
  if (!isEmptyCell(cellOf(grid, line, col))) return;

  // The capaian of each row as the column will hold it: what the plan writes, else what the cell has.
  const values: number[] = [];
  let missing = false;
  rows.forEach((r, i) => {
    const v = kept[ci]!.has(i) ? cellOf(grid, r.row, col).value : computed[ci]![i]!.value;
    if (typeof v === "number") values.push(v);
    else if (!kept[ci]!.has(i)) missing = true;
  });
  if (values.length === 0) return;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const formula = `=AVERAGE(${cellA1(rows[0]!.row, col)}:${cellA1(rows[rows.length - 1]!.row, col)})`;
  const format = computed[ci]!.find((c) => c.numberFormat)?.numberFormat;
  const own = cellOf(grid, line, col).numberFormat;
  computed[ci]!.push({
    row: line,
    formula,
    value: missing ? null : mean,
    ...(missing
      ? {
          note: `Rata-rata capaian baris ${line + 1} tidak dihitung: ada indikator yang capaiannya belum dapat dihitung.`,
        }
      : {}),
    numberFormat: own !== "" && own !== "General" ? own : (format ?? "0.00%"),
  });

  const pi = needs.findIndex(
    (n) =>
      n.kind === "predikat" && n.into !== undefined && (n.fromNew === ci || n.inputs[0] === col)
  );
  if (pi < 0 || !isEmptyCell(cellOf(grid, line, needs[pi]!.into!))) return;
  const scale = settings.scale === "auto" ? undefined : settings.scale;
  let label: string | null = null;
  try {
    label = missing ? null : predikat(mean, scale);
  } catch {
    label = null;
  }
  computed[pi]!.push({
    row: line,
    formula: `=SAKIP.PREDIKAT(${cellA1(line, col)}${scaleArgument})`,
    value: label,
  });
}
