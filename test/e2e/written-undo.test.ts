// End to end on the demo page in Chromium: fill into a template's empty columns, the list of written ranges,
// Urungkan, the SVG charts of compare, the keyboard (Tab leaves the grid, F6, focus after Pindai), an
// unreadable file, and axe on the whole page in both themes. Screenshots in test-output/e2e-written-undo.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import axe from "axe-core";
import type { Page } from "playwright-core";
import { closeDemoPage, openDemoPage, until, type DemoPage } from "./demo-page";
import { buildSampleWorkbook, type SampleSheet } from "../../src/demo/sample";
import { writeXlsx } from "../../src/xlsx/write";
import { pkTemplate } from "../engine/plan/templates";
import { pemkotPk } from "../fixtures/data/pemkot-pk";

jest.setTimeout(240_000);

const SHOTS = resolve(__dirname, "../../test-output/e2e-written-undo");
const TEMPLATE: SampleSheet = {
  workbook: { ...pemkotPk, sheets: [pkTemplate()] },
  sheet: "PK 2024",
};

let demo: DemoPage | undefined;
let page: Page;
let step = 0;
let templateFile = "";

async function shot(name: string): Promise<void> {
  step += 1;
  await page.screenshot({ path: join(SHOTS, `${String(step).padStart(2, "0")}-${name}.png`) });
}

const pane = () => page.locator("aside.pane");
const cell = (a1: string) => page.locator(`.grid td[data-cell="${a1}"]`);
const visible = (l: ReturnType<Page["locator"]>) =>
  l
    .first()
    .waitFor({ timeout: 30_000 })
    .then(
      () => true,
      () => false
    );
const focusedLabel = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return `${el?.tagName ?? ""}|${el?.getAttribute("aria-label") ?? ""}|${el?.closest("aside.pane") ? "pane" : el?.closest(".grid") ? "grid" : "other"}`;
  });

async function axeViolations(): Promise<string[]> {
  // Evaluated through the debugger, not as an inline <script>: the demo server's CSP forbids inline scripts.
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (
          el: unknown,
          o: object
        ) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
      };
    };
    // Tabster's focus sentinels (Fluent) are a known axe false positive: they hand focus on and are never read.
    const r = await w.axe.run(
      { exclude: [["[data-tabster-dummy]"]] },
      { resultTypes: ["violations"] }
    );
    return r.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")})`
    );
  });
}

async function openTemplate(): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles(templateFile);
  await visible(page.getByText("Berkas template-pk.xlsx dibuka", { exact: false }));
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const bytes = await writeXlsx(buildSampleWorkbook([TEMPLATE]));
  templateFile = join(tmpdir(), `template-pk-${process.pid}`, "template-pk.xlsx");
  mkdirSync(join(templateFile, ".."), { recursive: true });
  writeFileSync(
    templateFile,
    bytes instanceof Uint8Array ? bytes : (bytes as { data: Uint8Array }).data
  );
  demo = await openDemoPage("written-undo");
  page = demo.page;
  await pane().getByRole("button", { name: "Pindai buku kerja" }).waitFor();
  console.log(`Tangkapan layar e2e tulis/urungkan: ${SHOTS}`);
});

afterAll(() => closeDemoPage(demo));

test("fill into the template's empty columns: ranges listed, first selected, Urungkan gives the cells back", async () => {
  await openTemplate();
  // The template's Capaian (G) and Predikat (I) cells of the first indicator are empty.
  const before = {
    g: (await cell("G5").innerText()).trim(),
    i: (await cell("I5").innerText()).trim(),
  };
  expect(before).toEqual({ g: "", i: "" });
  await pane().getByRole("button", { name: "Pindai buku kerja" }).click();
  // Focus lands on the result of Pindai.
  expect(await until(focusedLabel, (v) => v.includes("Hasil pindai"))).toMatch(
    /Hasil pindai\|pane/
  );
  await pane().getByRole("tab", { name: /^Isi/ }).click();
  await pane().getByRole("button", { name: "Isi kolom" }).click();
  expect(await visible(pane().getByRole("heading", { name: /Ditulis oleh/ }))).toBe(true);
  const ranges = await pane()
    .getByRole("list", { name: /Ditulis oleh/ })
    .getByRole("button")
    .allInnerTexts();
  expect(ranges.length).toBeGreaterThan(0);
  for (const r of ranges) expect(r).toMatch(/^PK 2024![A-Z]+\d+(:[A-Z]+\d+)?$/);
  // The first range is selected in the grid (its first cell active), and the template's columns are filled.
  const first = ranges[0]!.split("!")[1]!.split(":")[0]!;
  expect(
    await until(
      async () => (await cell(first).getAttribute("class")) ?? "",
      (v) => /active/.test(v)
    )
  ).toMatch(/active/);
  expect(
    await until(
      async () => (await cell("G5").innerText()).trim(),
      (v) => v !== ""
    )
  ).toMatch(/%/);
  expect(
    await until(
      async () => (await cell("I5").innerText()).trim(),
      (v) => v !== ""
    )
  ).not.toBe("");
  await shot("fill-template-written-ranges");

  // Another range is a click away.
  const last = ranges[ranges.length - 1]!;
  await pane()
    .getByRole("button", { name: `Pilih rentang ${last}` })
    .click();
  const lastFirst = last.split("!")[1]!.split(":")[0]!;
  expect(
    await until(
      async () => (await cell(lastFirst).getAttribute("class")) ?? "",
      (v) => /active/.test(v)
    )
  ).toMatch(/active/);

  await pane()
    .getByRole("button", { name: /^Urungkan/ })
    .click();
  expect(await visible(pane().getByText(/sudah diurungkan/))).toBe(true);
  expect(
    await until(
      async () => (await cell("G5").innerText()).trim(),
      (v) => v === ""
    )
  ).toBe("");
  expect((await cell("I5").innerText()).trim()).toBe("");
  await shot("fill-undone");
});

