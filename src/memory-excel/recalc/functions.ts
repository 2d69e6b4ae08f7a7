// The engine's SAKIP functions, registered once in HyperFormula for every in-memory workbook.

import { SAKIP_FUNCTIONS } from "../../functions/core";
import { registerSakipFunctions } from "./sakip-plugin";
import type { SakipFunctionTable } from "./sakip-plugin";

let done = false;

export function ensureSakipFunctions(): void {
  if (done) return;
  // The core's argument type is the same union as SakipArg, written from the engine's side.
  registerSakipFunctions(SAKIP_FUNCTIONS as unknown as SakipFunctionTable);
  done = true;
}
