// A workbook that holds every feature a rebuild used to lose, built on the Pemkot PK fixture (so fill has a
// real table to fill): print setup and print titles, a comment, borders and fills (also on an empty cell fill
// writes into), data validation, a conditional format, a hyperlink, an image, an Excel table, sheet
// protection, defined names, a hidden column, an array formula, shared formulas, `_xlfn.` functions, a
// calcChain; and, as .xlsm, a vbaProject.bin with its relationship and content types.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";

const ROOT = resolve(__dirname, "../../..");

const thin = { style: "thin" as const, color: { argb: "FF000000" } };
const BOX: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export async function featureWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    readFileSync(join(ROOT, "test/fixtures/xlsx/pemkot-pk-2024.xlsx")) as unknown as ArrayBuffer
  );
  const ws = wb.getWorksheet("PK 2024")!;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: "landscape",
    scale: 50,
    paperSize: 5,
    printTitlesRow: "3:4",
  };
  ws.headerFooter = { oddFooter: "Halaman &P dari &N" };
  ws.getCell("C5").note = "Catatan penyusun: indikator dari Renstra";
  ws.getCell("E5").border = BOX;
  ws.getCell("E5").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getCell("E5").alignment = { vertical: "top" };
  // Empty cells of the column fill writes, with borders and a fill the output must keep.
  for (let r = 3; r <= 24; r++) {
    ws.getCell(`I${r}`).border = BOX;
    ws.getCell(`I${r}`).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  }
  ws.getCell("F5").dataValidation = { type: "list", allowBlank: true, formulae: ['"ya,tidak"'] };
  ws.addConditionalFormatting({
    ref: "G5:G24",
    rules: [
      {
        type: "cellIs",
        operator: "lessThan",
        formulae: ["1"],
        priority: 1,
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
      },
    ],
  });
  ws.getCell("K35").value = { text: "Situs Pemkot", hyperlink: "https://example.org/sakip" };
  const image = wb.addImage({
    buffer: readFileSync(join(ROOT, "assets/icon-16.png")) as unknown as ExcelJS.Buffer,
    extension: "png",
  });
  ws.addImage(image, "K37:L39");
  ws.addTable({
    name: "Daftar",
    ref: "N35",
    headerRow: true,
    style: { theme: "TableStyleLight1", showRowStripes: true },
    columns: [{ name: "Kode" }, { name: "Nilai" }],
    rows: [
      ["a", 1],
      ["b", 2],
    ],
  });
  ws.getColumn(13).hidden = true;
  ws.getCell("K40").value = {
    formula: "SUM(E7:E8*1)",
    result: 76.36,
    shareType: "array",
    ref: "K40",
  } as ExcelJS.CellFormulaValue;
  ws.getCell("K41").value = {
    formula: "_xlfn.XLOOKUP(C7,C5:C24,E5:E24)",
    result: 73,
  } as ExcelJS.CellFormulaValue;
  ws.getCell("K42").value = {
    formula: '_xlfn.TEXTJOIN(",",TRUE,D7:D8)',
    result: "%,%",
  } as ExcelJS.CellFormulaValue;
  ws.getCell("K43").value = {
    formula: "_xlfn.LET(_xlpm.x,E7,_xlpm.x*2)",
    result: 146,
  } as ExcelJS.CellFormulaValue;
  ws.getCell("K44").value = {
    formula: "_xlfn._xlws.FILTER(E7:E8,E7:E8>5)",
    result: 73,
    shareType: "array",
    ref: "K44",
  } as ExcelJS.CellFormulaValue;
  ws.fillFormula("L41:L43", "E7*2", [146, 6.72, 0]);
  await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  wb.definedNames.add("'PK 2024'!$E$5:$E$24", "TargetPK");

  const extra = wb.addWorksheet("Rumus SAKIP");
  extra.addRow(["Target", "Realisasi", "Capaian"]);
  extra.addRow([80, 72]);
  extra.addRow([50, 55]);
  extra.addRow([10, 12]);
  extra.fillFormula("C2:C4", "_xldudf_SAKIP_CAPAIAN(A2,B2)", [0.9, 1.1, 1.2]);
  extra.getCell("A6").value = "Tidak disentuh";

  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return withCalcChain(bytes);
}

/** Adds a calcChain (ExcelJS writes none; Excel always does). */
async function withCalcChain(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(
    "xl/calcChain.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="K41" i="1"/><c r="C2" i="2"/></calcChain>'
  );
  await edit(zip, "xl/_rels/workbook.xml.rels", (x) =>
    x.replace(
      "</Relationships>",
      '<Relationship Id="rIdCalc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'
    )
  );
  await edit(zip, "[Content_Types].xml", (x) =>
    x.replace(
      "</Types>",
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'
    )
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The same workbook as .xlsm: a VBA project part, its relationship, and the macro-enabled content types. */
export async function featureWorkbookXlsm(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await featureWorkbook());
  // Not a real compiled project: the bytes only have to come through untouched.
  zip.file(
    "xl/vbaProject.bin",
    Uint8Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256)
  );
  await edit(zip, "xl/_rels/workbook.xml.rels", (x) =>
    x.replace(
      "</Relationships>",
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'
    )
  );
  await edit(zip, "[Content_Types].xml", (x) =>
    x
      .replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
      )
      .replace(
        "</Types>",
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'
      )
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function edit(zip: JSZip, name: string, change: (xml: string) => string): Promise<void> {
  zip.file(name, change(await zip.file(name)!.async("string")));
}
