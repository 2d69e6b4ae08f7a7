import { createMemoryExcel, installGlobals } from "../../src/memory-excel/index";
import { WorkbookModel } from "../../src/memory-excel/model";
import { ANGGARAN_DISKOMINFO, anggaranWorkbook } from "./helpers";

async function codeOf(p: Promise<unknown> | (() => unknown)): Promise<string | undefined> {
  try {
    if (typeof p === "function") p();
    else await p;
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
}

describe("load / sync semantics", () => {
  test("a property is unavailable until loaded and synced, then holds the values", async () => {
    const excel = createMemoryExcel(anggaranWorkbook());
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Anggaran").getRange("C2:D3");
      expect(await codeOf(() => range.values)).toBe("PropertyNotLoaded");
      range.load("values, address");
      // Loaded but not synced: still unavailable.
      expect(await codeOf(() => range.values)).toBe("PropertyNotLoaded");
      await context.sync();
      expect(range.address).toBe("Anggaran!C2:D3");
      expect(range.values).toEqual([
        [ANGGARAN_DISKOMINFO[0][1], ANGGARAN_DISKOMINFO[0][2]],
        [ANGGARAN_DISKOMINFO[1][1], ANGGARAN_DISKOMINFO[1][2]],
      ]);
      // Only what was loaded is there.
      expect(await codeOf(() => range.text)).toBe("PropertyNotLoaded");
    });
  });

  test("the error is shaped like office.js's", async () => {
    const excel = createMemoryExcel(anggaranWorkbook());
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Anggaran").getRange("A1");
      let error: unknown;
      try {
        void range.formulas;
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({
        name: "RichApi.Error",
        code: "PropertyNotLoaded",
        debugInfo: { code: "PropertyNotLoaded" },
      });
      expect((error as Error).message).toContain("'formulas'");
    });
  });

  test("loaded values are a snapshot taken at the sync", async () => {
    const model = anggaranWorkbook();
    const excel = createMemoryExcel(model);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Anggaran").getRange("C2");
      range.load("values");
      await context.sync();
      excel.editCell("Anggaran", 1, 2, 1);
      expect(range.values).toEqual([[ANGGARAN_DISKOMINFO[0][1]]]);
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[1]]);
    });
  });

  test("load accepts arrays, select objects and property trees", async () => {
    const excel = createMemoryExcel(anggaranWorkbook());
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Anggaran");
      const a = ws.getRange("A1").load(["values", "rowIndex"]);
      const b = ws.getRange("B2").load({ select: "columnIndex,text" });
      const c = ws.getRange("A1").load({ values: true, format: { font: { bold: true } } });
      await context.sync();
      expect([a.values, a.rowIndex]).toEqual([[["NO"]], 0]);
      expect([b.columnIndex, b.text]).toEqual([1, [[ANGGARAN_DISKOMINFO[0][0]]]]);
      expect(c.format.font.bold).toBe(true);
    });
  });
});

