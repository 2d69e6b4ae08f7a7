// The demo draws the charts compare gives Excel: each one's data read back from its source block.
import { compare } from "../../src/app/compare";
import { runOf } from "../../src/app/excel-run";
import { DEFAULT_SETTINGS, parseRange } from "../../src/engine/index";
import { createMemoryExcel } from "../../src/memory-excel/index";
import { buildSampleWorkbook } from "../../src/demo/sample";
import { chartView } from "../../src/demo/chart-data";

describe("chartView", () => {
  it("reads every chart compare adds to the sample: series from the header row, a value per category", async () => {
    const model = buildSampleWorkbook();
    const { plan, applied } = await compare(runOf(createMemoryExcel(model)), DEFAULT_SETTINGS);
    const withCharts = model.sheets.filter((s) => s.charts.length > 0);
    expect(withCharts.length).toBe(applied.charts);
    expect(applied.charts).toBeGreaterThan(0);
    let drawn = 0;
    for (const sheet of withCharts) {
      const planned = plan.sheets.find((p) => p.name === sheet.name)!.chart!;
      const view = chartView(model, sheet, sheet.charts[0]!)!;
      expect(view).not.toBeNull();
      drawn += view.empty ? 0 : 1;
      expect(view.title).toBe(planned.title);
      expect(view.horizontal).toBe(planned.type.startsWith("Bar"));
      const rect = parseRange(sheet.charts[0]!.source)!;
      expect(view.categories).toHaveLength(rect.rowCount - 1);
      expect(view.series).toHaveLength(rect.colCount - 1);
      // Values are the sheet's numbers, cell by cell.
      view.series.forEach((s, j) =>
        s.values.forEach((v, i) => {
          const cell = sheet.getCell(rect.row + 1 + i, rect.col + 1 + j)?.value;
          expect(v).toBe(typeof cell === "number" ? cell : null);
        })
      );
      expect(view.empty).toBe(view.series.every((x) => x.values.every((v) => v === null)));
    }
    expect(drawn).toBeGreaterThan(0);
  });

  it("says a source without numbers is empty, and a source too small is no chart", () => {
    const model = buildSampleWorkbook();
    const sheet = model.sheets[0]!;
    expect(
      chartView(model, sheet, { type: "ColumnClustered", source: "A1:B2", seriesBy: "Columns" })
        ?.empty
    ).toBe(true);
    expect(
      chartView(model, sheet, { type: "ColumnClustered", source: "A1:A9", seriesBy: "Columns" })
    ).toBeNull();
  });
});
