/** @jest-environment jsdom */
// The language chosen in Pengaturan reaches every tab, the lazily loaded ones with their own text tables
// (Bandingkan: i18n/compare-strings.ts; the portable section of Isi: i18n/portable-strings.ts) included.
import { fireEvent } from "@testing-library/react";
import { setupLoaded, screen, PK } from "./support";

describe("the pane's language", () => {
  it("English in Pengaturan gives English Compare and portable texts; back to Indonesian gives Indonesian", async () => {
    await setupLoaded([PK], "settings");
    fireEvent.change(await screen.findByRole("combobox", { name: "Bahasa" }), {
      target: { value: "en" },
    });
    fireEvent.click(await screen.findByRole("tab", { name: "Compare" }));
    expect(await screen.findByRole("button", { name: "Build comparison sheets" })).toBeTruthy();
    expect(
      screen.getByRole("checkbox", { name: "Year on year (realisasi and trend)" })
    ).toBeTruthy();
    expect(screen.queryByText("Buat lembar perbandingan")).toBeNull();

    fireEvent.click(screen.getByRole("tab", { name: "Fill" }));
    expect(
      await screen.findByRole("heading", { name: "Convert to plain Excel formulas" })
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "Preview" })).toBeTruthy();

    fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
    fireEvent.change(await screen.findByRole("combobox", { name: "Language" }), {
      target: { value: "id" },
    });
    fireEvent.click(await screen.findByRole("tab", { name: "Isi" }));
    expect(await screen.findByRole("heading", { name: "Ubah ke rumus Excel biasa" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Buat pratinjau" })).toBeTruthy();
  });
});
