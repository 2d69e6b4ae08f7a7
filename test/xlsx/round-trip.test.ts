import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { SAKIP_FUNCTIONS } from "../../src/functions/core";
import { createMemoryExcel } from "../../src/memory-excel/index";
import type { WorkbookModel } from "../../src/memory-excel/model";
import { readXlsx } from "../../src/xlsx/read";
import { writeXlsx } from "../../src/xlsx/write";

/**
 * A PK sheet as a user has it in Excel (seed: LKjIP Pemkot Binjai 2024, Indeks Profesionalitas ASN
 * and the infrastructure sasaran): title, merged two-row header, merged sasaran cells, numbers as
 * numbers and pasted as text ("91,43%"), a percent column, a capaian column saved by Excel with the
 * add-in (_xldudf_), a shared formula; plus an anggaran sheet (Diskominfo) and a hidden sheet.
 */
async function buildWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const pk = wb.addWorksheet("PK 2024");
  pk.getCell("A1").value = "PENGUKURAN KINERJA TAHUN 2024";
  pk.getCell("A1").font = { bold: true, size: 14 };
  pk.mergeCells("A1:G1");
  ["No", "Sasaran", "Indikator", "Target", "Realisasi", "Capaian", "Capaian (teks)"].forEach(
    (h, i) => {
      const cell = pk.getCell(2, i + 1);
      cell.value = h;
      cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } };
      cell.alignment = { horizontal: "center", wrapText: true };
      pk.mergeCells(2, i + 1, 3, i + 1);
    }
  );
  const rows: [number | null, string | null, string, number, number | string][] = [
    [1, "Meningkatnya kualitas tata kelola pemerintahan", "Indeks Profesionalitas ASN", 73, 74.52],
    [
      2,
      "Meningkatnya ketersediaan dan kualitas infrastruktur publik",
      "Persentase kondisi jalan baik",
      94,
      "91,43%",
    ],
    [null, null, "Persentase akses air minum kota", 50, 98.05],
  ];
  rows.forEach(([no, sasaran, indikator, target, real], i) => {
    const r = 4 + i;
    if (no !== null) pk.getCell(r, 1).value = no;
    if (sasaran !== null) pk.getCell(r, 2).value = sasaran;
    pk.getCell(r, 3).value = indikator;
    pk.getCell(r, 4).value = target;
    pk.getCell(r, 5).value = real;
    pk.getCell(r, 6).value = {
      formula: `_xldudf_SAKIP_CAPAIAN(D${r},E${r})`,
      result: 1.0208,
    } as ExcelJS.CellFormulaValue;
    pk.getCell(r, 6).numFmt = "0.00%";
  });
  pk.mergeCells("B5:B6");
  pk.getCell("G4").value = {
    formula: 'TEXT(F4,"0.00%")',
    result: "102.08%",
    shareType: "shared",
    ref: "G4:G6",
  } as ExcelJS.CellFormulaValue;
  pk.getCell("G5").value = {
    sharedFormula: "G4",
    result: "#VALUE!",
  } as ExcelJS.CellSharedFormulaValue;
  pk.getCell("G6").value = {
    sharedFormula: "G4",
    result: "196.10%",
  } as ExcelJS.CellSharedFormulaValue;
  pk.getColumn(2).width = 40;
  pk.getColumn(3).width = 32.5;
  pk.getRow(2).height = 30;

  const ang = wb.addWorksheet("Realisasi Anggaran");
  ang.getCell("B2").value = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA";
  ang.getCell("C2").value = 3996931540;
  ang.getCell("D2").value = 3678577055;
  ang.getCell("C2").numFmt = "#,##0";
  ang.getCell("D2").numFmt = "#,##0";
  ang.getCell("E2").value = { formula: "D2/C2", result: 0.9204 } as ExcelJS.CellFormulaValue;
  ang.getCell("E2").numFmt = "0%";
  ang.getCell("F2").value = "2.358.277.568,00";

  const hidden = wb.addWorksheet("Catatan", { state: "hidden" });
  hidden.getCell("A1").value = true;
  wb.views = [
    { activeTab: 1, x: 0, y: 0, width: 10000, height: 8000, firstSheet: 0, visibility: "visible" },
  ];
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The model as plain data, for comparing two reads. */
function plain(model: WorkbookModel): unknown {
  return {
    active: model.activeSheet,
    sheets: model.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      cells: [...s.cells.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([k, c]) => [k, JSON.parse(JSON.stringify(c))]),
      merges: s.merges,
      widths: [...s.columnWidths.entries()].sort(),
      heights: [...s.rowHeights.entries()].sort(),
    })),
  };
}

