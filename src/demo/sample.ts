// The workbook the demo opens with: real tables of the seed reports (test/fixtures/data), with their
// real mistakes, turned into the in-memory workbook model the way a user would have them in Excel.
import { MAX_COLS, WorkbookModel } from "../memory-excel/model";
import type { FixtureCell, FixtureWorkbook, SheetSpec } from "../../test/fixtures/spec";
import { parseRange } from "../engine/index";
import { pemkotPk } from "../../test/fixtures/data/pemkot-pk";
import { diskominfoPk } from "../../test/fixtures/data/diskominfo-pk";
import { pemkotAnggaran } from "../../test/fixtures/data/pemkot-anggaran";
import { readXlsx } from "../xlsx/read";
import { writeXlsx } from "../xlsx/write";

export interface SampleSheet {
  workbook: FixtureWorkbook;
  sheet: string;
  /** Tab name in the sample, when the fixture's is not telling. */
  as?: string;
}

/**
 * The sample's sheets, in tab order: PK tables (one with its capaian column, one without, for Isi),
 * a Renstra target table, the budget realization.
 */
export const SAMPLE_SHEETS: SampleSheet[] = [
  { workbook: pemkotPk, sheet: "PK 2024" },
  { workbook: diskominfoPk, sheet: "Tabel 3.2", as: "IKU Diskominfo" },
  { workbook: diskominfoPk, sheet: "Tabel 3.14", as: "Renstra" },
  { workbook: pemkotAnggaran, sheet: "Realisasi Anggaran" },
];

/** Excel column width in characters -> points (7 px per character + 5 px padding, at 96 dpi). */
const charsToPoints = (chars: number): number => (chars * 7 + 5) * 0.75;

function addSheet(model: WorkbookModel, spec: SheetSpec, name: string): void {
  if (model.getSheet(name)) return;
  const sheet = model.addSheet(name);
  const rangeFormats = Object.entries(spec.formats ?? {}).map(([a1, fmt]) => ({
    rect: parseRange(a1),
    fmt,
  }));
  spec.rows.forEach((cells: FixtureCell[], row) => {
    cells.forEach((cell, col) => {
      const value = cell !== null && typeof cell === "object" ? cell.v : cell;
      const own = cell !== null && typeof cell === "object" ? cell.fmt : undefined;
      if (value === null || value === "" || value === undefined) return;
      let numberFormat = own;
      if (!numberFormat && typeof value === "number") {
        numberFormat = rangeFormats.find(
          ({ rect }) =>
            rect &&
            row >= rect.row &&
            row < rect.row + rect.rowCount &&
            col >= rect.col &&
            col < rect.col + rect.colCount
        )?.fmt;
      }
      sheet.setCell(
        row,
        col,
        numberFormat && numberFormat !== "General" ? { value, numberFormat } : { value }
      );
    });
  });
  for (const m of spec.merges ?? []) {
    const rect = parseRange(m);
    if (rect) sheet.addMerge(rect);
  }
  (spec.widths ?? []).forEach((w, col) => sheet.setColumnWidth(col, charsToPoints(w)));
  for (const b of spec.bold ?? []) {
    const rect = parseRange(b);
    if (!rect) continue;
    for (let r = rect.row; r < rect.row + rect.rowCount; r++)
      for (let c = rect.col; c < rect.col + rect.colCount; c++) {
        const cell = sheet.getCell(r, c);
        if (cell) sheet.setCell(r, c, { font: { ...cell.font, bold: true } });
      }
  }
  // Long headers and indicator names wrap in the reports; a long title or note with empty cells to its
  // right just runs over them, as in Excel.
  for (const [key, cell] of sheet.cells) {
    if (typeof cell.value !== "string" || cell.value.length <= 30) continue;
    const row = Math.floor(key / MAX_COLS),
      col = key % MAX_COLS;
    const right = sheet.getCell(row, col + 1);
    const merged = sheet.merges.some((m) => m.row === row && m.col === col);
    if (merged || (right && right.value !== null && right.value !== "")) cell.wrap = true;
  }
}

export function buildSampleWorkbook(sheets: SampleSheet[] = SAMPLE_SHEETS): WorkbookModel {
  const model = new WorkbookModel();
  for (const { workbook, sheet, as } of sheets) {
    const spec = workbook.sheets.find((s) => s.name === sheet);
    if (spec) addSheet(model, spec, as ?? spec.name);
  }
  model.activeSheet = 0;
  return model;
}

/**
 * The sample as the demo opens it: built once into an .xlsx package and read back, so that "Unduh .xlsx"
 * patches that package like any file the user opens (the same writer for both).
 */
export async function loadSampleWorkbook(
  sheets: SampleSheet[] = SAMPLE_SHEETS
): Promise<WorkbookModel> {
  const { bytes } = await writeXlsx(buildSampleWorkbook(sheets));
  return readXlsx(bytes);
}
