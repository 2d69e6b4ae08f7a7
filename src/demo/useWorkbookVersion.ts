// Re-render the grid when the workbook model changes (pane writes, edits, recalculation),
// at most once per animation frame however many cells changed.
import { useEffect, useState } from "react";
import type { WorkbookModel } from "../memory-excel/model";

export function useWorkbookVersion(model: WorkbookModel): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let pending = false;
    const schedule =
      typeof requestAnimationFrame === "function"
        ? requestAnimationFrame
        : (cb: () => void) => setTimeout(cb, 16);
    return model.subscribe(() => {
      if (pending) return;
      pending = true;
      schedule(() => {
        pending = false;
        setVersion((v) => v + 1);
      });
    });
  }, [model]);
  return version;
}
