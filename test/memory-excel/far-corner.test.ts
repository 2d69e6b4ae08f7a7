// Issue 12: used ranges are sparse. A workbook with cells at XFD1 and XFD1048576, or one cell at A1048576,
// is read with a cost that follows its cells, not the rectangle they span (memory in `npm run bench`).
import ExcelJS from "exceljs";
import { runOf } from "../../src/app/excel-run";
import { scan } from "../../src/app/scan";
import { DEFAULT_SETTINGS } from "../../src/engine/index";
import { createMemoryExcel } from "../../src/memory-excel/index";
import { readXlsx } from "../../src/xlsx/read";

async function workbook(cells: Record<string, number | string>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Lembar1");
  for (const [address, value] of Object.entries(cells)) ws.getCell(address).value = value;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("far-corner workbooks", () => {
  test("XFD1 and XFD1048576: the million empty rows between them share one row in the grid", async () => {
    const model = await readXlsx(await workbook({ XFD1: 1, XFD1048576: 2 }));
    expect(model.sheets[0]!.cells.size).toBe(2);
    const excel = createMemoryExcel(model);
    const result = await scan(
      runOf(excel),
      { ...DEFAULT_SETTINGS, polarity: {} },
      { tableDoubtFindings: true }
    );
    const grid = result.grids[0]!;
    expect([grid.originRow, grid.originCol, grid.values.length]).toEqual([0, 16383, 1048576]);
    expect([grid.values[0]![0], grid.values[1048575]![0]]).toEqual([1, 2]);
    // Three distinct row arrays per property: the two rows with cells and the shared empty one.
    expect(new Set(grid.values).size).toBe(3);
    expect(new Set(grid.text).size).toBe(3);
    expect(result.tables).toEqual([]);
  });

  test("one cell at A1048576 is read, and a formula written beside it computes", async () => {
    const model = await readXlsx(await workbook({ A1048576: 5 }));
    const excel = createMemoryExcel(model);
    const result = await scan(
      runOf(excel),
      { ...DEFAULT_SETTINGS, polarity: {} },
      { tableDoubtFindings: true }
    );
    expect(result.grids[0]!.values).toEqual([[5]]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Lembar1").getRange("B1048576").formulas = [
        ["=A1048576*2"],
      ];
      await context.sync();
    });
    expect(model.sheets[0]!.getCell(1048575, 1)?.value).toBe(10);
  });
});
