// The patcher's pieces on hand-written XML and small packages: shared formulas whose first cell is
// rewritten, cached results brought up to date, prefixed namespaces, implied row numbers, styles appended,
// sheets removed (undo) and renamed, edits a user makes on the demo page.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createMemoryExcel } from "../../../src/memory-excel/index";
import { cellKey } from "../../../src/memory-excel/model";
import type { CellData, CellValue } from "../../../src/memory-excel/model";
import { readXlsx } from "../../../src/xlsx/read";
import { saveWorkbook } from "../../../src/xlsx/save";
import { patchSheetXml } from "../../../src/xlsx/patch/sheet-data";
import type { SheetEdits } from "../../../src/xlsx/patch/sheet-data";
import { StyleBook, MINIMAL_STYLES } from "../../../src/xlsx/patch/styles-part";
import { requestFullCalc } from "../../../src/xlsx/patch/workbook-part";
import { parts } from "./package-diff";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function edits(
  written: [number, number, CellData | undefined][],
  results: [number, number, CellValue][] = [],
  formulas: Record<string, string> = {}
): SheetEdits {
  return {
    written: new Map(written.map(([r, c, d]) => [cellKey(r, c), d])),
    results: new Map(results.map(([r, c, v]) => [cellKey(r, c), v])),
    formulaAt: (r, c) => formulas[`${r},${c}`],
  };
}

