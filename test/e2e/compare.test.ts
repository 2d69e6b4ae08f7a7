// End to end: the Bandingkan tab on the demo page in Debian's Chromium. One click builds the four
// comparison sheets; their cells show what the same engine computes in Node on the same sample; a
// change of a source realisasi flows through the live formula into the comparison sheet.
// The demo grid does not draw charts (the in-memory Excel only records them), so no chart is on screen.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Locator, Page } from "playwright-core";
import { closeDemoPage, openDemoPage, until, type DemoPage } from "./demo-page";
import { buildSampleWorkbook } from "../../src/demo/sample";
import { displayValue } from "../../src/demo/number-display";
import { createMemoryExcel } from "../../src/memory-excel/index";
import { readWorkbook } from "../../src/excel/read-workbook";
import { recognize } from "../../src/engine/recognize/index";
import { planCompare } from "../../src/engine/plan/compare";
import { applyComparePlan } from "../../src/excel/apply-compare";
import { parseA1, toA1 } from "../../src/taskpane/hooks/a1";

jest.setTimeout(240_000);

const SHOTS = resolve(__dirname, "../../test-output/e2e-compare");

let demo: DemoPage | undefined;
let page: Page;
let step = 0;

async function shot(name: string): Promise<void> {
  step += 1;
  await page.screenshot({ path: join(SHOTS, `${String(step).padStart(2, "0")}-${name}.png`) });
}

async function shownText(locator: Locator, want: string, timeout = 20_000): Promise<string> {
  await locator.first().waitFor({ timeout: 60_000 });
  return until(
    async () => (await locator.first().innerText()).trim(),
    (v) => v === want,
    timeout
  );
}

const pane = () => page.locator("aside.pane");
const cell = (a1: string) => page.locator(`.grid td[data-cell="${a1}"]`);
const tabs = () => page.getByRole("navigation", { name: "Lembar kerja" });

async function openSheet(name: string): Promise<void> {
  await tabs().getByRole("button", { name, exact: true }).click();
  await page.locator(".grid").waitFor();
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  demo = await openDemoPage("compare");
  page = demo.page;
  await pane().getByRole("button", { name: "Pindai buku kerja" }).waitFor();
  console.log(`Tangkapan layar e2e Bandingkan: ${SHOTS}`);
});

afterAll(() => closeDemoPage(demo));

test("one click builds the comparison sheets; a source edit flows through", async () => {
  // The same sample and steps in Node: what the page must show.
  const model = buildSampleWorkbook();
  const excel = createMemoryExcel(model);
  const grids = await excel.run((c) => readWorkbook(c));
  const plan = planCompare(
    grids,
    grids.flatMap((g) => recognize(g).tables)
  );
  await excel.run((c) => applyComparePlan(c, plan));
  const names = plan.sheets.map((s) => s.name);
  expect(names.length).toBe(4);

  await pane().getByRole("tab", { name: "Bandingkan" }).click();
  await shot("compare-tab");
  await pane().getByRole("button", { name: "Buat lembar perbandingan" }).click();
  await pane()
    .getByText(/4 lembar baru, 0 lembar diperbarui/)
    .waitFor({ timeout: 60_000 });
  for (const n of names) await tabs().getByRole("button", { name: n, exact: true }).waitFor();

  // The year sheet: a realisasi that refers back to the PK table, and its capaian.
  const years = plan.sheets.find((s) => s.kind === "antar-tahun")!;
  await openSheet(years.name);
  const sheet = model.getSheet(years.name)!;
  // Columns by their headers (No | Indikator | Satuan | [Target] Realisasi [Capaian] per year | Tren).
  const header = years.cells[3]!.map((c) => (c && "text" in c ? c.text : ""));
  const capCol = header.findIndex((h) => /^Capaian \d{4}/.test(h));
  const realCol = capCol - 1;
  expect(header[2]).toBe("Satuan");
  expect(header[realCol]).toMatch(/^Realisasi \d{4}$/);
  const r = years.cells.findIndex(
    (row, i) =>
      i > 3 && row[realCol] !== null && typeof sheet.getCell(i, realCol)?.value === "number"
  );
  expect(r).toBeGreaterThan(3);
  const realA1 = toA1(r, realCol);
  const capA1 = toA1(r, capCol);
  for (const a1 of [realA1, capA1]) {
    const p = parseA1(a1)!;
    const node = sheet.getCell(p.row, p.col)!;
    const want = displayValue(node.value, node.numberFormat);
    expect(await shownText(cell(a1), want)).toBe(want);
  }
  await shot("antar-tahun");

  // Edit the source realisasi on the PK sheet: the comparison sheet follows.
  const ref = /^=IF\('?([^'!]+)'?!([A-Z]+\d+)=""/.exec(sheet.getCell(r, realCol)!.formula!)!;
  const [srcSheet, srcA1] = [ref[1]!, ref[2]!];
  const src = parseA1(srcA1)!;
  const old = model.getSheet(srcSheet)!.getCell(src.row, src.col)!.value as number;
  const edited = Math.round(old * 80) / 100;
  excel.editCell(srcSheet, src.row, src.col, edited);
  await openSheet(srcSheet);
  await cell(srcA1).dblclick();
  const editor = page.getByRole("textbox", { name: `Sunting sel ${srcA1}` });
  await editor.fill(
    edited.toLocaleString("id-ID", { useGrouping: false, maximumFractionDigits: 10 })
  );
  await editor.press("Enter");
  await openSheet(years.name);
  for (const a1 of [realA1, capA1]) {
    const p = parseA1(a1)!;
    const node = sheet.getCell(p.row, p.col)!;
    const want = displayValue(node.value, node.numberFormat);
    expect(await shownText(cell(a1), want)).toBe(want);
  }
  await shot("antar-tahun-after-edit");

  // A second click updates the same sheets.
  await pane().getByRole("button", { name: "Perbarui lembar perbandingan" }).click();
  await pane()
    .getByText(/0 lembar baru, 4 lembar diperbarui/)
    .waitFor({ timeout: 60_000 });
  expect(await tabs().getByRole("button").count()).toBe(model.sheets.length);
  await shot("updated");
});
