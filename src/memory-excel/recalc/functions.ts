// The engine's SAKIP functions, registered once in HyperFormula for every in-memory workbook.

import { SAKIP_FUNCTIONS } from "../../functions/core";
import { registerSakipFunctions } from "./sakip-plugin";

let done = false;

export function ensureSakipFunctions(): void {
  if (done) return;
  // The core's functions accept every SakipArg (their argument type is wider), so the table fits as is.
  registerSakipFunctions(SAKIP_FUNCTIONS);
  done = true;
}
