// Test helpers: a RecognizedTable from a fixture's expected recognition (so validation is tested on the
// tables a careful reader sees, independent of the recognizer), and small hand-built sheets.
import type { CellRect, Grid, RecognizedTable, RoleKey, TableRow } from "../../../src/engine/types";
import { gridFromSheet } from "../../fixtures/grid";
import type { ExpectedTable, FixtureCell, SheetSpec, FixtureWorkbook } from "../../fixtures/spec";
import { validate, type ValidationResult } from "../../../src/engine/validate";
import type { AnalysisSettings } from "../../../src/engine/settings";

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function rangeOf(a1: string): CellRect {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`bad range ${a1}`);
  const row = Number(m[2]) - 1;
  const col = colIndex(m[1]);
  return { row, col, rowCount: Number(m[4]) - row, colCount: colIndex(m[3]) - col + 1 };
}

export function tableFromExpected(sheet: string, e: ExpectedTable): RecognizedTable {
  const columns: Partial<Record<RoleKey, number>> = {};
  for (const [role, letter] of Object.entries(e.columns))
    columns[role as RoleKey] = colIndex(letter);
  const rows: TableRow[] = e.rows.map((r) => ({
    row: r.row - 1,
    kind: r.kind,
    ...(r.level !== undefined ? { level: r.level } : {}),
    ...(r.parentRow !== undefined ? { parentRow: r.parentRow - 1 } : {}),
    ...(r.sasaranRow !== undefined ? { sasaranRow: r.sasaranRow - 1 } : {}),
    ...(r.sasaran !== undefined ? { sasaran: r.sasaran } : {}),
  }));
  return {
    sheet,
    kind: e.kind,
    range: rangeOf(e.range),
    headerRows: e.headerRows.map((r) => r - 1),
    columns,
    rows,
    ...(e.year !== undefined ? { year: e.year } : {}),
    doubts: [],
  };
}

export function sheetOf(wb: FixtureWorkbook, name: string): SheetSpec {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** Validate a fixture sheet with the tables a reader expects. */
export function validateSheet(
  sheet: SheetSpec,
  settings?: Partial<AnalysisSettings>
): ValidationResult {
  const grid: Grid = gridFromSheet(sheet);
  return validate(
    grid,
    sheet.expected.map((e) => tableFromExpected(sheet.name, e)),
    settings
  );
}

/** A small PK sheet: header on row 1, indicators from row 2 (No, Indikator, Target, Realisasi, Capaian[, Predikat]). */
export function pkSheet(
  rows: FixtureCell[][],
  opts: { predikat?: boolean; formats?: Record<string, string>; name?: string } = {}
): SheetSpec {
  const header: FixtureCell[] = [
    "No",
    "Indikator Kinerja",
    "Target",
    "Realisasi",
    "Capaian (%)",
    ...(opts.predikat ? ["Kategori"] : []),
  ];
  const last = opts.predikat ? "F" : "E";
  const columns: Record<string, string> = {
    no: "A",
    indikator: "B",
    target: "C",
    realisasi: "D",
    capaian: "E",
    ...(opts.predikat ? { predikat: "F" } : {}),
  };
  return {
    name: opts.name ?? "PK",
    rows: [header, ...rows],
    formats: opts.formats,
    expected: [
      {
        range: `A1:${last}${rows.length + 1}`,
        kind: "pk",
        headerRows: [1],
        columns,
        rows: rows.map((r, i) => ({
          row: i + 2,
          kind: typeof r[0] === "string" && /rata|jumlah/i.test(r[0]) ? "total" : "indicator",
        })),
      },
    ],
  };
}

/** Findings as "RULE@CELL" for compact assertions. */
export function where(result: ValidationResult): string[] {
  return result.findings.map((f) => `${f.rule}@${f.cell}`);
}
