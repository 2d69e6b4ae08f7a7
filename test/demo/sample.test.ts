import { buildSampleWorkbook, SAMPLE_SHEETS } from "../../src/demo/sample";
import { cellValue, sheetMerges } from "../fixtures/grid";

describe("the demo's sample workbook", () => {
  const model = buildSampleWorkbook();
  it("holds PK tables, a Renstra table and the budget realization, from the seeds' fixtures", () => {
    expect(model.sheets.map((s) => s.name)).toEqual([
      "PK 2024",
      "IKU Diskominfo",
      "Renstra",
      "Realisasi Anggaran",
    ]);
  });
  it('keeps every fixture cell as the user typed it (numbers, text such as "91,43%"), and the merges', () => {
    SAMPLE_SHEETS.forEach(({ workbook, sheet: name }, i) => {
      const spec = workbook.sheets.find((s) => s.name === name)!;
      const sheet = model.sheets[i]!;
      spec.rows.forEach((cells, r) =>
        cells.forEach((c, col) => {
          const v = cellValue(c);
          expect(sheet.getCell(r, col)?.value ?? "").toEqual(v);
        })
      );
      expect(sheet.merges).toEqual(sheetMerges(spec));
    });
  });
});
