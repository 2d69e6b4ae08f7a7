// What changed since a workbook was loaded: the cells written through the API or typed by a user, the
// formula results the recalculation changed, and which sheets were there at load (so added, removed and
// renamed sheets follow). The .xlsx patcher writes exactly this into the user's package and nothing else.

import type { SheetModel } from "./model";

export class ChangeJournal {
  private recording = false;
  /** Sheets present when recording started, with the name they had in the file. */
  private readonly origins = new Map<SheetModel, string>();
  private readonly written = new Map<SheetModel, Set<number>>();
  private readonly results = new Map<SheetModel, Set<number>>();

  /** Starts recording: the sheets given are the ones the package holds; nothing before counts as a change. */
  start(sheets: readonly SheetModel[]): void {
    this.recording = true;
    this.origins.clear();
    this.written.clear();
    this.results.clear();
    for (const s of sheets) this.origins.set(s, s.name);
  }

  get started(): boolean {
    return this.recording;
  }

  /** A cell's content or format was set (API write, clear, user edit). */
  cell(sheet: SheetModel, key: number): void {
    if (this.recording) add(this.written, sheet, key);
  }

  /** A formula cell's cached result changed because an input changed. */
  result(sheet: SheetModel, key: number): void {
    if (this.recording) add(this.results, sheet, key);
  }

  /** The name the sheet had in the package, or undefined for a sheet added since. */
  originalName(sheet: SheetModel): string | undefined {
    return this.origins.get(sheet);
  }

  /** Sheets of the package that are no longer in the workbook, by their name in the package. */
  removed(current: readonly SheetModel[]): string[] {
    const present = new Set(current);
    return [...this.origins].filter(([s]) => !present.has(s)).map(([, name]) => name);
  }

  writtenCells(sheet: SheetModel): ReadonlySet<number> {
    return this.written.get(sheet) ?? EMPTY;
  }

  changedResults(sheet: SheetModel): ReadonlySet<number> {
    return this.results.get(sheet) ?? EMPTY;
  }

  /** True when nothing at all changed (the package can be copied as it is). */
  isEmpty(current: readonly SheetModel[]): boolean {
    if (this.written.size > 0 || this.results.size > 0) return false;
    if (current.length !== this.origins.size) return false;
    return current.every((s) => this.origins.get(s) === s.name);
  }
}

const EMPTY: ReadonlySet<number> = new Set();

function add(map: Map<SheetModel, Set<number>>, sheet: SheetModel, key: number): void {
  let set = map.get(sheet);
  if (!set) map.set(sheet, (set = new Set()));
  set.add(key);
}
