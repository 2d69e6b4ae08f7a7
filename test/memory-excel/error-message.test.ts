// A custom function's message travels with its #VALUE! / #N/A to the cell, as Excel shows it beside the
// error (README: =SAKIP.CAPAIAN(E5;"abc") gives #VALUE! with an Indonesian message); the demo grid's
// tooltip says it. HyperFormula's own (English) error texts never reach the user.
import { cellTitle } from "../../src/demo/GridView";
import { SAKIP_FUNCTIONS } from "../../src/functions/core";
import { createMemoryExcel } from "../../src/memory-excel/index";
import { WorkbookModel } from "../../src/memory-excel/model";

function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("no error");
}

test('=SAKIP.CAPAIAN(E5;"abc"): #VALUE! with the engine\'s Indonesian message; #DIV/0! with none', async () => {
  const model = new WorkbookModel();
  const s = model.addSheet("PK");
  s.setCell(4, 4, { value: 73 });
  s.setCell(4, 5, { value: 0 });
  const excel = createMemoryExcel(model);
  await excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("PK");
    ws.getRange("G5:G7").formulas = [
      ['=SAKIP.CAPAIAN(E5,"abc")'],
      ["=SAKIP.CAPAIAN(F5,E5)"],
      ["=E5/F5"],
    ];
    await context.sync();
  });
  const want = messageOf(() => SAKIP_FUNCTIONS.CAPAIAN(73, "abc"));
  expect(want).toMatch(/abc/);
  const typed = s.getCell(4, 6)!;
  expect(typed.value).toBe("#VALUE!");
  expect(typed.errorMessage).toBe(want);
  expect(cellTitle(typed)).toBe(`#VALUE!: ${want}\n=SAKIP.CAPAIAN(E5;"abc")`);
  // Excel passes a custom function's message only with #VALUE! and #N/A; HyperFormula's own none.
  expect(s.getCell(5, 6)!.value).toBe("#DIV/0!");
  expect(s.getCell(5, 6)!.errorMessage).toBeUndefined();
  expect(s.getCell(6, 6)!.errorMessage).toBeUndefined();
  // Fixed input: the message goes with the error.
  excel.editCell("PK", 4, 4, 80);
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("PK").getRange("G5").formulas = [["=SAKIP.CAPAIAN(E5,F5)"]];
    await context.sync();
  });
  expect(s.getCell(4, 6)!.errorMessage).toBeUndefined();
});
