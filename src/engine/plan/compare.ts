// The comparison-sheet plan (issue 7): up to four new sheets with live formulas back to the source
// tables. Sheets this feature made are marked by a text in A2 ("[sakip:antar-tahun]"); a later run finds
// the mark and rewrites that sheet in place instead of adding a copy. A new sheet never takes the name
// of an existing one. Pure: grids and tables in, a plan out; `src/excel/apply-compare.ts` writes it.
import { DEFAULT_SETTINGS } from "../settings";
import { isResolved, resolveSettings } from "../validate/resolve";
import type { AnalysisSettings } from "../settings";
import type { Grid, RecognizedTable } from "../types";
import { markerKind, markerText, rectangular, textCell } from "./compare-cells";
import { CompareContext } from "./compare-context";
import { planEfficiency } from "./compare-efficiency";
import { baseTable, sourceTables } from "./compare-sources";
import { planStandard } from "./compare-standard";
import { planTarget } from "./compare-target";
import { COMPARE_KINDS } from "./compare-types";
import type { CompareKind, CompareOptions, ComparePlan, CompareSheet } from "./compare-types";
import { planYears } from "./compare-years";
import { cellOf } from "./grid-cells";
import { certainTable, uncertainColumns } from "../recognize/uncertain";
import { columnLetter, rectA1 } from "./a1";
import { efficiencyMethod } from "./efficiency-method";

export * from "./compare-types";
export { chartDataRect } from "./compare-chart-data";
export { isGeneratedSheet } from "./compare-cells";

/** Indonesian sheet names, all under Excel's 31-character limit. */
export const SHEET_NAMES: Record<CompareKind, string> = {
  "antar-tahun": "Perbandingan Antar Tahun",
  "target-akhir": "Perbandingan Target Akhir",
  standar: "Perbandingan Standar",
  efisiensi: "Analisis Efisiensi",
};

/** The generated sheet of each kind found in the workbook (by its marker in A2). */
export function generatedSheets(grids: Grid[]): Map<CompareKind, Grid> {
  const out = new Map<CompareKind, Grid>();
  for (const g of grids) {
    const kind = markerKind(cellOf(g, 1, 0).value);
    if (kind && (COMPARE_KINDS as string[]).includes(kind) && !out.has(kind as CompareKind))
      out.set(kind as CompareKind, g);
  }
  return out;
}

/** `base`, else `base (2)`, `base (3)`... cut to 31 characters, not taken by any sheet (case-insensitive). */
export function freeName(base: string, taken: Set<string>): string {
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? "" : ` (${i})`;
    const name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

export function planCompare(
  grids: Grid[],
  tables: RecognizedTable[],
  options: CompareOptions = {}
): ComparePlan {
  const kinds = COMPARE_KINDS.filter((k) => (options.kinds ?? COMPARE_KINDS).includes(k));
  const previous = generatedSheets(grids);
  const generated = new Set([...previous.values()].map((g) => g.sheet.toLowerCase()));
  // Only what recognition is sure of is compared; the guessed columns are left out, and said.
  const own = tables.filter((t) => !generated.has(t.sheet.toLowerCase()));
  const leftOut = leftOutNotes(own);
  const sourceTabs = own.map(certainTable);
  const sources = sourceTables(grids, sourceTabs, generated);
  // "Auto" resolved once from the source tables: the same formula as the findings and the fill.
  const settings: AnalysisSettings = isResolved(options.settings)
    ? { ...DEFAULT_SETTINGS, ...options.settings }
    : resolveSettings(grids, sourceTabs, options.settings).settings;
  const ctx = new CompareContext(
    grids,
    sources,
    baseTable(sources),
    settings,
    options.overrides ?? [],
    options.programSasaran ?? {},
    previous
  );
  const taken = new Set(grids.map((g) => g.sheet.toLowerCase()));
  const sheets: CompareSheet[] = [];
  for (const kind of kinds) {
    const old = previous.get(kind);
    const name = old ? old.sheet : freeName(SHEET_NAMES[kind], taken);
    taken.add(name.toLowerCase());
    const update = old !== undefined;
    let sheet: CompareSheet | null = null;
    if (kind === "antar-tahun") sheet = planYears(ctx, name, update);
    else if (kind === "target-akhir") sheet = planTarget(ctx, name, update);
    else if (kind === "standar") sheet = planStandard(ctx, name, update);
    else
      sheet = planEfficiency(
        ctx,
        name,
        update,
        efficiencyMethod(settings.efficiency, grids, sourceTabs),
        sourceTabs
      );
    if (!sheet) continue;
    const cells = [...sheet.cells];
    cells[1] = [textCell(markerText(kind))];
    sheet.cells = rectangular(cells);
    sheets.push(sheet);
  }
  return { sheets, matches: ctx.matches, notes: [...leftOut, ...ctx.notes] };
}

/** One note per table with guessed columns: which ones the comparison did not use. */
function leftOutNotes(tables: RecognizedTable[]): string[] {
  return tables.flatMap((t) => {
    const cols = [...uncertainColumns(t)].sort((a, b) => a - b);
    return cols.length === 0
      ? []
      : [
          `Tabel ${t.sheet}!${rectA1(t.range)}: kolom ${cols.map(columnLetter).join(", ")} belum pasti dibaca (lihat catatan pengenalan tabel), jadi tidak dipakai dalam perbandingan. Perbaiki judul kolomnya lalu jalankan lagi.`,
        ];
  });
}
