// worksheet.charts.add: the chart is recorded in the model (type, source, title, position). Nothing is
// drawn, and .xlsx output cannot carry it (ExcelJS writes no charts): the .xlsx writers warn about it (src/xlsx/chart-warnings.ts).

import type { ChartData, SheetModel } from "../model";
import { rectAddress } from "./address";
import { ClientObject } from "./client-object";
import { itemNotFound } from "./errors";
import type { MemoryContext } from "./context";
import type { Range } from "./range";

export class ChartTitle extends ClientObject<ChartData> {
  protected readonly defaultProperties = ["text"] as const;

  constructor(ctx: MemoryContext, resolver: () => ChartData | null) {
    super(ctx, "ChartTitle", resolver);
  }

  protected snapshot(property: string, chart: ChartData): unknown {
    return property === "text" ? (chart.title ?? "") : undefined;
  }

  get text(): string {
    return this.read("text");
  }
  set text(v: string) {
    this.remember("text", v);
    this.queue((chart) => {
      chart.title = v;
    });
  }
}

export class Chart extends ClientObject<ChartData> {
  protected readonly defaultProperties = ["name", "chartType"] as const;
  private titleObject?: ChartTitle;

  constructor(
    ctx: MemoryContext,
    resolver: () => ChartData | null,
    /** The sheet holding the chart (for `delete`). */
    private readonly owner?: () => SheetModel | null
  ) {
    super(ctx, "Chart", resolver);
  }

  /** `chart.setData(range, seriesBy)` (ExcelApi 1.1): the chart reads another range. */
  setData(sourceData: Range, seriesBy = "Auto"): void {
    this.queue((chart) => {
      const source = sourceData.resolveNow();
      if (!source) return;
      chart.source = rectAddress(source.rect);
      chart.seriesBy = seriesBy;
      chart.sourceSheet = source.sheet.name;
      this.ctx.model.emit({ sheet: source.sheet.name, kind: "layout" });
    });
  }

  /** `chart.delete()` (ExcelApi 1.1). */
  delete(): void {
    this.queue((chart) => {
      const sheet = this.owner?.();
      if (!sheet) return;
      sheet.charts = sheet.charts.filter((c) => c !== chart);
      this.ctx.model.emit({ sheet: sheet.name, kind: "layout" });
    });
  }

  protected snapshot(property: string, chart: ChartData): unknown {
    if (property === "name") return chart.name ?? "";
    if (property === "chartType") return chart.type;
    return undefined;
  }

  protected override navigation(name: string): ClientObject<unknown> | undefined {
    return name === "title" ? (this.title as ClientObject<unknown>) : undefined;
  }

  get title(): ChartTitle {
    return (this.titleObject ??= new ChartTitle(this.ctx, () => this.resolveNow()));
  }

  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.remember("name", v);
    this.queue((chart) => {
      chart.name = v;
    });
  }

  get chartType(): string {
    return this.read("chartType");
  }

  /** Records where the chart sits, as the A1 addresses Excel takes. */
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    const where = (cell: Range | string | undefined): string | undefined =>
      cell === undefined
        ? undefined
        : typeof cell === "string"
          ? cell
          : rectAddress(cell.resolveNow()?.rect ?? { row: 0, col: 0, rowCount: 1, colCount: 1 });
    this.queue((chart) => {
      chart.position = [where(startCell), where(endCell)]
        .filter((s): s is string => s !== undefined)
        .join(":");
    });
  }

  set top(_v: number) {
    /* layout in points is not modelled */
  }
  set left(_v: number) {
    /* layout in points is not modelled */
  }
  set width(_v: number) {
    /* layout in points is not modelled */
  }
  set height(_v: number) {
    /* layout in points is not modelled */
  }
}

export class ChartCollection extends ClientObject<SheetModel> {
  protected readonly defaultProperties = ["count"] as const;

  constructor(ctx: MemoryContext, resolver: () => SheetModel | null) {
    super(ctx, "ChartCollection", resolver);
  }

  protected snapshot(property: string, sheet: SheetModel): unknown {
    return property === "count" ? sheet.charts.length : undefined;
  }

  get count(): number {
    return this.read("count");
  }

  /** `charts.getItemAt(index)` (ExcelApi 1.1); an index past the end fails at sync, as in Excel. */
  getItemAt(index: number): Chart {
    return new Chart(
      this.ctx,
      () => {
        const sheet = this.resolveNow();
        const chart = sheet?.charts[index];
        if (!chart) throw itemNotFound(`Chart ${index}`);
        return chart;
      },
      () => this.resolveNow()
    );
  }

  add(type: string, sourceData: Range, seriesBy = "Auto"): Chart {
    let created: ChartData | null = null;
    return new Chart(this.ctx, () => {
      if (created) return created;
      const sheet = this.resolveNow();
      const source = sourceData.resolveNow();
      if (!sheet || !source) return null;
      created = {
        type,
        source: rectAddress(source.rect),
        seriesBy,
        sourceSheet: source.sheet.name,
      };
      sheet.charts.push(created);
      this.ctx.model.emit({ sheet: sheet.name, kind: "layout" });
      return created;
    });
  }
}
