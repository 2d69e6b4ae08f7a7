/** @jest-environment jsdom */
// The pane lists what fill / compare wrote, selects the first range, and "Urungkan" gives the workbook back.
import { act, fireEvent, waitFor } from "@testing-library/react";
import { setupLoaded, scan, screen, selectedAddress, PK, ANGGARAN } from "./support";
import { pkTemplate } from "../engine/plan/templates";
import { pemkotPk } from "../fixtures/data/pemkot-pk";
import { buildSampleWorkbook, type SampleSheet } from "../../src/demo/sample";
import type { WorkbookModel } from "../../src/memory-excel/model";

const TEMPLATE: SampleSheet = {
  workbook: { ...pemkotPk, sheets: [pkTemplate()] },
  sheet: "PK 2024",
};

/** Every cell as the user would see it: content, formula, number format, bold; and the sheet list. */
function state(model: WorkbookModel): { sheets: string[]; cells: Record<string, unknown> } {
  const cells: Record<string, unknown> = {};
  for (const sheet of model.sheets)
    for (const [key, c] of sheet.cells) {
      const empty = (c.value === null || c.value === "") && !c.formula;
      cells[`${sheet.name}|${key}`] = {
        value: empty ? null : c.value,
        formula: c.formula ?? "",
        numberFormat: c.numberFormat ?? "General",
        bold: !!c.font?.bold,
      };
    }
  return { sheets: model.sheets.map((s) => s.name), cells };
}

/** Cells that are empty with the General format are the same as no cell at all. */
function visible(s: ReturnType<typeof state>): ReturnType<typeof state> {
  const cells = Object.fromEntries(
    Object.entries(s.cells).filter(([, v]) => {
      const c = v as { value: unknown; formula: string; numberFormat: string; bold: boolean };
      return c.value !== null || c.formula !== "" || c.numberFormat !== "General" || c.bold;
    })
  );
  return { sheets: s.sheets, cells };
}

function writtenButtons(): string[] {
  const list = screen.getByRole("list", { name: /Ditulis oleh/ });
  return Array.from(list.querySelectorAll("button")).map((b) => b.textContent ?? "");
}

describe("Ditulis oleh / Urungkan", () => {
  it("fill into the template's empty columns: lists every range, selects the first, undo gives every cell back", async () => {
    const model = buildSampleWorkbook([TEMPLATE]);
    const { run } = await setupLoaded([TEMPLATE], "scan", model);
    const before = visible(state(model));
    await scan();
    fireEvent.click(screen.getByRole("tab", { name: /^Isi/ }));
    fireEvent.click(await screen.findByRole("button", { name: "Isi kolom" }));
    await screen.findByRole("heading", { name: /Ditulis oleh/ }, { timeout: 15000 });

    const ranges = writtenButtons();
    expect(ranges.length).toBeGreaterThan(0);
    // Each listed range holds what was written (it is not empty any more) and the first one is selected.
    for (const r of ranges) expect(r).toMatch(/^PK 2024!/);
    await waitFor(async () => expect(await selectedAddress(run)).toBe(ranges[0]));
    expect(visible(state(model))).not.toEqual(before);

    // A click on another range selects it.
    fireEvent.click(
      screen.getByRole("button", { name: `Pilih rentang ${ranges[ranges.length - 1]}` })
    );
    await waitFor(async () => expect(await selectedAddress(run)).toBe(ranges[ranges.length - 1]));

    fireEvent.click(screen.getByRole("button", { name: /^Urungkan/ }));
    await screen.findByText(/sudah diurungkan/, {}, { timeout: 15000 });
    expect(visible(state(model))).toEqual(before);
  });

  it("compare: undo removes the sheets it added", async () => {
    const model = buildSampleWorkbook([PK, ANGGARAN]);
    await setupLoaded([PK, ANGGARAN], "compare", model);
    const sheetsBefore = model.sheets.map((s) => s.name);
    fireEvent.click(await screen.findByRole("button", { name: "Buat lembar perbandingan" }));
    await screen.findByRole("heading", { name: /Ditulis oleh/ }, { timeout: 15000 });
    expect(model.sheets.length).toBeGreaterThan(sheetsBefore.length);
    const added = model.sheets.map((s) => s.name).filter((n) => !sheetsBefore.includes(n));
    for (const name of added)
      expect(writtenButtons().some((r) => r.startsWith(`${name}!`))).toBe(true);

    fireEvent.click(screen.getByRole("button", { name: /^Urungkan/ }));
    await screen.findByText(/sudah diurungkan/, {}, { timeout: 15000 });
    expect(model.sheets.map((s) => s.name)).toEqual(sheetsBefore);
  });

  it("says plainly when it can no longer undo: the user edited a written cell", async () => {
    const model = buildSampleWorkbook([TEMPLATE]);
    const { run } = await setupLoaded([TEMPLATE], "scan", model);
    await scan();
    fireEvent.click(screen.getByRole("tab", { name: /^Isi/ }));
    fireEvent.click(await screen.findByRole("button", { name: "Isi kolom" }));
    await screen.findByRole("heading", { name: /Ditulis oleh/ }, { timeout: 15000 });
    const [first] = writtenButtons();
    const [sheet, range] = first!.split("!");
    await act(async () => {
      await run(async (context) => {
        context.workbook.worksheets.getItem(sheet!).getRange(range!.split(":")[0]!).values = [
          ["diubah"],
        ];
        await context.sync();
      });
    });
    const edited = visible(state(model));
    fireEvent.click(screen.getByRole("button", { name: /^Urungkan/ }));
    await screen.findByText(/Tidak bisa diurungkan lagi/, {}, { timeout: 15000 });
    expect(visible(state(model))).toEqual(edited);
    expect(screen.getByRole("button", { name: /^Urungkan/ }).hasAttribute("disabled")).toBe(true);
  });
});
