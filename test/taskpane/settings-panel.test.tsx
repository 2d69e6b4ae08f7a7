/** @jest-environment jsdom */
import { fireEvent, render, waitFor, cleanup } from "@testing-library/react";
import { setupLoaded, scan, screen, PK } from "./support";
import { App } from "../../src/taskpane/App";
import { SETTINGS_KEY, parseSettings } from "../../src/excel/settings-store";
import { indicatorKey } from "../../src/engine/settings";
import { arah } from "../../src/engine/index";

const TPT = "Tingkat Pengangguran Terbuka (TPT)";

describe("Pengaturan tab", () => {
  it("keeps choices in the workbook's settings, so the next pane opened on it sees them", async () => {
    const { model, run } = await setupLoaded([PK], "settings");
    const language = await screen.findByRole("combobox", { name: "Bahasa" });
    fireEvent.change(screen.getByRole("combobox", { name: "Skala predikat" }), {
      target: { value: "akip" },
    });
    await waitFor(() => expect(parseSettings(model.settings.get(SETTINGS_KEY)).scale).toBe("akip"));
    fireEvent.change(language, { target: { value: "en" } });
    await waitFor(() =>
      expect(parseSettings(model.settings.get(SETTINGS_KEY)).language).toBe("en")
    );
    expect(screen.getByRole("tab", { name: "Settings" })).toBeTruthy();

    cleanup();
    render(<App run={run} initialTab="settings" />);
    expect(await screen.findByRole("tab", { name: "Scan" })).toBeTruthy();
    expect(
      (screen.getByRole("combobox", { name: "Rating scale" }) as HTMLSelectElement).value
    ).toBe("akip");
  });

  it("suggests each indicator's direction with arah and lets the user override it", async () => {
    const { model } = await setupLoaded([PK]);
    await scan();
    fireEvent.click(screen.getByRole("tab", { name: "Pengaturan" }));
    const select = (await screen.findByRole("combobox", {
      name: /^Tingkat Pengangguran Terbuka/,
    })) as HTMLSelectElement;
    expect(select.value).toBe(arah(TPT));
    expect(arah(TPT)).not.toBe("higher"); // unemployment: lower is better
    fireEvent.change(select, { target: { value: "lower-ratio" } });
    await waitFor(() =>
      expect(parseSettings(model.settings.get(SETTINGS_KEY)).polarity[indicatorKey(TPT)]).toBe(
        arah(TPT) === "lower-ratio" ? undefined : "lower-ratio"
      )
    );
  });
});