describe("patchSheetXml", () => {
  test("a rewritten first cell of a shared formula: the other members get their own formula, untouched rows stay as text", () => {
    const xml =
      `<worksheet xmlns="${NS}"><dimension ref="A1:B3"/><sheetData>` +
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c></row>\n' +
      '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>\n' +
      '<row r="3" ht="30" customHeight="1"><c r="A3"><v>3</v></c><c r="B3" s="1"><f t="shared" si="0"/><v>6</v></c></row>' +
      '</sheetData><mergeCells count="1"><mergeCell ref="C1:D1"/></mergeCells></worksheet>';
    const styles = new StyleBook(MINIMAL_STYLES);
    const out = patchSheetXml(
      xml,
      edits([[0, 1, { value: 10, formula: "=A1*10" }]], [], { "1,1": "=A2*2", "2,1": "=A3*2" }),
      styles
    ).xml;
    expect(out).toContain('<c r="B1"><f>A1*10</f><v>10</v></c>');
    expect(out).toContain('<c r="B2"><f>A2*2</f><v>4</v></c>');
    expect(out).toContain('<c r="B3" s="1"><f>A3*2</f><v>6</v></c>');
    expect(out).toContain('<row r="3" ht="30" customHeight="1">');
    expect(out).toContain('<mergeCells count="1"><mergeCell ref="C1:D1"/></mergeCells>');
  });

  test("a recalculated result replaces only the cached value; a result our engine cannot give asks Excel to recalculate", () => {
    const xml = `<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" s="3"><f t="shared" ref="A1:A2" si="4">B1+1</f><v>5</v></c><c r="C1" cm="1"><f>_xlfn.XLOOKUP(1,B:B,C:C)</f><v>7</v></c></row></sheetData></worksheet>`;
    const styles = new StyleBook(MINIMAL_STYLES);
    const patched = patchSheetXml(
      xml,
      edits(
        [],
        [
          [0, 0, "teks"],
          [0, 2, "#NAME?"],
        ]
      ),
      styles
    );
    expect(patched.xml).toContain(
      '<c r="A1" s="3" t="str"><f t="shared" ref="A1:A2" si="4">B1+1</f><v>teks</v></c>'
    );
    expect(patched.xml).toContain('<c r="C1" cm="1"><f>_xlfn.XLOOKUP(1,B:B,C:C)</f><v>7</v></c>');
    expect(patched.needsFullCalc).toBe(true);
  });

  test("prefixed namespaces, implied row and cell positions, new rows in order, dimension grown, row spans widened", () => {
    const xml =
      `<x:worksheet xmlns:x="${NS}"><x:dimension ref="A1:B2"/><x:sheetData>` +
      '<x:row spans="1:2"><x:c><x:v>1</x:v></x:c><x:c t="s"><x:v>0</x:v></x:c></x:row><x:row><x:c><x:v>2</x:v></x:c></x:row>' +
      "</x:sheetData></x:worksheet>";
    const styles = new StyleBook(MINIMAL_STYLES);
    const out = patchSheetXml(
      xml,
      edits([
        [0, 2, { value: "Capaian", font: { bold: true } }],
        [4, 0, { value: 0.5, numberFormat: "0.00%" }],
      ]),
      styles
    ).xml;
    expect(out).toContain(
      '<x:row spans="1:3" r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c t="s" r="B1"><x:v>0</x:v></x:c><x:c r="C1" s="1" t="inlineStr"><x:is><x:t>Capaian</x:t></x:is></x:c></x:row>'
    );
    expect(out).toContain(
      '<x:row r="2"><x:c><x:v>2</x:v></x:c></x:row><x:row r="5"><x:c r="A5" s="2"><x:v>0.5</x:v></x:c></x:row>'
    );
    expect(out).toContain('<x:dimension ref="A1:C5"/>');
    const xmlStyles = styles.toXml();
    expect(xmlStyles).toContain(
      '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    );
    expect(xmlStyles).toMatch(/<xf numFmtId="10" [^>]*applyNumberFormat="1"\/><\/cellXfs>/);
    expect(xmlStyles).toContain('<font><b/><sz val="11"/>');
  });

  test("styles: the same change twice reuses one new style; a base that already gives it is kept", () => {
    const styles = new StyleBook(MINIMAL_STYLES);
    const a = styles.derive(0, { numberFormat: '#,##0.00 "Rp"', bold: true });
    const b = styles.derive(0, { numberFormat: '#,##0.00 "Rp"', bold: true });
    expect(a).toBe(1);
    expect(b).toBe(1);
    expect(styles.derive(a, { numberFormat: '#,##0.00 "Rp"', bold: true })).toBe(a);
    expect(styles.toXml()).toContain(
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00 &quot;Rp&quot;"/></numFmts>'
    );
  });
});

async function threeSheets(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Satu").getCell("A1").value = 1;
  const dua = wb.addWorksheet("Dua");
  dua.getCell("A1").value = 2;
  dua.getCell("B1").value = { formula: "A1*3", result: 6 } as ExcelJS.CellFormulaValue;
  wb.addWorksheet("Tiga").getCell("A1").value = {
    formula: "Satu!A1+1",
    result: 2,
  } as ExcelJS.CellFormulaValue;
  wb.views = [
    { activeTab: 2, x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: "visible" },
  ];
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  // A defined name local to the third sheet (localSheetId 2) and the workbook view on it.
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const names =
    '<definedNames><definedName name="Lokal" localSheetId="2">Tiga!$A$1</definedName><definedName name="Dua_saja" localSheetId="1">Dua!$A$1</definedName></definedNames>';
  expect(xml).toContain('activeTab="2"');
  zip.file(
    "xl/workbook.xml",
    xml.replace("</sheets>", () => `</sheets>${names}`)
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("patchXlsx on a package", () => {
  test("a sheet removed (undo): its entry, relationship, part and content type go; later local names and the view shift", async () => {
    const model = await readXlsx(await threeSheets());
    model.removeSheet("Dua");
    const out = await parts((await saveWorkbook(model)).bytes);
    const wbXml = out.text("xl/workbook.xml");
    expect(wbXml).not.toContain('name="Dua"');
    expect(wbXml).toContain('<definedName name="Lokal" localSheetId="1">');
    expect(wbXml).not.toContain("Dua_saja");
    expect(wbXml).toContain('activeTab="1"');
    expect(out.names).not.toContain("xl/worksheets/sheet2.xml");
    expect(out.text("[Content_Types].xml")).not.toContain("sheet2.xml");
    expect(out.text("xl/_rels/workbook.xml.rels")).not.toContain("sheet2.xml");
    const back = await readXlsx((await saveWorkbook(model)).bytes);
    expect(back.sheets.map((s) => s.name)).toEqual(["Satu", "Tiga"]);
  });

  test("a renamed sheet keeps its part; a model never changed is written back byte for byte", async () => {
    const input = await threeSheets();
    const model = await readXlsx(input);
    expect(Buffer.from((await saveWorkbook(model)).bytes).equals(Buffer.from(input))).toBe(true);
    model.renameSheet("Satu", "Pertama");
    const back = await readXlsx((await saveWorkbook(model)).bytes);
    expect(back.sheets.map((s) => s.name)).toEqual(["Pertama", "Dua", "Tiga"]);
  });

  test("a user's edit (demo page): the cell written, and the results that depend on it brought up to date", async () => {
    const model = await readXlsx(await threeSheets());
    const excel = createMemoryExcel(model);
    excel.editCell("Dua", 0, 0, 5);
    const out = await parts((await saveWorkbook(model)).bytes);
    const dua = out.text("xl/worksheets/sheet2.xml");
    expect(dua).toContain('<c r="A1"><v>5</v></c>');
    expect(dua).toMatch(/<c r="B1"><f>A1\*3<\/f><v>15<\/v><\/c>/);
    const inputParts = await parts(await threeSheets());
    expect(out.text("xl/worksheets/sheet1.xml")).toBe(inputParts.text("xl/worksheets/sheet1.xml"));
    const back = await readXlsx((await saveWorkbook(model)).bytes);
    expect(back.getSheet("Dua")!.getCell(0, 1)?.value).toBe(15);
  });
});

describe("workbook.xml", () => {
  test("fullCalcOnLoad goes on the existing calcPr, or a new one in schema order", () => {
    const w = '<workbook xmlns="x"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets>';
    expect(requestFullCalc(`${w}<calcPr calcId="191029"/></workbook>`)).toBe(
      `${w}<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`
    );
    expect(
      requestFullCalc(
        `${w}<externalReferences><externalReference r:id="rId9"/></externalReferences></workbook>`
      )
    ).toBe(
      `${w}<externalReferences><externalReference r:id="rId9"/></externalReferences><calcPr fullCalcOnLoad="1"/></workbook>`
    );
  });
});
