/** @jest-environment jsdom */
import { fireEvent } from "@testing-library/react";
import { setupLoaded, screen, PK } from "./support";

describe("Bandingkan tab", () => {
  it("says honestly that comparison sheets come later, with its action disabled", async () => {
    await setupLoaded([PK]);
    fireEvent.click(screen.getByRole("tab", { name: "Bandingkan" }));
    expect(await screen.findByText(/akan hadir di versi berikutnya/)).toBeTruthy();
    const button = screen.getByRole("button", { name: "Buat lembar perbandingan" });
    expect(button.hasAttribute("disabled") || button.getAttribute("aria-disabled") === "true").toBe(true);
  });
});
