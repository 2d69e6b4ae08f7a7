// The pane never calls Excel.run itself: the host gives it a `run` (real Excel.run in Office,
// the in-memory Excel on the demo page and in tests).
import { createContext, useContext } from "react";
import type { ExcelRun } from "../../app/excel-run";

export type { ExcelRun };

export interface PaneHost {
  run: ExcelRun;
}

export const HostContext = createContext<PaneHost | null>(null);

export function useHost(): PaneHost {
  const host = useContext(HostContext);
  if (!host) throw new Error("Panel SAKIP dijalankan tanpa penghubung ke Excel (HostContext).");
  return host;
}
