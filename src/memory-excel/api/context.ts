// The request context: a queue of actions (loads, writes, object look-ups) applied in order at `sync()`,
// one sync = one round trip, as in office.js. Counters say how chatty a caller is.

import type { WorkbookModel } from "../model";
import type { RecalcEngine } from "../recalc/engine";

export interface MemoryExcelStats {
  /** Round trips: `context.sync()` calls that had queued actions (an empty sync costs nothing in office.js either). */
  syncs: number;
  /** Cells in the payloads of loaded range properties (values, text, formulas, numberFormat, valueTypes), per property. */
  cellsRead: number;
  /** Cells in written payloads (values, formulas, numberFormat), per property. */
  cellsWritten: number;
}

export type Action = () => void;

export class MemoryContext {
  private queue: Action[] = [];
  readonly trackedObjects = { add: (_o: unknown): void => undefined, remove: (_o: unknown): void => undefined };

  constructor(readonly model: WorkbookModel, readonly recalc: RecalcEngine, readonly stats: MemoryExcelStats) {}

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  /** Runs what `queueing` enqueues at once: for objects born inside a sync (collection items). */
  runNested(queueing: () => void): void {
    const outer = this.queue;
    this.queue = [];
    try {
      queueing();
      for (const action of this.queue) action();
    } finally {
      this.queue = outer;
    }
  }

  get pending(): number {
    return this.queue.length;
  }

  /**
   * Applies everything queued, in order. A failing action (a missing sheet, a wrong-shaped array)
   * rejects the sync; actions after it are dropped, those before it stay applied, as in Excel.
   */
  async sync<T>(passThroughValue?: T): Promise<T> {
    const actions = this.queue;
    this.queue = [];
    // A real round trip is asynchronous: callers must not see results before awaiting.
    await Promise.resolve();
    if (actions.length > 0) {
      this.stats.syncs++;
      for (const action of actions) action();
    }
    return passThroughValue as T;
  }
}
