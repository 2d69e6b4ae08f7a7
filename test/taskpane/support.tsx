// Shared set-up for the pane's component tests: a workbook from the seeds' fixtures in the in-memory
// Excel, the real App given its `run`, and helpers that ask the workbook (never the pane) what happened.
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { App, type PaneTab } from "../../src/taskpane/App";
import { createMemoryExcel } from "../../src/memory-excel/index";
import type { WorkbookModel } from "../../src/memory-excel/model";
import { buildSampleWorkbook, type SampleSheet } from "../../src/demo/sample";
import { pemkotPk } from "../fixtures/data/pemkot-pk";
import { pemkotAnggaran } from "../fixtures/data/pemkot-anggaran";
import { diskominfoPk } from "../fixtures/data/diskominfo-pk";
import type { ExcelRun } from "../../src/taskpane/hooks/host";

// jsdom has no ResizeObserver; Fluent's overflow-aware components (TabList) only need it to exist.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const w = globalThis as unknown as { ResizeObserver?: unknown };
if (typeof w.ResizeObserver === "undefined") w.ResizeObserver = NoResizeObserver;

export const PK: SampleSheet = { workbook: pemkotPk, sheet: "PK 2024" };
export const PK_DISKOMINFO: SampleSheet = { workbook: diskominfoPk, sheet: "Tabel 3.2" };
export const ANGGARAN: SampleSheet = { workbook: pemkotAnggaran, sheet: "Realisasi Anggaran" };

export function setup(
  sheets: SampleSheet[],
  tab: PaneTab = "scan",
  model: WorkbookModel = buildSampleWorkbook(sheets)
) {
  const excel = createMemoryExcel(model);
  const run: ExcelRun = (batch) => excel.run(batch);
  const utils = render(<App run={run} initialTab={tab} />);
  return { model, excel, run, ...utils };
}

/** `setup`, then lets the pane finish loading the workbook's settings inside act (as React wants). */
export async function setupLoaded(
  sheets: SampleSheet[],
  tab: PaneTab = "scan",
  model: WorkbookModel = buildSampleWorkbook(sheets)
) {
  let result!: ReturnType<typeof setup>;
  await act(async () => {
    result = setup(sheets, tab, model);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return result;
}

/** The workbook's selection as Excel reports it: "Sheet!A1:B2" without quotes. */
export async function selectedAddress(run: ExcelRun): Promise<string> {
  const address = await run(async (context) => {
    const r = context.workbook.getSelectedRange();
    r.load("address");
    await context.sync();
    return r.address;
  });
  return address.replace(/'/g, "");
}

export async function scan(): Promise<void> {
  const button = await screen.findByRole("button", { name: /pindai buku kerja|pindai ulang/i });
  fireEvent.click(button);
  await screen.findByText(/tabel ditemukan|belum ada tabel/i, {}, { timeout: 15000 });
}

export { screen, within };

/**
 * A finding's button, by its accessible name "Buka sel Sheet!F7: message" (whitespace around the
 * screen-reader-only separators differs between name algorithms, so it is normalized).
 */
export function findingName(f: {
  sheet: string;
  cell: string;
  message: string;
}): (name: string) => boolean {
  const want = `Buka sel ${f.sheet}!${f.cell}: ${f.message}`;
  return (name) => name.replace(/\s+:/g, ":").replace(/\s+/g, " ").trim() === want;
}
