// Entry of the task pane bundle: waits for Office.js, then mounts the React pane with the real Excel.run.
import { createRoot } from "react-dom/client";
import { App } from "./App";
import type { ExcelRun } from "./hooks/host";
import { currentOfficeTheme, isDarkOfficeTheme } from "./officeTheme";
import { missingSets, unsupportedMessage } from "./requirements";

const run: ExcelRun = (batch) => Excel.run(batch);

function rootElement(): HTMLElement {
  const root = document.getElementById("root");
  if (!root)
    throw new Error(
      'Halaman taskpane.html tidak memiliki elemen id="root"; bangun ulang add-in dengan npm run build.'
    );
  return root;
}

function mount(): void {
  createRoot(rootElement()).render(
    <App run={run} dark={isDarkOfficeTheme(currentOfficeTheme())} />
  );
}

if (typeof Office === "undefined") {
  // office.js comes from Microsoft's CDN: without it the pane cannot reach the workbook, so say so plainly.
  rootElement().textContent =
    "Office.js tidak dapat dimuat. Periksa koneksi internet, lalu buka panel ini dari Excel (tab Beranda, tombol Buka SAKIP).";
} else {
  void Office.onReady(() => {
    // An older Excel is told which Excel the add-in needs, before any click can fail half way.
    const missing = missingSets(Office.context.requirements);
    if (missing.length > 0) rootElement().textContent = unsupportedMessage(missing);
    else mount();
  });
}
