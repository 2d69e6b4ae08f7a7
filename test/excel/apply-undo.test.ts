// Undo of fill, compare and portable on the in-memory Excel, from the seeds' fixture workbooks: the
// workbook after undo is the workbook before (values, formulas, number formats, bold); undo refuses,
// changing nothing, when the user edited what was written.
import { planFill } from "../../src/engine/plan/fill";
import type { FillMode } from "../../src/engine/plan/fill";
import { planPortable } from "../../src/engine/plan/portable";
import { recognize } from "../../src/engine/recognize/index";
import type { CellValue } from "../../src/engine/types";
import { applyFillPlan } from "../../src/excel/apply-plan";
import { applyPortablePlan } from "../../src/excel/apply-portable";
import { UndoConflictError, undoApply } from "../../src/excel/apply-undo";
import { readWorkbook } from "../../src/excel/read-workbook";
import { createMemoryExcel } from "../../src/memory-excel/index";
import type { MemoryExcel } from "../../src/memory-excel/index";
import { cellKey } from "../../src/memory-excel/model";
import type { WorkbookModel } from "../../src/memory-excel/model";
import { fixtures, pemkotPerbandingan, efisiensi } from "../fixtures/data/index";
import { pemkotPk } from "../fixtures/data/pemkot-pk";
import { pkTemplate } from "../engine/plan/templates";
import { compareOnce, modelFromFixture } from "./compare-workbook";

/** Every sheet and cell as Excel shows it: an empty cell, "General" and not-bold are the defaults. */
function state(
  model: WorkbookModel
): Record<string, Record<string, [CellValue, string, string, boolean]>> {
  const out: Record<string, Record<string, [CellValue, string, string, boolean]>> = {};
  for (const sheet of model.sheets) {
    const cells: Record<string, [CellValue, string, string, boolean]> = {};
    for (const [key, c] of sheet.cells) {
      const entry: [CellValue, string, string, boolean] = [
        c.value ?? "",
        c.formula ?? "",
        c.numberFormat ?? "General",
        c.font?.bold ?? false,
      ];
      if (entry[0] === "" && entry[1] === "" && entry[2] === "General" && !entry[3]) continue;
      cells[key] = entry;
    }
    out[sheet.name] = cells;
  }
  return out;
}

async function fill(excel: MemoryExcel, mode: FillMode) {
  const grids = await excel.run((context) => readWorkbook(context));
  const plan = planFill(
    grids,
    grids.flatMap((g) => recognize(g).tables),
    { mode }
  );
  const before = excel.stats.syncs;
  const result = await excel.run((context) => applyFillPlan(context, plan));
  return { plan, result, syncs: excel.stats.syncs - before };
}

const templateWorkbook = () =>
  modelFromFixture({ ...pemkotPk, sheets: [pkTemplate(), ...pemkotPk.sheets.slice(1)] });

describe("undo of fill", () => {
  test.each<FillMode>(["formulas", "values"])(
    "%s: template cells filled, then undo gives the same workbook",
    async (mode) => {
      const model = templateWorkbook();
      const excel = createMemoryExcel(model);
      const before = state(model);
      const { result, syncs } = await fill(excel, mode);
      expect(syncs).toBe(2);
      expect(result.cellsFilled).toBe(30);
      expect(result.written.filter((w) => w.sheet === "PK 2024").map((w) => w.range)).toEqual([
        "G5:G11",
        "G14:G19",
        "G22:G23",
        "I5:I11",
        "I14:I19",
        "I22:I23",
      ]);
      expect(state(model)).not.toEqual(before);
      const undoSyncs = excel.stats.syncs;
      const undone = await excel.run((context) => undoApply(context, result.undo));
      expect(excel.stats.syncs - undoSyncs).toBe(2);
      expect(undone.cellsRestored).toBeGreaterThan(0);
      expect(state(model)).toEqual(before);
    }
  );

  test("new columns (header bold, formats) on every seed fixture: undo gives the same workbook", async () => {
    let columns = 0;
    for (const fw of fixtures) {
      const model = modelFromFixture(fw);
      const excel = createMemoryExcel(model);
      const before = state(model);
      const { result } = await fill(excel, "formulas");
      columns += result.columns;
      await excel.run((context) => undoApply(context, result.undo));
      expect(state(model)).toEqual(before);
    }
    expect(columns).toBeGreaterThan(0);
  });

  test("refuses, changing nothing, when the user edited a written cell since", async () => {
    const model = templateWorkbook();
    const excel = createMemoryExcel(model);
    const { result } = await fill(excel, "values");
    model.getSheet("PK 2024")!.setCell(6, 6, { value: 1.5 });
    const edited = state(model);
    await expect(excel.run((context) => undoApply(context, result.undo))).rejects.toThrow(
      UndoConflictError
    );
    await expect(excel.run((context) => undoApply(context, result.undo))).rejects.toThrow(
      /'PK 2024'!G7 sudah diubah sejak itu/
    );
    expect(state(model)).toEqual(edited);
  });
});

