// context.workbook.settings: the add-in's own key/value store inside the workbook (kept in the model).

import type { WorkbookModel } from "../model";
import { ClientObject } from "./client-object";
import type { LoadSpec } from "./client-object";
import type { MemoryContext } from "./context";
import { itemNotFound } from "./errors";
import { itemPaths, loadNow } from "./range";

export class Setting extends ClientObject<string> {
  protected readonly defaultProperties = ["key", "value"] as const;

  constructor(ctx: MemoryContext, resolver: () => string | null, preResolved?: string) {
    super(ctx, "Setting", resolver, preResolved);
  }

  protected snapshot(property: string, key: string): unknown {
    if (property === "key") return key;
    if (property === "value") return this.ctx.model.settings.get(key) ?? null;
    return undefined;
  }

  get key(): string {
    return this.read("key");
  }
  get value(): unknown {
    return this.read("value");
  }
  set value(v: unknown) {
    this.remember("value", v);
    this.queue((key) => {
      this.ctx.model.settings.set(key, v);
    });
  }

  delete(): void {
    this.queue((key) => {
      this.ctx.model.settings.delete(key);
    });
  }
}

export class SettingCollection extends ClientObject<WorkbookModel> {
  protected readonly defaultProperties = ["items"] as const;
  private itemProperties: string[] = [];

  constructor(ctx: MemoryContext) {
    super(ctx, "SettingCollection", () => ctx.model, ctx.model);
  }

  override load(spec?: LoadSpec): this {
    this.itemProperties = itemPaths(spec as string | string[] | undefined);
    return super.load("items");
  }

  protected snapshot(property: string, model: WorkbookModel): unknown {
    if (property !== "items") return undefined;
    return [...model.settings.keys()].map((key) => {
      const s = new Setting(this.ctx, () => key, key);
      loadNow(s, this.itemProperties);
      return s;
    });
  }

  get items(): Setting[] {
    return this.read("items");
  }

  add(key: string, value: unknown): Setting {
    return new Setting(this.ctx, () => {
      this.ctx.model.settings.set(key, value);
      return key;
    });
  }

  getItem(key: string): Setting {
    return new Setting(this.ctx, () => {
      if (!this.ctx.model.settings.has(key))
        throw itemNotFound(`SettingCollection.getItem(${key})`);
      return key;
    });
  }

  getItemOrNullObject(key: string): Setting {
    return new Setting(this.ctx, () => (this.ctx.model.settings.has(key) ? key : null));
  }
}