describe("readXlsx", () => {
  test("reads values, text numbers, formulas with cached results, formats, merges, styles, sheets", async () => {
    const model = await readXlsx(await buildWorkbook());
    expect(model.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["PK 2024", "Visible"],
      ["Realisasi Anggaran", "Visible"],
      ["Catatan", "Hidden"],
    ]);
    expect(model.activeSheet).toBe(1);
    const pk = model.getSheet("PK 2024")!;
    expect(pk.getCell(0, 0)).toEqual({
      value: "PENGUKURAN KINERJA TAHUN 2024",
      font: { bold: true, size: 14 },
    });
    expect(pk.getCell(1, 1)).toMatchObject({
      value: "Sasaran",
      font: { bold: true, color: "#FFFFFF" },
      fill: "#1F4E79",
      horizontalAlignment: "Center",
      wrap: true,
    });
    expect(pk.getCell(3, 4)?.value).toBe(74.52);
    expect(pk.getCell(4, 4)?.value).toBe("91,43%");
    // Excel's saved name of an add-in function comes back as the function itself, with its cached result.
    expect(pk.getCell(3, 5)).toEqual({
      value: 1.0208,
      formula: "=SAKIP.CAPAIAN(D4,E4)",
      numberFormat: "0.00%",
    });
    // Shared formulas are expanded per cell.
    expect([4, 5].map((r) => pk.getCell(r, 6)?.formula)).toEqual([
      '=TEXT(F5,"0.00%")',
      '=TEXT(F6,"0.00%")',
    ]);
    expect(pk.getCell(4, 6)?.value).toBe("#VALUE!");
    expect(pk.merges).toEqual(
      expect.arrayContaining([
        { row: 0, col: 0, rowCount: 1, colCount: 7 },
        { row: 1, col: 1, rowCount: 2, colCount: 1 },
        { row: 4, col: 1, rowCount: 2, colCount: 1 },
      ])
    );
    expect(pk.merges).toHaveLength(9);
    // 40 characters wide -> points as the Excel JS API reports column widths.
    expect(pk.columnWidths.get(1)).toBe(Math.round((40 * 7 + 5) * 0.75 * 100) / 100);
    expect(pk.rowHeights.get(1)).toBe(30);
    const ang = model.getSheet("Realisasi Anggaran")!;
    expect(ang.getCell(1, 2)).toEqual({ value: 3996931540, numberFormat: "#,##0" });
    expect(ang.getCell(1, 4)).toEqual({ value: 0.9204, formula: "=D2/C2", numberFormat: "0%" });
    expect(ang.getCell(1, 5)?.value).toBe("2.358.277.568,00");
    expect(model.getSheet("Catatan")!.getCell(0, 0)?.value).toBe(true);
  });

  test("read -> write -> read gives the same model", async () => {
    const first = await readXlsx(await buildWorkbook());
    const { bytes, warnings } = await writeXlsx(first);
    const second = await readXlsx(bytes);
    expect(plain(second)).toEqual(plain(first));
    expect(warnings).toEqual([]);
  });

  test("a file that is not an .xlsx is refused", async () => {
    await expect(readXlsx(new TextEncoder().encode("No | Sasaran | Indikator"))).rejects.toThrow();
  });
});

describe("writeXlsx", () => {
  test("SAKIP formulas are saved as Excel saves them, with the computed result for Excel without the add-in", async () => {
    const model = await readXlsx(await buildWorkbook());
    const excel = createMemoryExcel(model);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("PK 2024");
      ws.getRange("H4").formulas = [['=SAKIP.CAPAIAN(D4,E4,"higher")']];
      await context.sync();
    });
    const { bytes } = await writeXlsx(model);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const cell = wb.getWorksheet("PK 2024")!.getCell("H4");
    expect(cell.formula).toBe('_xldudf_SAKIP_CAPAIAN(D4,E4,"higher")');
    expect(cell.result).toBe(SAKIP_FUNCTIONS.CAPAIAN(73, 74.52, "higher"));
    // Issue 12 changes this on purpose: the result Excel saved (1.0208) is what the file shows, and no
    // precedent of F4 changed, so it stays.
    expect(wb.getWorksheet("PK 2024")!.getCell("F4").result).toBe(1.0208);
  });

  test("charts cannot be written: each one is named in a warning", async () => {
    const model = await readXlsx(await buildWorkbook());
    const excel = createMemoryExcel(model);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Realisasi Anggaran");
      ws.charts.add("ColumnClustered", ws.getRange("B2:D2"), "Rows").title.text = "Serapan 2024";
      await context.sync();
    });
    const { warnings } = await writeXlsx(model);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("Serapan 2024");
    expect(warnings[0]).toContain("Realisasi Anggaran");
  });
});

describe("the fixture workbooks built from the seeds", () => {
  const dir = join(__dirname, "..", "fixtures", "xlsx");
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".xlsx")) : [];

  test.each(files)("%s survives read -> write -> read", async (file) => {
    const first = await readXlsx(new Uint8Array(readFileSync(join(dir, file))));
    expect(first.sheets.length).toBeGreaterThan(0);
    const second = await readXlsx((await writeXlsx(first)).bytes);
    expect(plain(second)).toEqual(plain(first));
  });
});
