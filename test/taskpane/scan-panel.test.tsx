/** @jest-environment jsdom */
import { fireEvent, waitFor } from "@testing-library/react";
import { setupLoaded, selectedAddress, scan, screen, PK, PK_DISKOMINFO, ANGGARAN } from "./support";
import { WorkbookModel } from "../../src/memory-excel/model";
import { pemkotPk } from "../fixtures/data/pemkot-pk";
import { pemkotAnggaran } from "../fixtures/data/pemkot-anggaran";

const expectedPk = pemkotPk.sheets.find((s) => s.name === "PK 2024")!.expected[0]!;
const expectedAnggaran = pemkotAnggaran.sheets.find((s) => s.name === "Realisasi Anggaran")!
  .expected[0]!;

describe("Pindai tab", () => {
  it("lists each recognized table with its kind, sheet and range", async () => {
    await setupLoaded([PK, ANGGARAN]);
    await scan();
    expect(screen.getByText("2 tabel ditemukan", { selector: "h3" })).toBeTruthy();
    const pk = screen.getByRole("button", {
      name: `Pilih tabel Perjanjian Kinerja di PK 2024!${expectedPk.range} · ${expectedPk.rows.length} baris data`,
    });
    expect(pk.textContent).toContain(`PK 2024!${expectedPk.range}`);
    const anggaran = screen.getByRole("button", {
      name: new RegExp(
        `^Pilih tabel Realisasi anggaran di Realisasi Anggaran!${expectedAnggaran.range} · `
      ),
    });
    expect(anggaran.textContent).toContain(
      `${expectedAnggaran.rows.length.toLocaleString("id-ID")} baris data`
    );
  });

  it("selects the table in the workbook when it is clicked", async () => {
    const { run } = await setupLoaded([PK, ANGGARAN]);
    await scan();
    fireEvent.click(
      screen.getByRole("button", {
        name: new RegExp(`Realisasi Anggaran!${expectedAnggaran.range}`),
      })
    );
    await waitFor(async () =>
      expect(await selectedAddress(run)).toBe(`Realisasi Anggaran!${expectedAnggaran.range}`)
    );
  });

  it("says under a table which of its columns are not read with certainty", async () => {
    // Tabel 3.14 heads F and G both "2024" (the report's typo for 2023): which is the 2024 target is a guess.
    await setupLoaded([{ ...PK_DISKOMINFO, sheet: "Tabel 3.14" }]);
    await scan();
    expect(
      screen.getByText(
        "Kolom F belum pasti dibaca: tidak diperiksa dan tidak diisi (lihat Catatan pengenalan)."
      )
    ).toBeTruthy();
  });

  it("says nothing of the kind under tables read with certainty", async () => {
    await setupLoaded([PK, ANGGARAN]);
    await scan();
    expect(screen.queryByText(/belum pasti dibaca/)).toBeNull();
  });

  it("says so, in Indonesian, when no table is found", async () => {
    const model = new WorkbookModel();
    model.addSheet("Kosong").setCell(0, 0, { value: "Catatan rapat" });
    await setupLoaded([], "scan", model);
    await scan();
    expect(screen.getByText(/Belum ada tabel yang dikenali/)).toBeTruthy();
  });
});
