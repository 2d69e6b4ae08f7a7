// Each of Excel's documented rules bites in the in-memory Excel (src/memory-excel/api/limits.ts names the pages).
import { createMemoryExcel, PAYLOAD_LIMIT_BYTES } from "../../src/memory-excel/index";
import { WorkbookModel } from "../../src/memory-excel/model";
import { DetailedCellError, HyperFormula } from "hyperformula";
import { ensureSakipFunctions } from "../../src/memory-excel/recalc/functions";
import { anggaranWorkbook, ANGGARAN_DISKOMINFO } from "./helpers";

const codeOf = (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => "ok",
    (e: { code?: string }) => e.code ?? String(e)
  );

/** A sheet of `rows` x `cols` cells each holding `text`. */
function textSheet(rows: number, cols: number, text: string): WorkbookModel {
  const model = new WorkbookModel();
  const sheet = model.addSheet("Besar");
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) sheet.setCell(r, c, { value: text });
  return model;
}

describe("5 MB per response and per request (Excel on the web)", () => {
  test("a response is counted as Excel's JSON, and past 5 MB the sync fails", async () => {
    const excel = createMemoryExcel(anggaranWorkbook());
    const values = await excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Anggaran").getRange("B2:C3").load("values");
      await context.sync();
      return r.values;
    });
    expect(excel.stats.responseBytes).toBe(Buffer.byteLength(JSON.stringify({ values })));
    expect(excel.stats.responseBytesMax).toBe(excel.stats.responseBytes);

    // 20,000 cells of 200 characters: values and text together pass 5 MB.
    const big = createMemoryExcel(textSheet(2000, 10, "x".repeat(200)));
    const code = await big.run(async (context) => {
      context.workbook.worksheets.getItem("Besar").getRange("A1:J2000").load("values,text");
      return codeOf(context.sync());
    });
    expect(code).toBe("ResponsePayloadSizeLimitExceeded");
    // The same cells asked in halves pass.
    await big.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Besar");
      ws.getRange("A1:J1000").load("values,text");
      await context.sync();
      ws.getRange("A1001:J2000").load("values,text");
      await context.sync();
    });
    expect(big.stats.responseBytesMax).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(big.stats.responseBytesMax).toBeGreaterThan(PAYLOAD_LIMIT_BYTES / 2);
  });

  test("a request past 5 MB is refused whole: nothing is written", async () => {
    const model = new WorkbookModel();
    model.addSheet("Tulis");
    const excel = createMemoryExcel(model);
    const rows = Array.from({ length: 10000 }, (_, r) =>
      Array.from({ length: 10 }, () => `teks ${r} `.padEnd(60, "x"))
    );
    const code = await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Tulis");
      ws.getRange("A1").values = [["sebelum"]];
      ws.getRange("A1:J10000").values = rows;
      return codeOf(context.sync());
    });
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(model.getSheet("Tulis")!.cells.size).toBe(0);
  });
});

describe("512 merged areas per getMergedAreasOrNullObject", () => {
  function merged(count: number): WorkbookModel {
    const model = new WorkbookModel();
    const sheet = model.addSheet("Gabung");
    for (let i = 0; i < count; i++) sheet.addMerge({ row: i, col: 0, rowCount: 1, colCount: 2 });
    return model;
  }

  test("512 are answered and counted; 513 fail the sync", async () => {
    const ok = createMemoryExcel(merged(512));
    const count = await ok.run(async (context) => {
      const areas = context.workbook.worksheets
        .getItem("Gabung")
        .getRange()
        .getMergedAreasOrNullObject()
        .load("areaCount");
      await context.sync();
      return areas.areaCount;
    });
    expect(count).toBe(512);
    expect(ok.stats.mergedAreasMax).toBe(512);

    const over = createMemoryExcel(merged(513));
    const code = await over.run(async (context) => {
      context.workbook.worksheets
        .getItem("Gabung")
        .getRange()
        .getMergedAreasOrNullObject()
        .load("address");
      return codeOf(context.sync());
    });
    expect(code).toBe("InvalidOperation");
    // Half the sheet at a time is fine.
    const half = await over.run(async (context) => {
      const areas = context.workbook.worksheets
        .getItem("Gabung")
        .getRange("A1:B300")
        .getMergedAreasOrNullObject()
        .load("areaCount");
      await context.sync();
      return areas.areaCount;
    });
    expect(half).toBe(300);
  });
});

