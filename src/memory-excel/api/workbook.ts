// context.workbook: worksheets, settings, the selection.

import type { RangeTarget } from "./cell-io";
import type { MemoryContext } from "./context";
import { itemNotFound } from "./errors";
import { Range } from "./range";
import { SettingCollection } from "./settings";
import { WorksheetCollection } from "./worksheets";

export class Workbook {
  readonly worksheets: WorksheetCollection;
  readonly settings: SettingCollection;
  /** Calculation is always automatic here; `calculate()` is accepted and does nothing more. */
  readonly application = {
    calculationMode: "Automatic",
    calculate: (_type?: string): void => undefined,
    suspendApiCalculationUntilNextSync: (): void => undefined,
  };

  constructor(private readonly ctx: MemoryContext) {
    this.worksheets = new WorksheetCollection(ctx);
    this.settings = new SettingCollection(ctx);
  }

  /** The selected cells; A1 of the active sheet when nothing was selected yet (Excel always has one). */
  getSelectedRange(): Range {
    return new Range(this.ctx, () => this.selection());
  }

  getActiveCell(): Range {
    return new Range(this.ctx, () => {
      const t = this.selection();
      return {
        sheet: t.sheet,
        rect: { row: t.rect.row, col: t.rect.col, rowCount: 1, colCount: 1 },
      };
    });
  }

  private selection(): RangeTarget {
    const model = this.ctx.model;
    const sel = model.selection;
    const sheet = sel ? model.getSheet(sel.sheet) : model.sheets[model.activeSheet];
    if (!sheet) throw itemNotFound("Workbook.getSelectedRange");
    return {
      sheet,
      rect:
        sel && sheet.name === sel.sheet ? sel.rect : { row: 0, col: 0, rowCount: 1, colCount: 1 },
    };
  }
}
