// RINGKASAN.xlsx of `sakip report`: the summary sheet and the findings sheet of src/app/report.ts, written with
// ExcelJS: bold frozen header, autofilter on both sheets, percent and rupiah formats, the file names as links.
import ExcelJS from "exceljs";
import { relative, dirname } from "node:path";
import { pathToFileURL } from "node:url";
import type { ReportSheet } from "../app/report";

const PERCENT = new Set(["Rata-rata capaian", "Serapan"]);
const MONEY = new Set(["Pagu", "Realisasi"]);

/** A link Excel opens: relative to the summary when it sits beside the files (the folder can move), else a file URL. */
function linkTo(file: string, outputPath: string): string {
  const rel = relative(dirname(outputPath), file);
  return rel.startsWith("..") || rel === "" ? pathToFileURL(file).href : rel.split("\\").join("/");
}

function addSheet(
  book: ExcelJS.Workbook,
  name: string,
  sheet: ReportSheet,
  outputPath: string
): void {
  const ws = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow(sheet.header).font = { bold: true };
  for (const row of sheet.rows) {
    const added = ws.addRow(row.map((v) => (v === null ? undefined : v)));
    const file = row[0];
    if (typeof file === "string")
      added.getCell(1).value = { text: file, hyperlink: linkTo(file, outputPath) };
  }
  sheet.header.forEach((h, i) => {
    const col = ws.getColumn(i + 1);
    if (PERCENT.has(h)) col.numFmt = "0.00%";
    else if (MONEY.has(h)) col.numFmt = "#,##0";
    const longest = Math.max(h.length, ...sheet.rows.map((r) => String(r[i] ?? "").length));
    col.width = Math.min(Math.max(longest + 2, 8), h === "Pesan" ? 100 : 60);
  });
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, sheet.rows.length + 1), column: sheet.header.length },
  };
}

export async function writeReport(
  outputPath: string,
  summary: ReportSheet,
  findings: ReportSheet
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "sakip report";
  addSheet(book, "Ringkasan", summary, outputPath);
  addSheet(book, "Temuan", findings, outputPath);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