test("compare draws its charts as SVG beside the grid; Urungkan removes the sheets it added", async () => {
  await page.goto(`${demo!.origin}/?theme=light`);
  const sheetTabs = page.getByRole("navigation", { name: "Lembar kerja" }).getByRole("button");
  await sheetTabs.first().waitFor();
  const sheetsBefore = await sheetTabs.allInnerTexts();
  await pane().getByRole("tab", { name: "Bandingkan" }).click();
  await pane().getByRole("button", { name: "Buat lembar perbandingan" }).click();
  expect(await visible(pane().getByRole("heading", { name: /Ditulis oleh/ }))).toBe(true);
  const added = (await sheetTabs.allInnerTexts()).filter((n) => !sheetsBefore.includes(n));
  expect(added.length).toBeGreaterThan(0);
  await page
    .getByRole("navigation", { name: "Lembar kerja" })
    .getByRole("button", { name: "Perbandingan Target Akhir", exact: true })
    .click();
  const chart = page.getByRole("img", { name: /Progres terhadap target akhir/ });
  expect(await visible(chart)).toBe(true);
  expect(await chart.locator("rect").count()).toBeGreaterThan(1);
  await shot("compare-svg-chart");

  await pane()
    .getByRole("button", { name: /^Urungkan/ })
    .click();
  expect(await visible(pane().getByText(/sudah diurungkan/))).toBe(true);
  expect(
    await until(
      () => sheetTabs.allInnerTexts(),
      (v) => v.length === sheetsBefore.length
    )
  ).toEqual(sheetsBefore);
  await shot("compare-undone");
});

test("keyboard: Tab leaves the grid, F6 moves between grid and pane", async () => {
  await page.goto(`${demo!.origin}/?theme=light`);
  await cell("C5").click();
  expect(await focusedLabel()).toMatch(/\|grid$/);
  await page.keyboard.press("Tab");
  expect(await focusedLabel()).not.toMatch(/\|grid$/);
  await cell("C5").click();
  await page.keyboard.press("F6");
  expect(await focusedLabel()).toMatch(/\|pane$/);
  await page.keyboard.press("F6");
  expect(await focusedLabel()).toMatch(/\|grid$/);
});

test("a file that cannot be read: an Indonesian message saying what to do, no library text", async () => {
  await page.locator('input[type="file"]').setInputFiles({
    name: "laporan.xlsx",
    mimeType: "application/octet-stream",
    buffer: Buffer.from("bukan zip"),
  });
  const alert = page.getByRole("alert");
  expect(await visible(alert)).toBe(true);
  const text = await alert.innerText();
  expect(text).toMatch(/laporan\.xlsx tidak dapat dibaca/);
  expect(text).toMatch(/Simpan Sebagai/);
  expect(text).not.toMatch(/https?:|zip|JSZip|Error/i);
  await shot("unreadable-file");
});

test('=SAKIP.CAPAIAN(E5;"abc") typed in a cell gives #VALUE!', async () => {
  await page.goto(`${demo!.origin}/?theme=light`);
  await cell("K5").dblclick();
  const editor = page.getByRole("textbox", { name: "Sunting sel K5" });
  await editor.fill('=SAKIP.CAPAIAN(E5;"abc")');
  await editor.press("Enter");
  expect(
    await until(
      async () => (await cell("K5").innerText()).trim(),
      (v) => v !== ""
    )
  ).toBe("#VALUE!");
  await shot("capaian-value-error");
});

test("axe reports nothing on the whole page, light and dark, after a scan", async () => {
  for (const theme of ["light", "dark"]) {
    await page.goto(`${demo!.origin}/?theme=${theme}`);
    await pane().getByRole("button", { name: "Pindai buku kerja" }).click();
    await visible(pane().getByRole("heading", { name: /tabel ditemukan/ }));
    expect(await axeViolations()).toEqual([]);
    await shot(`axe-whole-page-${theme}`);
  }
});