describe("queued writes", () => {
  test("values written are applied at the sync, not before", async () => {
    const model = anggaranWorkbook();
    const excel = createMemoryExcel(model);
    const sheet = model.getSheet("Anggaran")!;
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Anggaran").getRange("F2:F3");
      range.values = [["a"], ["b"]];
      expect(sheet.getCell(1, 5)).toBeUndefined();
      // office.js keeps what the caller set, readable without a load.
      expect(range.values).toEqual([["a"], ["b"]]);
      await context.sync();
      expect(sheet.getCell(1, 5)?.value).toBe("a");
      expect(sheet.getCell(2, 5)?.value).toBe("b");
    });
  });

  test("Excel.run flushes what the batch left queued", async () => {
    const model = anggaranWorkbook();
    const excel = createMemoryExcel(model);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Anggaran").getRange("F1").values = [["Sisa"]];
    });
    expect(model.getSheet("Anggaran")!.getCell(0, 5)?.value).toBe("Sisa");
  });

  test("a 2-D array of the wrong shape fails the sync with InvalidArgument; earlier writes stay, later ones are dropped", async () => {
    const model = anggaranWorkbook();
    const excel = createMemoryExcel(model);
    const sheet = model.getSheet("Anggaran")!;
    const code = await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Anggaran");
      ws.getRange("F1").values = [["before"]];
      ws.getRange("F2:F4").values = [["x"], ["y"]];
      ws.getRange("F5").values = [["after"]];
      return codeOf(context.sync());
    });
    expect(code).toBe("InvalidArgument");
    expect(sheet.getCell(0, 5)?.value).toBe("before");
    expect(sheet.getCell(1, 5)).toBeUndefined();
    expect(sheet.getCell(4, 5)).toBeUndefined();
  });

  test("rows of different lengths are refused too, a single value fills the range", async () => {
    const model = anggaranWorkbook();
    const excel = createMemoryExcel(model);
    const bad = await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Anggaran").getRange("F1:G2").values = [
        ["a", "b"],
        ["c"],
      ];
      return codeOf(context.sync());
    });
    expect(bad).toBe("InvalidArgument");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Anggaran").getRange("F1:G2").values =
        "-" as unknown as string[][];
      await context.sync();
    });
    const sheet = model.getSheet("Anggaran")!;
    expect([sheet.getCell(0, 5)?.value, sheet.getCell(1, 6)?.value]).toEqual(["-", "-"]);
  });

  test("written text is parsed as Excel does when typing: en-US numbers and percents, formulas, text kept", async () => {
    const model = anggaranWorkbook();
    const excel = createMemoryExcel(model);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Anggaran");
      ws.getRange("H1:H5").values = [
        ["91,43%"],
        ["91.43%"],
        ["1,234"],
        ["'=not a formula"],
        ["=1+1"],
      ];
      const text = ws.getRange("J1");
      text.numberFormat = [["@"]];
      text.values = [["007"]];
      await context.sync();
    });
    const sheet = model.getSheet("Anggaran")!;
    expect(sheet.getCell(0, 7)).toMatchObject({ value: "91,43%" });
    expect(sheet.getCell(1, 7)).toMatchObject({ value: 0.9143, numberFormat: "0.00%" });
    expect(sheet.getCell(2, 7)).toMatchObject({ value: 1234, numberFormat: "#,##0" });
    expect(sheet.getCell(3, 7)).toMatchObject({ value: "=not a formula" });
    expect(sheet.getCell(3, 7)?.formula).toBeUndefined();
    expect(sheet.getCell(4, 7)).toMatchObject({ value: 2, formula: "=1+1" });
    expect(sheet.getCell(0, 9)).toMatchObject({ value: "007", numberFormat: "@" });
  });
});

describe("sheets and null objects", () => {
  test("getItem of a missing sheet fails the sync with ItemNotFound; getItemOrNullObject gives a null object", async () => {
    const excel = createMemoryExcel(anggaranWorkbook());
    const missing = await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Renstra");
      return codeOf(context.sync());
    });
    expect(missing).toBe("ItemNotFound");
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject("Renstra");
      const found = context.workbook.worksheets.getItemOrNullObject("anggaran");
      expect(await codeOf(() => ws.isNullObject)).toBe("PropertyNotLoaded");
      found.load("name");
      await context.sync();
      expect(ws.isNullObject).toBe(true);
      expect(found.isNullObject).toBe(false);
      expect(found.name).toBe("Anggaran");
    });
  });

  test("add, items, position, activate, rename", async () => {
    const model = anggaranWorkbook();
    const excel = createMemoryExcel(model);
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const added = sheets.add("Perbandingan");
      added.activate();
      sheets.load("items/name,items/position,items/visibility");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.position, s.visibility])).toEqual([
        ["Anggaran", 0, "Visible"],
        ["Perbandingan", 1, "Visible"],
      ]);
      const active = sheets.getActiveWorksheet().load("name");
      await context.sync();
      expect(active.name).toBe("Perbandingan");
      sheets.add("perbandingan");
      expect(await codeOf(context.sync())).toBe("ItemAlreadyExists");
      added.name = "Perbandingan 2024";
      await context.sync();
    });
    expect(model.sheets.map((s) => s.name)).toEqual(["Anggaran", "Perbandingan 2024"]);
  });
});

