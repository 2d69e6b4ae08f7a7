/** @jest-environment jsdom */
import { fireEvent, waitFor } from "@testing-library/react";
import { setupLoaded, scan, screen, PK_DISKOMINFO, ANGGARAN } from "./support";
import { engineView } from "./expected";
import { planFill } from "../../src/engine/plan/fill";
import { DEFAULT_SETTINGS } from "../../src/engine/settings";
import type { CellData, WorkbookModel } from "../../src/memory-excel/model";
import { diskominfoPk } from "../fixtures/data/diskominfo-pk";

function snapshot(model: WorkbookModel): Map<string, CellData> {
  const out = new Map<string, CellData>();
  for (const sheet of model.sheets)
    for (const [key, cell] of sheet.cells) out.set(`${sheet.name}|${key}`, { ...cell });
  return out;
}

function cellsOf(
  model: WorkbookModel
): Map<string, Pick<CellData, "value" | "formula" | "numberFormat">> {
  const out = new Map<string, Pick<CellData, "value" | "formula" | "numberFormat">>();
  for (const sheet of model.sheets)
    for (const [key, c] of sheet.cells)
      out.set(`${sheet.name}|${key}`, {
        value: c.value,
        formula: c.formula,
        numberFormat: c.numberFormat,
      });
  return out;
}

async function openFill(): Promise<void> {
  fireEvent.click(screen.getByRole("tab", { name: /^Isi/ }));
  await screen.findByRole("heading", { name: "Isi" });
}

describe("Isi tab", () => {
  it("previews what goes where, applies in few round trips, keeps every old cell, and twice == once", async () => {
    const { run, model, excel } = await setupLoaded([PK_DISKOMINFO, ANGGARAN]);
    const readStart = excel.stats.syncs;
    const view = await engineView(run);
    const scanSyncs = excel.stats.syncs - readStart; // what the pane's re-scan after filling costs
    const plan = planFill(view.grids, view.tables, { mode: "values", settings: DEFAULT_SETTINGS });
    expect(plan.columns.length).toBeGreaterThan(0);

    await scan();
    await openFill();
    fireEvent.click(screen.getByRole("radio", { name: /Angka saja/ }));
    for (const p of plan.preview) {
      expect(screen.getByText(`${p.header} → ${p.sheet}!${p.range}`)).toBeTruthy();
    }

    const before = snapshot(model);
    const syncsBefore = excel.stats.syncs;
    fireEvent.click(screen.getByRole("button", { name: "Isi kolom" }));
    await screen.findByText(
      `Selesai: ${plan.columns.length} kolom ditambahkan.`,
      {},
      { timeout: 15000 }
    );

    // Every cell that existed before is identical (value, formula, number format, style).
    for (const [key, cell] of before) {
      const [sheetName, k] = key.split("|");
      expect(model.getSheet(sheetName!)!.cells.get(Number(k))).toEqual(cell);
    }
    // The new figures are the engine's.
    for (const column of plan.columns) {
      const sheet = model.getSheet(column.sheet)!;
      expect(sheet.getCell(column.headerRow, column.col)?.value).toBe(column.header);
      for (const c of column.cells) {
        const got = sheet.getCell(c.row, column.col)?.value ?? null;
        if (typeof c.value === "number") expect(got).toBeCloseTo(c.value, 10);
        else expect(got === "" ? null : got).toBe(c.value);
      }
    }

    // After the apply the pane re-scanned: nothing is left to fill, and filling again changes nothing.
    await screen.findByText(/Tidak ada kolom yang perlu ditambahkan/, {}, { timeout: 15000 });
    // Apply = one round trip to re-check the target cells + one with every write (then the re-scan, and the
    // selection of the first range written: selectRange's two, which check first whether its sheet is hidden).
    expect(excel.stats.syncs - syncsBefore - scanSyncs).toBe(4);
    const once = cellsOf(model);
    const again = await engineView(run);
    expect(planFill(again.grids, again.tables, { mode: "values" }).columns).toHaveLength(0);
    expect(cellsOf(model)).toEqual(once);
  });

  it("writes live =SAKIP.* formulas in formulas mode", async () => {
    const { run, model } = await setupLoaded([PK_DISKOMINFO]);
    const view = await engineView(run);
    const plan = planFill(view.grids, view.tables, { mode: "formulas" });
    await scan();
    await openFill();
    expect(screen.getByRole("radio", { name: /Rumus =SAKIP/ })).toHaveProperty("checked", true);
    fireEvent.click(screen.getByRole("button", { name: "Isi kolom" }));
    await screen.findByText(/Selesai:/, {}, { timeout: 15000 });
    const capaian = plan.columns.find((c) => c.kind === "capaian")!;
    const sheet = model.getSheet(capaian.sheet)!;
    const filled = capaian.cells.filter((c) => c.formula !== "");
    expect(filled.length).toBeGreaterThan(0);
    for (const c of filled) {
      expect(sheet.getCell(c.row, capaian.col)?.formula).toBe(c.formula);
      if (typeof c.value === "number")
        expect(sheet.getCell(c.row, capaian.col)?.value).toBeCloseTo(c.value, 10);
    }
  });

  it("lists the columns it withholds because a column they read is a guess, and writes none of them", async () => {
    // Tabel 3.14 heads two columns "2024" (2023 missing): its target 2024 is taken by order, a guess.
    const { run, model } = await setupLoaded([{ workbook: diskominfoPk, sheet: "Tabel 3.14" }]);
    const view = await engineView(run);
    const plan = planFill(view.grids, view.tables, { mode: "formulas" });
    expect(plan.columns).toEqual([]);
    expect(plan.withheld.length).toBeGreaterThan(0);
    const before = snapshot(model);
    await scan();
    await openFill();
    expect(
      screen.getByText(
        "Tidak ada kolom yang perlu ditambahkan selain kolom yang belum pasti (lihat di bawah)."
      )
    ).toBeTruthy();
    const list = screen.getByRole("list", { name: "Tidak diisi (kolom belum pasti)" });
    for (const w of plan.withheld) expect(list.textContent).toContain(w.reason);
    expect(screen.queryByRole("button", { name: "Isi kolom" })).toBeNull();
    expect(snapshot(model)).toEqual(before);
  });

  it("asks for a scan first", async () => {
    await setupLoaded([PK_DISKOMINFO], "fill");
    expect(await screen.findByText("Pindai buku kerja dulu di tab Pindai.")).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole("button", { name: "Isi kolom" })).toBeNull());
  });
});
