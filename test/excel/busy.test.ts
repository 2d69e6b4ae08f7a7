// A =SAKIP.* formula still computing reads as #BUSY! in Excel; the scan asks again instead of taking it as data.
import { readWorkbook } from "../../src/excel/read-workbook";
import { createMemoryExcel } from "../../src/memory-excel/index";
import { modelOf } from "./workbook";

function written(busySyncs: number) {
  const excel = createMemoryExcel(
    modelOf({
      name: "PK",
      rows: [
        ["Target", "Realisasi", "Capaian"],
        [80, 76, ""],
        [0.15, 0.73, ""],
      ],
    }),
    { busySyncs }
  );
  return excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("PK").getRange("C2:C3");
    r.formulas = [["=SAKIP.CAPAIAN(A2,B2)"], ["=A3+B3"]];
    r.load("values");
    await context.sync();
    return { excel, first: r.values };
  });
}

test("the in-memory Excel shows #BUSY! for a custom function just written, native formulas compute at once", async () => {
  const { first } = await written(2);
  expect(first).toEqual([["#BUSY!"], [0.88]]);
});

test("the scan reads a busy sheet again until the results are there", async () => {
  const { excel } = await written(3);
  const syncsBefore = excel.stats.syncs;
  const [grid] = await excel.run((context) => readWorkbook(context));
  expect(grid.values[1][2]).toBeCloseTo(76 / 80, 12);
  expect(grid.text[1][2]).not.toBe("#BUSY!");
  expect(excel.stats.syncs - syncsBefore).toBeGreaterThan(2);
});

test("a formula that stays busy stays #BUSY! (an error value, never a number) and the scan ends", async () => {
  const { excel } = await written(1000);
  const [grid] = await excel.run((context) => readWorkbook(context));
  expect(grid.values[1][2]).toBe("#BUSY!");
  expect(grid.values[2][2]).toBeCloseTo(0.88, 12);
});
