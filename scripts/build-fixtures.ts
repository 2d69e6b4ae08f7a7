// Writes test/fixtures/xlsx/*.xlsx from the reviewable data in test/fixtures/data (run:
// `npx tsx scripts/build-fixtures.ts`). Cells, number formats, merges, widths and bold headers are set
// as a user would have them in Excel; dates are fixed so the files only change when the data does.
import * as path from "node:path";
import * as fs from "node:fs";
import ExcelJS from "exceljs";
// exceljs's own zip library: used to give every zip entry a fixed date, so rebuilding gives the same bytes.
import JSZip from "jszip";
import { fixtures } from "../test/fixtures/data";
import { cellValue, formatAt } from "../test/fixtures/grid";
import { parseRange } from "../src/engine/recognize/address";
import type { FixtureWorkbook, SheetSpec } from "../test/fixtures/spec";

const OUT = path.join(__dirname, "..", "test", "fixtures", "xlsx");
const FIXED_DATE = new Date(Date.UTC(2025, 1, 28));

function fillSheet(ws: ExcelJS.Worksheet, sheet: SheetSpec): void {
  sheet.rows.forEach((cells, r) => {
    cells.forEach((c, col) => {
      const v = cellValue(c);
      if (v === "" || v === null) return;
      const cell = ws.getCell(r + 1, col + 1);
      cell.value = v;
      const fmt = formatAt(sheet, r, col);
      if (typeof v === "number" && fmt !== "General") cell.numFmt = fmt;
      if (typeof v === "string" && v.includes("\n"))
        cell.alignment = { wrapText: true, vertical: "top" };
    });
  });
  for (const m of sheet.merges ?? []) ws.mergeCells(m);
  (sheet.widths ?? []).forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const b of sheet.bold ?? []) {
    const r = parseRange(b);
    if (!r) continue;
    for (let row = r.row; row < r.row + r.rowCount; row++) {
      for (let col = r.col; col < r.col + r.colCount; col++)
        ws.getCell(row + 1, col + 1).font = { bold: true };
    }
  }
}

export async function buildWorkbook(fx: FixtureWorkbook, dir = OUT): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "sakip-excel fixtures";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const sheet of fx.sheets) fillSheet(wb.addWorksheet(sheet.name), sheet);
  const file = path.join(dir, `${fx.file}.xlsx`);
  const written = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const stable = new JSZip();
  for (const name of Object.keys(written.files).sort()) {
    const entry = written.files[name];
    if (!entry.dir)
      stable.file(name, await entry.async("uint8array"), {
        date: FIXED_DATE,
        createFolders: false,
      });
  }
  fs.writeFileSync(
    file,
    await stable.generateAsync({ type: "nodebuffer", compression: "DEFLATE" })
  );
  return file;
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  for (const fx of fixtures) {
    const file = await buildWorkbook(fx);
    console.log(
      `${path.relative(process.cwd(), file)}: ${fx.sheets.map((s) => s.name).join(", ")}`
    );
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
