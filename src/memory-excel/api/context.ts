// The request context: a queue of actions (loads, writes, object look-ups) applied in order at `sync()`,
// one sync = one round trip, as in office.js. Counters say how chatty a caller is.

import type { WorkbookModel } from "../model";
import type { RecalcEngine } from "../recalc/engine";
import { ErrorCodes, ExcelApiError } from "./errors";
import { PAYLOAD_LIMIT_BYTES, versionAtLeast } from "./limits";
import type { RequirementSets } from "./limits";
import type { BusyCells } from "./busy";

export interface MemoryExcelStats {
  /** Round trips: `context.sync()` calls that had queued actions (an empty sync costs nothing in office.js either). */
  syncs: number;
  /** Cells in the payloads of loaded range properties (values, text, formulas, numberFormat, valueTypes), per property. */
  cellsRead: number;
  /** Cells in written payloads (values, formulas, numberFormat), per property. */
  cellsWritten: number;
  /** Bytes of all read responses as Excel would send them (JSON of every property loaded, per sync). */
  responseBytes: number;
  /** The largest single response. */
  responseBytesMax: number;
  /** The most merged areas one `getMergedAreasOrNullObject()` returned. */
  mergedAreasMax: number;
}

export function emptyStats(): MemoryExcelStats {
  return {
    syncs: 0,
    cellsRead: 0,
    cellsWritten: 0,
    responseBytes: 0,
    responseBytesMax: 0,
    mergedAreasMax: 0,
  };
}

export type Action = () => void;

export class MemoryContext {
  private queue: Action[] = [];
  /** Bytes of the values queued for writing since the last sync (the request payload). */
  private requestBytes = 0;
  /** Bytes of the properties loaded during the sync being applied (the response payload). */
  private responseBytes = 0;
  readonly trackedObjects = {
    add: (_o: unknown): void => undefined,
    remove: (_o: unknown): void => undefined,
  };

  constructor(
    readonly model: WorkbookModel,
    readonly recalc: RecalcEngine,
    readonly stats: MemoryExcelStats,
    readonly sets: RequirementSets,
    readonly busy: BusyCells
  ) {}

  /** A written payload joins the request of the next sync. */
  addRequestBytes(n: number): void {
    this.requestBytes += n;
  }

  /** A loaded property joins the response of the sync being applied. */
  addResponseBytes(n: number): void {
    this.responseBytes += n;
  }

  /** Members newer than the Excel imitated are missing, as in an older Excel (refused when the sync runs). */
  requireApi(version: string, member: string): void {
    if (!versionAtLeast(this.sets.ExcelApi, version)) {
      throw new ExcelApiError(
        ErrorCodes.apiNotFound,
        `The API you are trying to use could not be found. It may be available in a newer version of Excel (ExcelApi ${version}).`,
        member
      );
    }
  }

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
    const request = this.requestBytes;
    this.requestBytes = 0;
    if (actions.length === 0) return passThroughValue as T;
    this.stats.syncs++;
    // Excel on the web refuses the whole request past 5 MB before doing any of it (see limits.ts).
    if (request > PAYLOAD_LIMIT_BYTES) {
      throw new ExcelApiError(
        ErrorCodes.requestPayloadSizeLimitExceeded,
        "The request payload size has exceeded the limit.",
        "RequestContext.sync"
      );
    }
    this.responseBytes = 0;
    for (const action of actions) action();
    // ...and a response past 5 MB: the changes are made, the loaded values never arrive (see limits.ts).
    if (this.responseBytes > PAYLOAD_LIMIT_BYTES) {
      throw new ExcelApiError(
        ErrorCodes.responsePayloadSizeLimitExceeded,
        "The response payload size has exceeded the limit.",
        "RequestContext.sync"
      );
    }
    this.busy.tick();
    this.stats.responseBytes += this.responseBytes;
    this.stats.responseBytesMax = Math.max(this.stats.responseBytesMax, this.responseBytes);
    return passThroughValue as T;
  }
}
