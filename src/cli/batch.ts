// Checks many workbooks in parallel, one worker thread per CPU core (at most one per file), and hands each
// result back in the files' order as soon as it and those before it are done. A worker that dies takes only
// its current file down: that file gets a failed result and a new worker takes the rest.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { AnalysisSettings } from "../engine/index";
import type { BatchJob } from "./batch-worker";
import { checkFile, type FileCheck } from "./check-file";
import { failedSummary } from "../app/report";
import { NO_STATS } from "./report";

export interface BatchOptions {
  settings: AnalysisSettings;
  stats: boolean;
  /** Threads to use; default: the CPU cores. 1 checks in this thread. */
  threads?: number;
  /** Each result, in file order. */
  onResult: (result: FileCheck, index: number) => void;
}

/** The bundled worker beside the bundled command (.cache/cli/), else the TypeScript source through tsx. */
function startWorker(): Worker {
  const built = join(__dirname, "batch-worker.js");
  if (existsSync(built)) return new Worker(built);
  const source = join(__dirname, "batch-worker.ts");
  return new Worker(`require("tsx/cjs/api").register(); require(${JSON.stringify(source)});`, {
    eval: true,
  });
}

export async function checkBatch(files: string[], options: BatchOptions): Promise<void> {
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), files.length));
  let next = 0;
  let emitted = 0;
  const done = new Map<number, FileCheck>();
  const deliver = (index: number, result: FileCheck): void => {
    done.set(index, result);
    while (done.has(emitted)) {
      options.onResult(done.get(emitted) as FileCheck, emitted);
      done.delete(emitted);
      emitted++;
    }
  };
  if (threads === 1) {
    for (const [i, file] of files.entries())
      deliver(i, await checkFile(file, options.settings, options.stats));
    return;
  }
  await new Promise<void>((resolve) => {
    let running = 0;
    const launch = (): void => {
      if (next >= files.length) {
        if (running === 0) resolve();
        return;
      }
      running++;
      const worker = startWorker();
      let current = -1;
      const send = (): void => {
        if (next >= files.length) {
          running--;
          void worker.terminate();
          if (running === 0) resolve();
          return;
        }
        current = next++;
        const job: BatchJob = {
          index: current,
          file: files[current],
          settings: options.settings,
          stats: options.stats,
        };
        worker.postMessage(job);
      };
      worker.on("message", (m: { index: number; result: FileCheck }) => {
        current = -1;
        deliver(m.index, m.result);
        send();
      });
      worker.on("error", (e: unknown) => {
        // Out of memory or a crash in a library: only the file in hand is lost; a new worker goes on.
        if (current >= 0) {
          const file = files[current];
          const message = `${file} tidak dapat dianalisis: pemeriksaannya berhenti (${e instanceof Error ? e.message : String(e)}). Laporkan beserta berkasnya.`;
          deliver(current, {
            json: { file, tables: [], findings: [], stats: NO_STATS, error: message },
            notes: [],
            summary: failedSummary(file, message),
            problem: { kind: "bug", message },
          });
          current = -1;
        }
        running--;
        launch();
      });
      send();
    };
    for (let i = 0; i < threads; i++) launch();
  });
}