describe("used range, merges, derived ranges", () => {
  test("used range with and without format-only cells; empty sheets", async () => {
    const model = anggaranWorkbook();
    model.getSheet("Anggaran")!.setCell(9, 7, { fill: "#FFFF00" });
    model.addSheet("Kosong");
    const excel = createMemoryExcel(model);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Anggaran");
      const all = ws.getUsedRange().load("address");
      const values = ws.getUsedRange(true).load("address,rowCount,columnCount");
      const empty = context.workbook.worksheets.getItem("Kosong");
      const emptyUsed = empty.getUsedRange().load("address");
      const nullUsed = empty.getUsedRangeOrNullObject();
      nullUsed.load("address");
      await context.sync();
      expect(all.address).toBe("Anggaran!A1:H10");
      expect(values.address).toBe("Anggaran!A1:E6");
      expect([values.rowCount, values.columnCount]).toEqual([6, 5]);
      expect(emptyUsed.address).toBe("Kosong!A1");
      expect(nullUsed.isNullObject).toBe(true);
    });
  });

  test("merged areas of a sheet, and merge() keeps the top-left value", async () => {
    const model = anggaranWorkbook();
    const excel = createMemoryExcel(model);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Anggaran");
      const none = ws.getRange().getMergedAreasOrNullObject();
      none.load("address");
      await context.sync();
      expect(none.isNullObject).toBe(true);
      ws.getRange("F1:G1").values = [["KEADAAN TAHUN 2024", "x"]];
      ws.getRange("F1:G1").merge();
      ws.getRange("A8:A9").merge();
      const merged = ws.getRange().getMergedAreasOrNullObject();
      merged.load("address,areaCount");
      merged.areas.load("items/rowIndex,items/rowCount");
      await context.sync();
      expect(merged.address).toBe("Anggaran!F1:G1,Anggaran!A8:A9");
      expect(merged.areaCount).toBe(2);
      expect(merged.areas.items.map((r) => [r.rowIndex, r.rowCount])).toEqual([
        [0, 1],
        [7, 2],
      ]);
    });
    const sheet = model.getSheet("Anggaran")!;
    expect(sheet.getCell(0, 5)?.value).toBe("KEADAAN TAHUN 2024");
    expect(sheet.getCell(0, 6)).toBeUndefined();
  });

  test("getCell, getOffsetRange, getResizedRange, getRangeByIndexes", async () => {
    const excel = createMemoryExcel(anggaranWorkbook());
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Anggaran");
      const base = ws.getRange("B2:C3");
      const cell = base.getCell(1, 1).load("address,values");
      const offset = base.getOffsetRange(1, 2).load("address");
      const resized = base.getResizedRange(3, -1).load("address");
      const byIndex = ws.getRangeByIndexes(5, 3, 1, 1).load("values");
      await context.sync();
      expect(cell.address).toBe("Anggaran!C3");
      expect(cell.values).toEqual([[ANGGARAN_DISKOMINFO[1][1]]]);
      expect(offset.address).toBe("Anggaran!D3:E4");
      expect(resized.address).toBe("Anggaran!B2:B6");
      expect(byIndex.values).toEqual([[ANGGARAN_DISKOMINFO[4][2]]]);
      base.getOffsetRange(-5, 0);
      expect(await codeOf(context.sync())).toBe("InvalidArgument");
    });
  });
});

