// Add-in entry: waits for office.js, then gives the pane the real Excel.run and the Office theme.
import { createRoot } from "react-dom/client";
import { App } from "./App";
import type { ExcelRun } from "./hooks/host";

/** Office gives the theme's body colour; a dark one means a dark Office theme. */
function officeIsDark(): boolean {
  const bg = Office.context?.officeTheme?.bodyBackgroundColor;
  if (!bg || !/^#?[0-9a-f]{6}$/i.test(bg)) return false;
  const hex = bg.replace("#", "");
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

const run: ExcelRun = (batch) => Excel.run(batch);

void Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(<App run={run} dark={officeIsDark()} />);
});