describe("hidden sheets", () => {
  test("activate and select fail on a hidden sheet, and work once it is shown", async () => {
    const model = anggaranWorkbook();
    model.addSheet("Kedua");
    model.getSheet("Anggaran")!.visibility = "Hidden";
    const excel = createMemoryExcel(model);
    expect(
      await excel.run((context) => {
        context.workbook.worksheets.getItem("Anggaran").activate();
        return codeOf(context.sync());
      })
    ).toBe("InvalidOperation");
    expect(
      await excel.run((context) => {
        context.workbook.worksheets.getItem("Anggaran").getRange("B2").select();
        return codeOf(context.sync());
      })
    ).toBe("InvalidOperation");
    expect(model.selection).toBeFalsy();
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Anggaran");
      ws.visibility = "Visible";
      ws.activate();
      ws.getRange("B2").select();
      await context.sync();
    });
    expect(model.selection?.sheet).toBe("Anggaran");
  });
});

describe("values beginning with =, + or - are formulas", () => {
  test("through values (and typing), not when the cell is Text or the string is a number or a lone sign", async () => {
    const model = anggaranWorkbook();
    const excel = createMemoryExcel(model);
    const read = await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Anggaran");
      const r = ws.getRange("F1:F6");
      ws.getRange("F6").numberFormat = [["@"]];
      r.values = [["=C2*2"], ["- Program Penunjang"], ["+C2"], ["-5"], ["-"], ["- teks"]];
      r.load("values,formulas");
      await context.sync();
      return { values: r.values, formulas: r.formulas };
    });
    expect(read.formulas.map((row) => row[0])).toEqual([
      "=C2*2",
      "=- Program Penunjang",
      "=+C2",
      -5,
      "-",
      "- teks",
    ]);
    expect(read.values[0][0]).toBe(ANGGARAN_DISKOMINFO[0][1] * 2);
    expect(read.values[1][0]).toMatch(/^#/); // an error, as in Excel (#NAME?)
    expect(read.values[2][0]).toBe(ANGGARAN_DISKOMINFO[0][1]);
  });
});

describe("requirement sets: an older Excel", () => {
  test("isSetSupported answers for the Excel imitated; members newer than it are refused", async () => {
    const current = createMemoryExcel(anggaranWorkbook());
    expect(current.requirements.isSetSupported("ExcelApi", "1.13")).toBe(true);
    expect(current.requirements.isSetSupported("CustomFunctionsRuntime", "1.2")).toBe(true);
    const old = createMemoryExcel(anggaranWorkbook(), { sets: { ExcelApi: "1.12" } });
    expect(old.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(old.requirements.isSetSupported("ExcelApi", "1.4")).toBe(true);
    expect(old.requirements.isSetSupported("ExcelApi", 1.12)).toBe(true);
    expect(old.requirements.isSetSupported("NoSuchApi")).toBe(false);
    expect(
      await old.run((context) => {
        context.workbook.worksheets
          .getItem("Anggaran")
          .getRange()
          .getMergedAreasOrNullObject()
          .load("address");
        return codeOf(context.sync());
      })
    ).toBe("ApiNotFound");
  });
});

describe("custom functions as Excel runs them", () => {
  function calc(formula: string, a1: unknown): unknown {
    const model = new WorkbookModel();
    const sheet = model.addSheet("F");
    sheet.setCell(
      0,
      0,
      typeof a1 === "string" && a1.startsWith("=")
        ? { value: null, formula: a1 }
        : { value: a1 as number }
    );
    const excel = createMemoryExcel(model);
    return excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("F").getRange("B1");
      r.formulas = [[formula]];
      r.load("values");
      await context.sync();
      return r.values[0][0];
    });
  }

  test("an error argument is not passed to the function: the cell shows that error", async () => {
    await expect(calc("=SAKIP.ANGKA(A1)", "=1/0")).resolves.toBe("#DIV/0!");
    await expect(calc("=SAKIP.CAPAIAN(A1,5)", "=NA()")).resolves.toBe("#N/A");
    await expect(calc("=SAKIP.CAPAIAN(0,5)", 0)).resolves.toBe("#DIV/0!");
  });

  test("messages only on #VALUE! and #N/A", () => {
    ensureSakipFunctions();
    const hf = HyperFormula.buildFromArray(
      [["=SAKIP.CAPAIAN(0,5)", '=SAKIP.ANGKA("abc")', '=SAKIP.ARAH("")']],
      { licenseKey: "gpl-v3" }
    );
    const [div, value, na] = [0, 1, 2].map(
      (col) => hf.getCellValue({ sheet: 0, row: 0, col }) as DetailedCellError
    );
    expect([div.type, value.type, na.type]).toEqual(["DIV_BY_ZERO", "VALUE", "NA"]);
    expect(div.message).toBe("");
    expect(value.message).toMatch(/abc/);
    expect(na.message).toMatch(/kosong/);
    hf.destroy();
  });
});