describe("formats, settings, selection, charts", () => {
  test("number formats give Excel's en-US text; valueTypes tell numbers from text", async () => {
    const model = anggaranWorkbook();
    const excel = createMemoryExcel(model);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Anggaran");
      ws.getRange("E2").formulas = [["=D2/C2"]];
      ws.getRange("E2").numberFormat = [["0.00%"]];
      ws.getRange("E3").values = [["91,74%"]];
      const r = ws.getRange("C2:E3").load("text,valueTypes,numberFormat");
      await context.sync();
      expect(r.text[0]).toEqual(["3,996,931,540", "3,678,577,055", "92.04%"]);
      expect(r.valueTypes).toEqual([
        ["Double", "Double", "Double"],
        ["Double", "Double", "String"],
      ]);
      expect(r.numberFormat[1]).toEqual(["#,##0", "#,##0", "General"]);
    });
  });

  test("font, fill, column width, settings and selection live in the model", async () => {
    const model = anggaranWorkbook();
    const excel = createMemoryExcel(model);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Anggaran");
      const head = ws.getRange("F1");
      head.format.font.bold = true;
      head.format.fill.color = "#DDEBF7";
      head.format.columnWidth = 90;
      context.workbook.settings.add("sakip.settings", '{"tahun":2024}');
      ws.getRange("C4").select();
      await context.sync();
      const mixed = ws.getRange("A1:A2").format.font.load("bold");
      const width = ws.getRange("F1").format.load("columnWidth");
      const setting = context.workbook.settings.getItemOrNullObject("sakip.settings").load("value");
      const missing = context.workbook.settings.getItemOrNullObject("lain");
      const selected = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(mixed.bold).toBeNull();
      expect(width.columnWidth).toBe(90);
      expect(setting.value).toBe('{"tahun":2024}');
      expect(missing.isNullObject).toBe(true);
      expect(selected.address).toBe("Anggaran!C4");
    });
    const sheet = model.getSheet("Anggaran")!;
    expect(sheet.getCell(0, 5)).toMatchObject({ font: { bold: true }, fill: "#DDEBF7" });
    expect(sheet.columnWidths.get(5)).toBe(90);
  });

  test("charts.add records the chart in the model", async () => {
    const model = anggaranWorkbook();
    const excel = createMemoryExcel(model);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Anggaran");
      const chart = ws.charts.add("ColumnClustered", ws.getRange("B1:D6"), "Columns");
      chart.title.text = "Realisasi anggaran 2024";
      chart.setPosition("G2", "N18");
      await context.sync();
    });
    expect(model.getSheet("Anggaran")!.charts).toEqual([
      {
        type: "ColumnClustered",
        source: "B1:D6",
        seriesBy: "Columns",
        sourceSheet: "Anggaran",
        title: "Realisasi anggaran 2024",
        position: "G2:N18",
      },
    ]);
  });

  test("listeners hear each changed cell", async () => {
    const model = anggaranWorkbook();
    const excel = createMemoryExcel(model);
    const heard: string[] = [];
    model.subscribe((e) => {
      if (e.cell) heard.push(`${e.sheet}:${e.cell.row},${e.cell.col}`);
    });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Anggaran").getRange("F2:F3").values = [[1], [2]];
      await context.sync();
    });
    expect(heard).toEqual(["Anggaran:1,5", "Anggaran:2,5"]);
  });
});