describe("undo of compare", () => {
  const workbook = () =>
    modelFromFixture({
      ...pemkotPerbandingan,
      sheets: [...pemkotPerbandingan.sheets, ...efisiensi.sheets],
    });

  test("removes the sheets compare added; the workbook is as before", async () => {
    const model = workbook();
    const excel = createMemoryExcel(model);
    const before = state(model);
    const { result } = await compareOnce(excel);
    expect(result.added.length).toBeGreaterThan(0);
    expect(result.written.map((w) => w.sheet)).toEqual(result.added);
    expect(result.written.every((w) => /^A1:[A-Z]+\d+$/.test(w.range))).toBe(true);
    await excel.run((context) => undoApply(context, result.undo));
    expect(state(model)).toEqual(before);
    expect(model.sheets.map((s) => s.name)).toEqual(Object.keys(before));
  });

  test("a second run's undo restores the sheets it rewrote as the first run left them", async () => {
    const model = workbook();
    const excel = createMemoryExcel(model);
    await compareOnce(excel);
    // A value the user typed into an input column of a generated sheet is part of what must come back.
    const first = state(model);
    const { result } = await compareOnce(excel);
    expect(result.updated.length).toBeGreaterThan(0);
    await excel.run((context) => undoApply(context, result.undo));
    expect(state(model)).toEqual(first);
  });

  test("undo of a rewrite gives back the column widths and where each chart read its data", async () => {
    const model = workbook();
    const excel = createMemoryExcel(model);
    const { result: first } = await compareOnce(excel);
    const looks = () =>
      first.added.map((name) => {
        const sheet = model.getSheet(name)!;
        return {
          name,
          widths: [...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
          charts: sheet.charts.map((c) => [c.source, c.position]),
        };
      });
    // The user widens a column of a generated sheet; the source table loses an indicator, so the
    // rewritten sheets are one row shorter and their "Data grafik" blocks move up.
    const antar = model.getSheet(first.added[0]!)!;
    antar.columnWidths.set(1, 400);
    const source = model.getSheet("Tabel 2.26")!;
    const key = [...source.cells.entries()].find(([, c]) => c.value === "Indeks Pengeluaran")![0];
    source.setCell(Math.floor(key / 16384), key % 16384, { value: "" });
    const before = looks();
    const { result: second } = await compareOnce(excel);
    expect(second.updated.length).toBeGreaterThan(0);
    expect(looks()).not.toEqual(before);
    const chartOf = (name: string) => model.getSheet(name)!.charts[0]!.source;
    expect(chartOf(first.added[0]!)).not.toBe(before[0]!.charts[0]![0]);
    await excel.run((context) => undoApply(context, second.undo));
    expect(looks()).toEqual(before);
  });

  test("refuses when the user typed into an added sheet since", async () => {
    const model = workbook();
    const excel = createMemoryExcel(model);
    const { result } = await compareOnce(excel);
    const name = result.added[0]!;
    model.getSheet(name)!.setCell(40, 1, { value: "catatan saya" });
    await expect(excel.run((context) => undoApply(context, result.undo))).rejects.toThrow(
      /sudah diubah sejak itu/
    );
    expect(model.getSheet(name)!.cells.get(cellKey(40, 1))?.value).toBe("catatan saya");
  });
});

describe("undo of the portable conversion", () => {
  test("the =SAKIP.* formulas come back", async () => {
    const model = templateWorkbook();
    const excel = createMemoryExcel(model);
    await fill(excel, "formulas");
    const filled = state(model);
    const grids = await excel.run((context) => readWorkbook(context));
    const plan = planPortable(grids);
    const result = await excel.run((context) => applyPortablePlan(context, plan));
    expect(result.written.length).toBeGreaterThan(0);
    expect(state(model)).not.toEqual(filled);
    await excel.run((context) => undoApply(context, result.undo));
    expect(state(model)).toEqual(filled);
  });
});
