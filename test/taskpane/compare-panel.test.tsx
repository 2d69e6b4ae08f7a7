/** @jest-environment jsdom */
import { fireEvent } from "@testing-library/react";
import { setupLoaded, screen, PK } from "./support";

describe("Bandingkan tab", () => {
  it("offers the four comparison sheets, all ticked, and one button that builds them", async () => {
    await setupLoaded([PK]);
    fireEvent.click(screen.getByRole("tab", { name: "Bandingkan" }));
    for (const name of [
      "Antar tahun (realisasi dan tren)",
      "Target akhir periode RPJMD/Renstra",
      "Standar nasional/provinsi",
      "Efisiensi anggaran per sasaran",
    ]) {
      expect((screen.getByRole("checkbox", { name }) as HTMLInputElement).checked).toBe(true);
    }
    const button = screen.getByRole("button", { name: "Buat lembar perbandingan" });
    expect(button.hasAttribute("disabled")).toBe(false);
  });
});
