// Click in the pane -> the cell or range is selected in the workbook.
import { useCallback, useState } from "react";
import { selectRange } from "../../excel/select";
import { useHost } from "./host";
import { messageOf } from "./useAction";

export function useSelect(): { select: (sheet: string, address: string) => Promise<void>; error: string | null } {
  const { run } = useHost();
  const [error, setError] = useState<string | null>(null);
  const select = useCallback(
    async (sheet: string, address: string) => {
      try {
        await run((context) => selectRange(context, sheet, address));
        setError(null);
      } catch (e: unknown) {
        setError(`${sheet}!${address}: ${messageOf(e)}`);
      }
    },
    [run],
  );
  return { select, error };
}
