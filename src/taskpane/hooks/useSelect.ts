// Click in the pane -> the cell or range is selected in the workbook. On a hidden sheet nothing fails: the
// pane is told the sheet is hidden and may ask to show it (`showHidden`).
import { useCallback, useState } from "react";
import { selectRange } from "../../excel/select";
import { useHost } from "./host";
import { messageOf } from "./useAction";

export interface SelectTarget {
  sheet: string;
  address: string;
}

export interface SelectState {
  select: (sheet: string, address: string) => Promise<void>;
  error: string | null;
  /** The last click's target when its sheet is hidden. */
  hidden: SelectTarget | null;
  /** Shows the hidden sheet and selects the target. */
  showHidden: () => Promise<void>;
}

export function useSelect(): SelectState {
  const { run } = useHost();
  const [error, setError] = useState<string | null>(null);
  const [hidden, setHidden] = useState<SelectTarget | null>(null);
  const go = useCallback(
    async (target: SelectTarget, show: boolean) => {
      try {
        const outcome = await run((context) =>
          selectRange(context, target.sheet, target.address, { show })
        );
        setHidden(outcome === "hidden" ? target : null);
        setError(null);
      } catch (e: unknown) {
        setHidden(null);
        setError(`${target.sheet}!${target.address}: ${messageOf(e)}`);
      }
    },
    [run]
  );
  const select = useCallback(
    (sheet: string, address: string) => go({ sheet, address }, false),
    [go]
  );
  const showHidden = useCallback(async () => {
    if (hidden) await go(hidden, true);
  }, [go, hidden]);
  return { select, error, hidden, showHidden };
}
