import { readWorkbook } from "../../src/excel/read-workbook";
import { createMemoryExcel } from "../../src/memory-excel/index";
import { PK_ROWS } from "../engine/plan/sheets";
import { modelOf } from "./workbook";

const pkSheet = {
  name: "PK 2024",
  rows: PK_ROWS,
  // Sasaran 1 merged down over its four indicators, as in the report.
  merges: [
    { row: 4, col: 1, rowCount: 4, colCount: 1 },
    { row: 4, col: 0, rowCount: 4, colCount: 1 },
  ],
  formats: { "8,4": "0.00", "8,5": "0.00" },
  formulas: { "4,7": "=F7/E7" },
};

describe("readWorkbook", () => {
  test("reads every sheet's used range, text, number formats, formulas and merges into grids", async () => {
    const excel = createMemoryExcel(modelOf(pkSheet, { name: "Kosong", rows: [] }));
    const grids = await excel.run((context) => readWorkbook(context));
    expect(grids.map((g) => g.sheet)).toEqual(["PK 2024", "Kosong"]);
    const pk = grids[0]!;
    expect([pk.originRow, pk.originCol]).toEqual([0, 0]);
    expect(pk.values.length).toBe(PK_ROWS.length);
    expect(pk.values[6]![4]).toBe(73);
    expect(pk.values[6]![5]).toBe("74,52*");
    expect(pk.values[2]![2]).toBe("Indikator Kinerja");
    expect(pk.numberFormat[8]![4]).toBe("0.00");
    expect(pk.text[8]![4]).toBe("94.00");
    expect(pk.formulas![4]![7]).toBe("=F7/E7");
    expect(pk.formulas![6]![4]).toBe(73);
    expect(pk.merges).toEqual(
      expect.arrayContaining([
        { row: 4, col: 1, rowCount: 4, colCount: 1 },
        { row: 4, col: 0, rowCount: 4, colCount: 1 },
      ])
    );
    expect(pk.merges).toHaveLength(2);
    // An empty sheet is a grid with nothing in it, not an error.
    expect(grids[1]).toMatchObject({ sheet: "Kosong", values: [], merges: [] });
  });

  test("a table away from A1 keeps its absolute position", async () => {
    const excel = createMemoryExcel(
      modelOf({
        name: "Lembar1",
        rows: [
          ["Target", "Realisasi"],
          [2.98, 3.12],
        ],
        at: { row: 5, col: 3 },
      })
    );
    const [grid] = await excel.run((context) => readWorkbook(context));
    expect([grid!.originRow, grid!.originCol]).toEqual([5, 3]);
    expect(grid!.values).toEqual([
      ["Target", "Realisasi"],
      [2.98, 3.12],
    ]);
  });

  test("two round trips whatever the number of sheets", async () => {
    const one = createMemoryExcel(modelOf(pkSheet));
    await one.run((context) => readWorkbook(context));
    const many = createMemoryExcel(
      modelOf(...Array.from({ length: 40 }, (_, i) => ({ ...pkSheet, name: `PK ${i + 1}` })))
    );
    const grids = await many.run((context) => readWorkbook(context));
    expect(grids).toHaveLength(40);
    expect(one.stats.syncs).toBe(2);
    expect(many.stats.syncs).toBe(2);
    expect(many.stats.cellsRead).toBeGreaterThan(one.stats.cellsRead);
  });

  test("only the sheets asked for", async () => {
    const excel = createMemoryExcel(modelOf(pkSheet, { name: "Anggaran", rows: [["Uraian"]] }));
    const grids = await excel.run((context) =>
      readWorkbook(context, { sheets: ["anggaran"], formulas: false })
    );
    expect(grids.map((g) => g.sheet)).toEqual(["Anggaran"]);
    expect(grids[0]!.formulas).toBeUndefined();
  });

  test("hidden sheets are read unless asked to skip them", async () => {
    const model = modelOf(pkSheet, { name: "Bantu", rows: [["x"]] });
    model.getSheet("Bantu")!.visibility = "Hidden";
    const excel = createMemoryExcel(model);
    expect((await excel.run((c) => readWorkbook(c))).map((g) => g.sheet)).toEqual([
      "PK 2024",
      "Bantu",
    ]);
    expect(
      (await excel.run((c) => readWorkbook(c, { skipHidden: true }))).map((g) => g.sheet)
    ).toEqual(["PK 2024"]);
  });
});
