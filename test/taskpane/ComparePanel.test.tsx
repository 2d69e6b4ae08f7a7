/** @jest-environment jsdom */
// The Bandingkan tab against the in-memory Excel: one click builds the ticked sheets, the matches that
// are not exact are shown, and fixing one rebuilds the sheet in place. The workbook is asked, not the pane.
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { cellKey } from "../../src/memory-excel/model";
import { modelOf } from "../excel/workbook";
import { pemkotPerbandingan } from "../fixtures/data/pemkot-perbandingan";
import { buildSampleWorkbook } from "../../src/demo/sample";
import { setupLoaded } from "./support";

const HEAD = ["No", "Indikator Kinerja", "Satuan", "Target"];
const twoYears = () =>
  modelOf(
    {
      name: "PK 2023",
      rows: [
        ["PK 2023"],
        [],
        [...HEAD, "Realisasi 2023"],
        [1, "Indeks Profesionalitas ASN", "Poin", 70, 72.56],
        [2, "Indek Kesehatan", "Poin", 83, 83.35],
      ],
    },
    {
      name: "PK 2024",
      rows: [
        ["PK 2024"],
        [],
        [...HEAD, "Realisasi 2024"],
        [1, "Indeks Profesionalitas ASN", "Poin", 73, "74,52*"],
        [2, "Indeks Kesehatan", "Poin", 83.35, 83.77],
        [3, "Indeks Pendidikan", "Poin", 76.66, 76.72],
      ],
    }
  );

describe("Bandingkan tab", () => {
  it("builds the four sheets of the Pemkot comparison tables in one click, and updates them on a second", async () => {
    const model = buildSampleWorkbook([
      { workbook: pemkotPerbandingan, sheet: "Tabel 2.26" },
      { workbook: pemkotPerbandingan, sheet: "RPJMD dan Standar" },
    ]);
    await setupLoaded([], "compare", model);
    fireEvent.click(screen.getByRole("button", { name: "Buat lembar perbandingan" }));
    expect(
      await screen.findByText(/4 lembar baru, 0 lembar diperbarui/, {}, { timeout: 15000 })
    ).toBeTruthy();
    expect(model.sheets.map((s) => s.name).slice(-4)).toEqual([
      "Perbandingan Antar Tahun",
      "Perbandingan Target Akhir",
      "Perbandingan Standar",
      "Analisis Efisiensi",
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Perbarui lembar perbandingan" }));
    expect(
      await screen.findByText(/0 lembar baru, 4 lembar diperbarui/, {}, { timeout: 15000 })
    ).toBeTruthy();
    expect(model.sheets.length).toBe(6);
  });

  it("builds only the ticked sheets", async () => {
    const model = buildSampleWorkbook([{ workbook: pemkotPerbandingan, sheet: "Tabel 2.26" }]);
    await setupLoaded([], "compare", model);
    for (const name of [
      "Target akhir periode RPJMD/Renstra",
      "Standar nasional/provinsi",
      "Efisiensi anggaran per sasaran",
    ]) {
      fireEvent.click(screen.getByRole("checkbox", { name }));
    }
    fireEvent.click(screen.getByRole("button", { name: "Buat lembar perbandingan" }));
    expect(await screen.findByText(/1 lembar baru/, {}, { timeout: 15000 })).toBeTruthy();
    expect(model.sheets.map((s) => s.name)).toEqual(["Tabel 2.26", "Perbandingan Antar Tahun"]);
  });

  it("shows a typo match and lets the user undo it; the sheet is rebuilt in place", async () => {
    const model = twoYears();
    await setupLoaded([], "compare", model);
    fireEvent.click(screen.getByRole("button", { name: "Buat lembar perbandingan" }));
    await screen.findByText(/3 lembar baru/, {}, { timeout: 15000 });
    const sheets = model.sheets.length;
    const sheet = () => model.getSheet("Perbandingan Antar Tahun")!;
    // Row 6: Indeks Kesehatan; column E (after No, Indikator, Satuan, Target 2023): Realisasi 2023 from
    // PK 2023 row 5 ("Indek Kesehatan").
    expect(sheet().cells.get(cellKey(5, 4))?.value).toBe(83.35);
    const pick = screen.getByRole("combobox", {
      name: "Pasangan untuk Indeks Kesehatan (Realisasi 2023 (PK 2023))",
    });
    expect((pick as HTMLSelectElement).value).toBe("4");
    expect(screen.getAllByText("nama mirip").length).toBeGreaterThan(0);
    fireEvent.change(pick, { target: { value: "" } });
    await waitFor(
      () => expect(screen.getByText(/0 lembar baru, 3 lembar diperbarui/)).toBeTruthy(),
      { timeout: 15000 }
    );
    expect(sheet().cells.get(cellKey(5, 4))?.formula).toBeUndefined();
    expect(model.sheets.length).toBe(sheets);
  });
});
