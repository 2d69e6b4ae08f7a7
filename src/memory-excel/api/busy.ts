// A formula whose function is still running reads as #BUSY! ("How to correct a #BUSY! error",
// https://support.microsoft.com/excel/how-to-correct-a-busy-error: "A function in the formula is still
// executing"). Custom functions run in the add-in's runtime, so a =SAKIP.* formula just written may still
// be computing when the next read comes. Told `busySyncs: n`, the in-memory Excel shows #BUSY! for each
// =SAKIP.* formula written, until n round trips have passed (0, the default: never busy).
import type { SheetModel } from "../model";
import { cellKey } from "../model";

export const BUSY = "#BUSY!";

export class BusyCells {
  private readonly cells = new Map<SheetModel, Map<number, number>>();

  constructor(private readonly syncs: number) {}

  /** A formula written now: busy when it calls a custom function. */
  written(sheet: SheetModel, row: number, col: number, formula: string | undefined): void {
    if (this.syncs <= 0) return;
    const key = cellKey(row, col);
    if (formula && /\bSAKIP\./i.test(formula)) {
      let m = this.cells.get(sheet);
      if (!m) this.cells.set(sheet, (m = new Map()));
      m.set(key, this.syncs);
    } else this.cells.get(sheet)?.delete(key);
  }

  isBusy(sheet: SheetModel, row: number, col: number): boolean {
    return this.cells.get(sheet)?.has(cellKey(row, col)) ?? false;
  }

  /** A round trip has passed. */
  tick(): void {
    for (const [sheet, m] of this.cells) {
      for (const [key, left] of m) {
        if (left <= 1) m.delete(key);
        else m.set(key, left - 1);
      }
      if (m.size === 0) this.cells.delete(sheet);
    }
  }
}
