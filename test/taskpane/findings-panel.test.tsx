/** @jest-environment jsdom */
import { fireEvent, waitFor } from "@testing-library/react";
import {
  setupLoaded,
  selectedAddress,
  scan,
  screen,
  within,
  findingName,
  PK,
  ANGGARAN,
} from "./support";
import { engineView } from "./expected";
import { buildSampleWorkbook } from "../../src/demo/sample";

async function openFindings(): Promise<void> {
  fireEvent.click(screen.getByRole("tab", { name: /Temuan/ }));
  await screen.findByRole("heading", { name: /Temuan/ });
}

describe("Temuan tab", () => {
  it("shows the engine's findings, counted in the header, grouped by table and severity", async () => {
    const { run } = await setupLoaded([PK, ANGGARAN]);
    const expected = await engineView(run);
    expect(expected.findings.length).toBeGreaterThan(0); // the seeds' tables have real mistakes
    await scan();
    expect(screen.getByRole("tab", { name: `Temuan (${expected.findings.length})` })).toBeTruthy();
    await openFindings();
    expect(screen.getByText(`${expected.findings.length} temuan`)).toBeTruthy();
    for (const f of expected.findings) {
      expect(screen.getByRole("button", { name: findingName(f) })).toBeTruthy();
    }
    const errors = expected.findings.filter((f) => f.severity === "error").length;
    if (errors > 0)
      expect(screen.getAllByRole("heading", { name: /Kesalahan/ }).length).toBeGreaterThan(0);
    // One accordion group per table that has findings.
    const tablesWithFindings = expected.tables.filter((t) =>
      expected.findings.some((f) => f.sheet === t.sheet)
    );
    expect(screen.getAllByRole("button", { expanded: true }).length).toBeGreaterThanOrEqual(
      Math.min(1, tablesWithFindings.length)
    );
  });

  it("selects the finding's cell in the workbook when it is clicked", async () => {
    const { run } = await setupLoaded([PK, ANGGARAN]);
    const { findings } = await engineView(run);
    await scan();
    await openFindings();
    const f = findings[findings.length - 1]!;
    fireEvent.click(screen.getByRole("button", { name: findingName(f) }));
    await waitFor(async () => expect(await selectedAddress(run)).toBe(`${f.sheet}!${f.cell}`));
  });

  it("a finding on a hidden sheet: the pane says so and offers to show it; no click fails", async () => {
    const model = buildSampleWorkbook([PK, ANGGARAN]);
    model.getSheet(ANGGARAN.sheet)!.visibility = "Hidden";
    const { run } = await setupLoaded([PK, ANGGARAN], "scan", model);
    const { findings } = await engineView(run);
    const f = findings.find((x) => x.sheet === ANGGARAN.sheet)!;
    expect(f).toBeDefined();
    const before = await selectedAddress(run);
    await scan();
    await openFindings();
    fireEvent.click(screen.getByRole("button", { name: findingName(f) }));
    await screen.findByText(new RegExp(`Lembar "${ANGGARAN.sheet}" tersembunyi`));
    expect(screen.queryByText(/Terjadi kesalahan/)).toBeNull();
    expect(await selectedAddress(run)).toBe(before);
    fireEvent.click(screen.getByRole("button", { name: "Tampilkan sheet" }));
    await waitFor(async () => expect(await selectedAddress(run)).toBe(`${f.sheet}!${f.cell}`));
    expect(model.getSheet(ANGGARAN.sheet)!.visibility).toBe("Visible");
    await waitFor(() => expect(screen.queryByText(/tersembunyi/)).toBeNull());
  });

  it("Pindai ulang picks up a correction made in the workbook", async () => {
    const { run } = await setupLoaded([ANGGARAN]);
    const before = await engineView(run);
    // Pemkot Binjai 2024: realisasi above the pagu (e.g. 2.126.674.314 against 1.960.287.340).
    const capaian = before.findings.find(
      (f) => f.rule === "REALISASI_EXCEEDS_PAGU" && typeof f.expected === "number"
    );
    expect(capaian).toBeDefined();
    await scan();
    await openFindings();
    const item = screen.getByRole("button", { name: findingName(capaian!) });
    expect(item).toBeTruthy();
    // The user corrects the realisasi to the pagu.
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem(capaian!.sheet).getRange(capaian!.cell);
      range.values = [[capaian!.expected as number]];
      await context.sync();
    });
    fireEvent.click(screen.getByRole("button", { name: "Pindai ulang" }));
    // The re-scan reads and checks the whole workbook again: on a loaded machine that takes longer than
    // waitFor's one-second default, so it gets the deadline of every other scan in these tests (support.scan).
    await waitFor(
      () => expect(screen.queryByRole("button", { name: findingName(capaian!) })).toBeNull(),
      { timeout: 15000 }
    );
    const after = await engineView(run);
    expect(screen.getByRole("tab", { name: `Temuan (${after.findings.length})` })).toBeTruthy();
    expect(
      within(screen.getByRole("tabpanel")).getByText(`${after.findings.length} temuan`)
    ).toBeTruthy();
  });

  it("copies the reviewer's summary of the workbook (as sakip report gives it), or shows it when the clipboard is blocked", async () => {
    const { run } = await setupLoaded([ANGGARAN]);
    const expected = await engineView(run);
    const listed = expected.findings.filter((f) => f.severity !== "info");
    const errors = listed.filter((f) => f.severity === "error").length;
    await scan();
    await openFindings();
    let copied = "";
    Object.defineProperty(navigator, "clipboard", {
      configurable: true,
      value: {
        writeText: async (t: string) => {
          copied = t;
        },
      },
    });
    fireEvent.click(screen.getByRole("button", { name: "Salin ringkasan" }));
    await screen.findByText(/Ringkasan disalin/);
    expect(copied).toContain(`Temuan: ${errors} kesalahan, ${listed.length - errors} peringatan`);
    for (const f of listed) expect(copied).toContain(`${f.sheet}!${f.cell} ${f.rule}`);
    Object.defineProperty(navigator, "clipboard", {
      configurable: true,
      value: {
        writeText: async () => {
          throw new Error("blocked");
        },
      },
    });
    fireEvent.click(screen.getByRole("button", { name: "Salin ringkasan" }));
    const box = await screen.findByRole("textbox", { name: /salin teks ini/ });
    expect((box as HTMLTextAreaElement).value).toBe(copied);
  });
});