describe("counters", () => {
  function workbookOf(sheets: number): WorkbookModel {
    const model = new WorkbookModel();
    for (let i = 0; i < sheets; i++) {
      const s = model.addSheet(`PK ${i + 1}`);
      ANGGARAN_DISKOMINFO.forEach(([, pagu, real], r) => {
        s.setCell(r, 0, { value: pagu });
        s.setCell(r, 1, { value: real });
      });
    }
    return model;
  }

  /** Reads every sheet the way the adapter does: list, then every used range in one sync. */
  async function scan(sheets: number) {
    const excel = createMemoryExcel(workbookOf(sheets));
    await excel.run(async (context) => {
      const all = context.workbook.worksheets.load("items/name");
      await context.sync();
      for (const ws of all.items) ws.getUsedRange(true).load("values,text");
      await context.sync();
      await context.sync(); // nothing queued: no round trip
    });
    return { ...excel.stats };
  }

  test("syncs count round trips, not sheets; cells read count every loaded payload", async () => {
    const one = await scan(1);
    const twenty = await scan(20);
    expect(one.syncs).toBe(2);
    expect(twenty.syncs).toBe(one.syncs);
    expect(one.cellsRead).toBe(ANGGARAN_DISKOMINFO.length * 2 * 2);
    expect(twenty.cellsRead).toBe(20 * one.cellsRead);
  });

  test("cells written and resetStats", async () => {
    const excel = createMemoryExcel(workbookOf(1));
    await excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("PK 1").getRange("C1:C5");
      r.formulas = ANGGARAN_DISKOMINFO.map((_, i) => [`=B${i + 1}/A${i + 1}`]);
      r.numberFormat = ANGGARAN_DISKOMINFO.map(() => ["0.00%"]);
      await context.sync();
    });
    expect(excel.stats).toEqual({
      syncs: 1,
      cellsRead: 0,
      cellsWritten: 10,
      responseBytes: 0,
      responseBytesMax: 0,
      mergedAreasMax: 0,
    });
    excel.resetStats();
    expect(excel.stats).toEqual({
      syncs: 0,
      cellsRead: 0,
      cellsWritten: 0,
      responseBytes: 0,
      responseBytesMax: 0,
      mergedAreasMax: 0,
    });
  });
});

describe("whole columns and sheets, globals", () => {
  test("formatting or clearing a whole column touches its filled cells; loading a whole sheet's values is refused like Excel", async () => {
    const model = anggaranWorkbook();
    const excel = createMemoryExcel(model);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Anggaran");
      ws.getRange("C:C").format.font.bold = true;
      ws.getRange("D:D").clear("Contents");
      const bold = ws.getRange("C:C").format.font.load("bold");
      await context.sync();
      // Filled cells bold, the empty rest of the column not: mixed, as Excel reports.
      expect(bold.bold).toBeNull();
      ws.getRange().load("values");
      const code = await context.sync().then(
        () => "ok",
        (e: { code?: string }) => e.code
      );
      expect(code).toBe("ResponsePayloadSizeLimitExceeded");
    });
    const sheet = model.getSheet("Anggaran")!;
    expect(sheet.getCell(1, 2)?.font?.bold).toBe(true);
    expect(sheet.getCell(1, 3)?.value ?? null).toBeNull();
  });

  test("installGlobals gives code written for office.js an Excel.run", async () => {
    const model = anggaranWorkbook();
    const target: {
      Excel?: {
        run?: (b: (c: Excel.RequestContext) => Promise<unknown>) => Promise<unknown>;
        ErrorCodes?: Record<string, string>;
      };
    } = {};
    const excel = installGlobals(model, target);
    const value = await target.Excel!.run!(async (context) => {
      const r = context.workbook.worksheets.getItem("Anggaran").getRange("B2").load("values");
      await context.sync();
      return r.values[0][0];
    });
    expect(value).toBe(ANGGARAN_DISKOMINFO[0][0]);
    expect(target.Excel!.ErrorCodes!.itemNotFound).toBe("ItemNotFound");
    expect(excel.stats.syncs).toBe(1);
  });
});

describe("null and empty input (Excel's rules)", () => {
  test('null inside an array leaves the cell alone; "" clears it; a bare null is refused', async () => {
    const model = anggaranWorkbook();
    const excel = createMemoryExcel(model);
    const sheet = model.getSheet("Anggaran")!;
    await excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Anggaran").getRange("C2:D2");
      r.values = [[null, ""]];
      r.numberFormat = [[null, "0.00"]];
      await context.sync();
    });
    expect(sheet.getCell(1, 2)).toEqual({
      value: ANGGARAN_DISKOMINFO[0][1],
      numberFormat: "#,##0",
    });
    expect(sheet.getCell(1, 3)).toMatchObject({ value: null, numberFormat: "0.00" });
    const code = await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Anggaran").getRange("C2").values =
        null as unknown as string[][];
      return context.sync().then(
        () => "ok",
        (e: { code?: string }) => e.code
      );
    });
    expect(code).toBe("InvalidArgument");
  });
});
