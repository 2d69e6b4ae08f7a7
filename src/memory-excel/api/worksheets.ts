// Excel.WorksheetCollection: look-ups by name (ItemNotFound at sync when missing), add, items.

import type { SheetModel, WorkbookModel } from "../model";
import { ClientObject, ClientResult } from "./client-object";
import type { LoadSpec } from "./client-object";
import type { MemoryContext } from "./context";
import { ErrorCodes, ExcelApiError, itemNotFound } from "./errors";
import { itemPaths, loadNow } from "./range";
import { Worksheet } from "./worksheet";

export class WorksheetCollection extends ClientObject<WorkbookModel> {
  protected readonly defaultProperties = ["items"] as const;
  private itemProperties: string[] = [];

  constructor(ctx: MemoryContext) {
    super(ctx, "WorksheetCollection", () => ctx.model, ctx.model);
  }

  override load(spec?: LoadSpec): this {
    this.itemProperties = itemPaths(spec as string | string[] | undefined);
    return super.load("items");
  }

  protected snapshot(property: string, model: WorkbookModel): unknown {
    if (property !== "items") return undefined;
    return model.sheets.map((sheet) => {
      const ws = new Worksheet(this.ctx, () => sheet, sheet);
      loadNow(ws, this.itemProperties);
      return ws;
    });
  }

  get items(): Worksheet[] {
    return this.read("items");
  }

  getItem(key: string): Worksheet {
    return new Worksheet(this.ctx, () => {
      const sheet = this.ctx.model.getSheet(key);
      if (!sheet) throw itemNotFound(`WorksheetCollection.getItem(${key})`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(this.ctx, () => this.ctx.model.getSheet(key) ?? null);
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.ctx, () => this.ctx.model.sheets[this.ctx.model.activeSheet] ?? null);
  }

  getFirst(): Worksheet {
    return new Worksheet(this.ctx, () => {
      const sheet = this.ctx.model.sheets[0];
      if (!sheet) throw itemNotFound("WorksheetCollection.getFirst");
      return sheet;
    });
  }

  getCount(): ClientResult<number> {
    return new ClientResult(this.ctx, () => this.ctx.model.sheets.length);
  }

  /** Adds a sheet at the end ("SheetN" when no name is given); ItemAlreadyExists for a taken name. */
  add(name?: string): Worksheet {
    let created: SheetModel | null = null;
    return new Worksheet(this.ctx, () => {
      if (created) return created;
      const model = this.ctx.model;
      let sheetName = name;
      if (sheetName === undefined || sheetName === "") {
        let n = model.sheets.length + 1;
        while (model.getSheet(`Sheet${n}`)) n++;
        sheetName = `Sheet${n}`;
      }
      if (model.getSheet(sheetName))
        throw new ExcelApiError(
          ErrorCodes.itemAlreadyExists,
          "The resource already exists.",
          "WorksheetCollection.add"
        );
      if (sheetName.length > 31 || /[\\/?*[\]:]/.test(sheetName)) {
        throw new ExcelApiError(
          ErrorCodes.invalidArgument,
          "The argument is invalid or missing or has an incorrect format.",
          "WorksheetCollection.add"
        );
      }
      created = model.addSheet(sheetName);
      this.ctx.recalc.addSheet(sheetName);
      return created;
    });
  }
}
