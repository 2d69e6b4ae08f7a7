/** @jest-environment jsdom */
// The portable section on a workbook filled with live =SAKIP.* formulas (seed fixture in the in-memory
// Excel): preview lists old and new formulas and the kept ones with their reason; nothing is written
// before the dialog is confirmed; after it, the workbook shows the same values with native formulas.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { planFill } from "../../src/engine/plan/fill";
import { planPortable } from "../../src/engine/plan/portable";
import { recognize } from "../../src/engine/recognize/index";
import { applyFillPlan } from "../../src/excel/apply-plan";
import { readWorkbook } from "../../src/excel/read-workbook";
import { createMemoryExcel } from "../../src/memory-excel/index";
import type { WorkbookModel } from "../../src/memory-excel/model";
import { buildSampleWorkbook } from "../../src/demo/sample";
import { HostContext, type ExcelRun } from "../../src/taskpane/hooks/host";
import { PortableSection } from "../../src/taskpane/panels/PortableSection";
import { LanguageContext } from "../../src/taskpane/i18n/translate";
import { PK, setup, scan } from "./support";

function values(model: WorkbookModel): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const s of model.sheets) for (const [k, c] of s.cells) out.set(`${s.name}|${k}`, c.value);
  return out;
}

async function filledWorkbook() {
  const model = buildSampleWorkbook([PK]);
  const excel = createMemoryExcel(model);
  const run: ExcelRun = (batch) => excel.run(batch);
  const grids = await run((context) => readWorkbook(context));
  await run((context) =>
    applyFillPlan(
      context,
      planFill(
        grids,
        grids.flatMap((g) => recognize(g).tables)
      )
    )
  );
  return { model, excel, run };
}

describe("Ubah ke rumus Excel biasa", () => {
  it("previews, asks, and only then replaces the formulas with native ones of the same value", async () => {
    const { model, excel, run } = await filledWorkbook();
    const expected = planPortable(await run((context) => readWorkbook(context)));
    expect(expected.changes.length).toBeGreaterThan(0);
    expect(expected.skipped.length).toBeGreaterThan(0);
    const before = values(model);
    const formulasBefore = [...model.sheets[0]!.cells.values()].map((c) => c.formula);

    render(
      <FluentProvider theme={webLightTheme}>
        <HostContext.Provider value={{ run }}>
          <PortableSection />
        </HostContext.Provider>
      </FluentProvider>
    );
    fireEvent.click(screen.getByRole("button", { name: "Buat pratinjau" }));
    await screen.findByText(`${expected.changes.length} rumus akan diganti`, { selector: "h4" });
    const first = expected.changes[0]!;
    expect(screen.getByText(`sesudah: ${first.after}`)).toBeTruthy();
    expect(screen.getByText(`sebelum: ${first.before}`)).toBeTruthy();
    expect(screen.getByText(`${expected.skipped.length} rumus dibiarkan`)).toBeTruthy();
    expect(screen.getByText(expected.skipped[0]!.reason)).toBeTruthy();

    // The dialog opens within the click; it is asked for in that same step, not after an await. In jsdom
    // (no layout) tabster finds no focusable button, so Fluent focuses the dialog itself before tabster has
    // registered it as a modal; the modal is then never active and tabster's deferred update (a timer,
    // about 250 ms) marks it aria-hidden. An await here lets that timer run first on a loaded machine.
    // In a browser the focus lands on the first button inside and the modal is active.
    // Cancel: nothing written.
    fireEvent.click(screen.getByRole("button", { name: `Ganti ${expected.changes.length} rumus` }));
    fireEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Batal" }));
    expect([...model.sheets[0]!.cells.values()].map((c) => c.formula)).toEqual(formulasBefore);

    excel.resetStats();
    fireEvent.click(screen.getByRole("button", { name: `Ganti ${expected.changes.length} rumus` }));
    const dialog = screen.getByRole("dialog");
    expect(dialog.textContent).toContain(
      `${expected.changes.length} rumus =SAKIP.* akan diganti rumus Excel biasa`
    );
    fireEvent.click(within(dialog).getByRole("button", { name: "Ya, ganti" }));
    await screen.findByText(`${expected.changes.length} rumus sudah diganti rumus Excel biasa.`);
    // check + write, then one read for the fresh plan (list of sheets + used ranges)
    await waitFor(() => expect(excel.stats.syncs).toBe(4));

    const after = values(model);
    for (const [key, v] of before) {
      const now = after.get(key);
      if (typeof v === "number" && typeof now === "number")
        expect(Math.abs(v - now)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(v)));
      else expect(now).toEqual(v);
    }
    const sheet = model.getSheet(first.sheet)!;
    expect(sheet.getCell(first.row, first.col)?.formula).toBe(first.after);
    const left = [...sheet.cells.values()].filter(
      (c) => c.formula && /SAKIP\./.test(c.formula)
    ).length;
    expect(left).toBe(expected.skipped.filter((s) => s.sheet === first.sheet).length);
  });

  it("says so when the workbook has no SAKIP formula, in English too", async () => {
    const model = buildSampleWorkbook([PK]);
    const excel = createMemoryExcel(model);
    const run: ExcelRun = (batch) => excel.run(batch);
    render(
      <FluentProvider theme={webLightTheme}>
        <HostContext.Provider value={{ run }}>
          <LanguageContext.Provider value="en">
            <PortableSection />
          </LanguageContext.Provider>
        </HostContext.Provider>
      </FluentProvider>
    );
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    expect(await screen.findByText("No =SAKIP.* formula can be replaced.")).toBeTruthy();
  });
});

describe("in the pane's Isi tab", () => {
  it("fill with live formulas, then make them portable: the workbook keeps its values, no SAKIP left but the reported ones", async () => {
    const { model } = setup([PK]);
    await scan();
    fireEvent.click(screen.getByRole("tab", { name: /^Isi/ }));
    fireEvent.click(await screen.findByRole("button", { name: "Isi kolom" }));
    await waitFor(() =>
      expect(
        [...model.sheets[0]!.cells.values()].some((c) => c.formula?.startsWith("=SAKIP."))
      ).toBe(true)
    );
    const before = values(model);

    fireEvent.click(screen.getByRole("button", { name: "Buat pratinjau" }));
    const apply = await screen.findByRole("button", { name: /^Ganti \d+ rumus$/ });
    fireEvent.click(apply);
    // Asked for in the click's step, as above.
    fireEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Ya, ganti" }));
    await screen.findByText(/rumus sudah diganti rumus Excel biasa\./);

    const after = values(model);
    for (const [key, v] of before) {
      const now = after.get(key);
      if (typeof v === "number" && typeof now === "number")
        expect(Math.abs(v - now)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(v)));
      else expect(now).toEqual(v);
    }
    const left = [...model.sheets]
      .flatMap((sh) => [...sh.cells.values()])
      .filter((c) => c.formula && /SAKIP\./.test(c.formula));
    // The kept ones are listed in the pane with their cell.
    fireEvent.click(screen.getByText(`${left.length} rumus dibiarkan`));
    expect(screen.getAllByText(/dibiarkan: SAKIP\./).length).toBe(Math.min(left.length, 30));
  });
});
