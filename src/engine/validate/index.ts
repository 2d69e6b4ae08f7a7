// Validation: tables -> findings, each placed at the cell that is wrong, with an Indonesian message
// that says what is wrong and how it was computed.
//
// `expected` / `actual` conventions (kept by every rule):
// - percent quantities (capaian, serapan, rata-rata, efisiensi shown as %) are in PERCENT POINTS,
//   whatever the cell holds: 102.08 means 102,08% (a cell holding 0.9143 formatted as % is 91.43);
// - an efisiensi written as a plain fraction (0,367) stays a fraction;
// - amounts (pagu, realisasi, sisa) are in rupiah; predikat are the label texts;
// - NOT_A_NUMBER / MISSING_VALUE carry the text found in `actual` and null in `expected`.

import { DEFAULT_SETTINGS, indicatorKey, type AnalysisSettings } from "../settings";
import type { Finding, Grid, RecognizedTable } from "../types";
import { certainTable } from "../recognize/uncertain";
import { checkAnggaran } from "./anggaran";
import { checkAverages } from "./average";
import { chooseLowerFormula, evaluateCapaian, reportCapaian, type CapaianRow } from "./capaian";
import { TableContext } from "./context";
import { checkData } from "./data";
import { checkEfisiensi } from "./efisiensi";
import { FindingSink, groupByColumn, sortFindings } from "./findings";
import { checkPredikat } from "./predikat";
import { scaleInUse } from "./scale";
import { checkSubtotals } from "./subtotal";

export { parseSettings, SettingsError } from "./settings";
export { resolveSettings, isResolved, type Resolution, type ResolvedSettings } from "./resolve";

export interface ValidationResult {
  findings: Finding[];
  /** Things said once for the whole sheet (which formula or scale the checks followed). */
  notes: string[];
}

/** Validate the recognized tables of one sheet. Never throws on bad cells: they become findings. */
export function validate(
  grid: Grid,
  tables: RecognizedTable[],
  settings?: Partial<AnalysisSettings>
): ValidationResult {
  const polarity: AnalysisSettings["polarity"] = {};
  for (const [name, p] of Object.entries(settings?.polarity ?? {}))
    polarity[indicatorKey(name)] = p;
  const s: AnalysisSettings = { ...DEFAULT_SETTINGS, ...settings, polarity };
  const sink = new FindingSink(grid.sheet);
  const notes: string[] = [];
  // Precision before recall: rows are judged only on the roles recognition is sure of; the guessed ones
  // are said once, as the table's TABLE_DOUBT (app/scan.ts).
  const own = tables.filter((t) => t.sheet === grid.sheet).map(certainTable);
  const contexts = own.map((t) => new TableContext(grid, t, s, sink));

  for (const ctx of contexts) checkData(ctx);

  const capaianRows: CapaianRow[] = contexts.flatMap((ctx) => evaluateCapaian(ctx));
  const choice = chooseLowerFormula(capaianRows, s);
  if (choice.note) notes.push(choice.note);
  reportCapaian(capaianRows, choice, s);

  let scale;
  try {
    scale = scaleInUse(grid, own, s);
  } catch (e) {
    notes.push(
      `Skala predikat tidak dapat dipakai (${e instanceof Error ? e.message : String(e)}); predikat tidak diperiksa.`
    );
  }
  if (
    scale?.note &&
    contexts.some((c) => Object.keys(c.table.columns).some((k) => k.startsWith("predikat")))
  )
    notes.push(scale.note);

  for (const ctx of contexts) {
    if (scale) checkPredikat(ctx, scale);
    // Subtotals first: a parent figure found wrong is known to the row's serapan / sisa checks.
    checkSubtotals(ctx);
    checkAnggaran(ctx);
    const note = checkEfisiensi(ctx);
    if (note && !notes.includes(note)) notes.push(note);
    checkAverages(ctx);
  }
  const rowsOfColumn = new Map<number, number>();
  for (const ctx of contexts) {
    const t = ctx.table;
    for (let c = t.range.col; c < t.range.col + t.range.colCount; c++)
      rowsOfColumn.set(c, Math.max(rowsOfColumn.get(c) ?? 0, t.rows.length));
  }
  return { findings: sortFindings(groupByColumn(sink.placed(), rowsOfColumn)), notes };
}
