// A worker thread of the batch (src/cli/batch.ts): checks the files it is sent, one at a time, and posts back
// each result. A file that fails is a result too (checkFile never throws), so the batch always goes on.
import { parentPort } from "node:worker_threads";
import type { AnalysisSettings } from "../engine/index";
import { checkFile } from "./check-file";

export interface BatchJob {
  index: number;
  file: string;
  settings: AnalysisSettings;
  stats: boolean;
}

parentPort?.on("message", (job: BatchJob) => {
  void checkFile(job.file, job.settings, job.stats).then((result) =>
    parentPort?.postMessage({ index: job.index, result })
  );
});
