// Issue 12: a workbook is judged as Excel shows it. Saved results stay until a precedent changes; formulas
// without a saved result are computed; a circular reference reads as "rumus melingkar".
import ExcelJS from "exceljs";
import { runOf } from "../../src/app/excel-run";
import { scan } from "../../src/app/scan";
import { DEFAULT_SETTINGS } from "../../src/engine/index";
import { readWorkbook } from "../../src/excel/read-workbook";
import { createMemoryExcel } from "../../src/memory-excel/index";
import { readXlsx } from "../../src/xlsx/read";
import { ANGGARAN_DISKOMINFO, anggaranWorkbook } from "./helpers";

/**
 * A sheet Excel (Indonesian) computed: A1 holds a pagu pasted as text the Indonesian way, A3 adds it to A2
 * and Excel saved 513.425.171.766; HyperFormula cannot add that text (it gives #VALUE!). B1 and B2 depend
 * on A2; C1 has no saved result; D1's saved result is not what HyperFormula would give.
 */
async function savedByExcel(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Anggaran");
  ws.getCell("A1").value = "513.425.170.766";
  ws.getCell("A2").value = 1000;
  ws.getCell("A3").value = { formula: "A1+A2", result: 513425171766 };
  ws.getCell("B1").value = { formula: "A2*2", result: 2000 };
  ws.getCell("B2").value = { formula: "B1+1", result: 2001 };
  ws.getCell("C1").value = { formula: "A2+1" } as ExcelJS.CellFormulaValue;
  ws.getCell("D1").value = { formula: "1+1", result: 7 };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("values as Excel saved them", () => {
  test("saved results are read as they are, a formula without one is computed", async () => {
    const excel = createMemoryExcel(await readXlsx(await savedByExcel()));
    const grids = await excel.run((context) => readWorkbook(context));
    const v = grids[0]!.values;
    expect(v[2]![0]).toBe(513425171766);
    expect([v[0]![1], v[1]![1]]).toEqual([2000, 2001]);
    expect(v[0]![2]).toBe(1001);
    expect(v[0]![3]).toBe(7);
  });

  test("an edit recomputes the cells that depend on it, directly or through others, and nothing else", async () => {
    const excel = createMemoryExcel(await readXlsx(await savedByExcel()));
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Anggaran").getRange("A2").values = [[5]];
      await context.sync();
    });
    const s = excel.model.getSheet("Anggaran")!;
    expect(s.getCell(0, 1)?.value).toBe(10); // B1 = A2*2
    expect(s.getCell(1, 1)?.value).toBe(11); // B2 = B1+1, through B1
    expect(s.getCell(0, 2)?.value).toBe(6); // C1 = A2+1
    // A3's precedent changed: from now on it shows what the in-memory Excel computes of the text.
    expect(s.getCell(2, 0)?.value).toBe("#VALUE!");
    expect(s.getCell(0, 3)?.value).toBe(7); // D1 has no precedent that changed
  });

  test("the demo grid's edit (editCell) follows the same rule", async () => {
    const excel = createMemoryExcel(await readXlsx(await savedByExcel()));
    excel.editCell("Anggaran", 1, 0, 7);
    const s = excel.model.getSheet("Anggaran")!;
    expect([s.getCell(0, 1)?.value, s.getCell(1, 1)?.value, s.getCell(0, 3)?.value]).toEqual([
      14, 15, 7,
    ]);
  });

  test("a budget total that adds text numbers keeps Excel's saved figure: no #VALUE! finding", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Anggaran");
    ws.addRow(["NO", "PROGRAM KEGIATAN", "ANGGARAN", "REALISASI", "(%)"]);
    // Seed (Diskominfo Binjai 2024), amounts pasted as Indonesian text as SIPD exports do.
    const id = (n: number) => n.toLocaleString("id-ID");
    ANGGARAN_DISKOMINFO.forEach(([name, pagu, real], i) => {
      ws.addRow([
        i + 1,
        name,
        id(pagu),
        id(real),
        { formula: `D${i + 2}/C${i + 2}`, result: real / pagu },
      ]);
    });
    const total = ANGGARAN_DISKOMINFO.reduce((s, r) => s + r[1], 0);
    const realTotal = ANGGARAN_DISKOMINFO.reduce((s, r) => s + r[2], 0);
    ws.addRow([
      "",
      "TOTAL",
      { formula: "SUM(C2:C6)+0*C2", result: total },
      { formula: "D2+D3+D4+D5+D6", result: realTotal },
      { formula: "D7/C7", result: realTotal / total },
    ]);
    const excel = createMemoryExcel(await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer())));
    const result = await scan(
      runOf(excel),
      { ...DEFAULT_SETTINGS, polarity: {} },
      { tableDoubtFindings: true }
    );
    const grid = result.grids[0]!;
    expect(grid.values[6]![3]).toBe(realTotal);
    expect(grid.values[6]![4]).toBeCloseTo(realTotal / total, 12);
    expect(
      result.findings.filter((f) => /#VALUE!/.test(f.message) || f.actual === "#VALUE!")
    ).toEqual([]);
  });
});

describe("a circular reference", () => {
  test("reads as rumus melingkar, not as #REF! bukan angka", async () => {
    const model = anggaranWorkbook();
    const sheet = model.getSheet("Anggaran")!;
    ANGGARAN_DISKOMINFO.forEach(([, pagu, real], i) =>
      sheet.setCell(i + 1, 4, { value: real / pagu, formula: `=D${i + 2}/C${i + 2}` })
    );
    // The serapan of the second program takes its own cell into account (no saved result: the tool computes it).
    sheet.setCell(2, 4, { value: null, formula: "=D3/C3+E3*0" });
    const excel = createMemoryExcel(model);
    const e3 = await excel.run(async (context) => {
      const r = context.workbook.worksheets
        .getItem("Anggaran")
        .getRange("E3")
        .load("values,valueTypes");
      await context.sync();
      return r;
    });
    expect(e3.values).toEqual([["#CYCLE!"]]);
    expect(e3.valueTypes).toEqual([["Error"]]);
    const result = await scan(
      runOf(excel),
      { ...DEFAULT_SETTINGS, polarity: {} },
      { tableDoubtFindings: true }
    );
    const atE3 = result.findings.filter((f) => f.cell === "E3");
    expect(atE3.length).toBeGreaterThan(0);
    expect(atE3.every((f) => /Rumus melingkar/.test(f.message) && !/#REF!/.test(f.message))).toBe(
      true
    );
  });
});
