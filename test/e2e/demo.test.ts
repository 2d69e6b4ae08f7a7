// End to end: the demo page in Debian's Chromium. Builds the demo once, serves it on 127.0.0.1 from
// node's http, and walks what a user does: scan, findings, go to a cell, fill, edit a realisasi.
// The figures expected on screen come from the same engine run in Node on the same sample workbook.
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Locator, Page } from "playwright-core";
import axe from "axe-core";
import { closeDemoPage, openDemoPage, until, type DemoPage } from "./demo-page";
import { buildSampleWorkbook } from "../../src/demo/sample";
import { displayValue } from "../../src/demo/number-display";
import { createMemoryExcel } from "../../src/memory-excel/index";
import { readXlsx } from "../../src/xlsx/read";
import { partBreaches, parts } from "../xlsx/patch/package-diff";
import { planFill, type FillColumn } from "../../src/engine/plan/fill";
import { applyFillPlan } from "../../src/excel/apply-plan";
import { engineView } from "../taskpane/expected";
import { parseA1, toA1 } from "../../src/taskpane/hooks/a1";

jest.setTimeout(240_000);

const SHOTS = resolve(__dirname, "../../test-output/e2e");

let demo: DemoPage | undefined;
let page: Page;
let step = 0;

async function shot(name: string): Promise<void> {
  step += 1;
  await page.screenshot({ path: join(SHOTS, `${String(step).padStart(2, "0")}-${name}.png`) });
}

async function textOf(locator: Locator): Promise<string> {
  await locator.first().waitFor({ timeout: 60_000 });
  return until(
    async () => (await locator.first().innerText()).trim(),
    () => true,
    0
  );
}

/** The text the locator shows once it equals `want` (or what it shows at the timeout). */
async function shownText(locator: Locator, want: string, timeout = 20_000): Promise<string> {
  await locator.first().waitFor({ timeout: 60_000 });
  return until(
    async () => (await locator.first().innerText()).trim(),
    (v) => v === want,
    timeout
  );
}

async function visible(locator: Locator, timeout = 60_000): Promise<boolean> {
  await locator.first().waitFor({ state: "visible", timeout });
  return locator.first().isVisible();
}

const pane = () => page.locator("aside.pane");
const cell = (a1: string) => page.locator(`.grid td[data-cell="${a1}"]`);

async function openSheet(name: string): Promise<void> {
  await page
    .getByRole("navigation", { name: "Lembar kerja" })
    .getByRole("button", { name, exact: true })
    .click();
  await page.locator(".grid").waitFor();
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  demo = await openDemoPage("demo", true);
  page = demo.page;
  await pane().getByRole("button", { name: "Pindai buku kerja" }).waitFor();
  console.log(`Tangkapan layar e2e: ${SHOTS}`);
});

afterAll(() => closeDemoPage(demo));

describe("demo page", () => {
  // The same sample and engine in Node: what the page must show.
  const model = buildSampleWorkbook();
  const excel = createMemoryExcel(model);
  const run = excel.run.bind(excel);

  it("shows the sample workbook in Indonesian number formats", async () => {
    expect(
      await page.getByRole("navigation", { name: "Lembar kerja" }).getByRole("button").count()
    ).toBe(model.sheets.length);
    const sheet = model.sheets[0]!;
    // Every numeric cell with a format shows as Indonesian Excel shows it.
    let checked = 0;
    for (const [key, c] of sheet.cells) {
      if (typeof c.value !== "number" || !c.numberFormat || checked >= 8) continue;
      const a1 = toA1(Math.floor(key / 16384), key % 16384);
      if (!(await cell(a1).count())) continue;
      const want = displayValue(c.value, c.numberFormat);
      expect(await shownText(cell(a1), want)).toBe(want);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
    await shot("sample-workbook");
  });

  it("scans: lists the tables and the findings the engine finds", async () => {
    const expected = await engineView(run);
    await pane().getByRole("button", { name: "Pindai buku kerja" }).click();
    expect(
      await visible(
        pane().getByRole("heading", { name: `${expected.tables.length} tabel ditemukan` })
      )
    ).toBe(true);
    for (const t of expected.tables) {
      const range = `${toA1(t.range.row, t.range.col)}:${toA1(t.range.row + t.range.rowCount - 1, t.range.col + t.range.colCount - 1)}`;
      expect(await visible(pane().getByText(`${t.sheet}!${range}`, { exact: false }))).toBe(true);
    }
    await shot("scan-tables");
    await pane()
      .getByRole("tab", { name: /Temuan/ })
      .click();
    expect(
      await visible(pane().getByText(`${expected.findings.length} temuan`, { exact: true }))
    ).toBe(true);
    await shot("findings");
  });

  it("clicking a finding selects its cell in the grid", async () => {
    const { findings } = await engineView(run);
    const f = findings.find((x) => x.sheet !== model.sheets[0]!.name) ?? findings[0]!;
    const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    await pane()
      .getByRole("button", {
        name: new RegExp(
          `^Buka sel ${escape(`${f.sheet}!${f.cell}`)}\\s*:\\s*${escape(f.message)}$`
        ),
      })
      .click();
    const tab = page
      .getByRole("navigation", { name: "Lembar kerja" })
      .getByRole("button", { name: f.sheet, exact: true });
    expect(
      await until(
        async () => (await tab.getAttribute("aria-current")) ?? "",
        (v) => v === "page"
      )
    ).toBe("page");
    expect(await shownText(page.locator(".namebox"), f.cell)).toBe(f.cell);
    expect(
      await until(
        async () => (await cell(f.cell).getAttribute("class")) ?? "",
        (v) => /active/.test(v)
      )
    ).toMatch(/active/);
    await shot("finding-selected");
  });

  let capaianColumn: FillColumn | undefined;

  it("fills the missing columns with the engine's figures", async () => {
    const view = await engineView(run);
    const plan = planFill(view.grids, view.tables, { mode: "formulas" });
    expect(plan.columns.length).toBeGreaterThan(0);
    await run((context) => applyFillPlan(context, plan));

    await pane().getByRole("tab", { name: "Isi" }).click();
    expect(await visible(pane().getByRole("heading", { name: "Pratinjau" }))).toBe(true);
    await shot("fill-preview");
    await pane().getByRole("button", { name: "Isi kolom" }).click();
    expect(
      await visible(pane().getByText(`Selesai: ${plan.columns.length} kolom ditambahkan.`))
    ).toBe(true);

    capaianColumn = plan.columns.find(
      (c) => c.kind === "capaian" && c.cells.some((x) => typeof x.value === "number")
    );
    const column = capaianColumn ?? plan.columns[0]!;
    await openSheet(column.sheet);
    const sheet = model.getSheet(column.sheet)!;
    expect(await shownText(cell(toA1(column.headerRow, column.col)), column.header)).toBe(
      column.header
    );
    for (const c of column.cells.filter((x) => x.value !== null).slice(0, 6)) {
      const node = sheet.getCell(c.row, column.col)!;
      const want = displayValue(node.value, node.numberFormat);
      expect(await shownText(cell(toA1(c.row, column.col)), want)).toBe(want);
    }
    await shot("filled");
    expect(await visible(pane().getByText(/Tidak ada kolom yang perlu ditambahkan/))).toBe(true);
  });

  it("editing a realisasi recalculates its =SAKIP.CAPAIAN", async () => {
    expect(capaianColumn).toBeDefined();
    const column = capaianColumn!;
    const row = column.cells.find(
      (c) => typeof c.value === "number" && /SAKIP\.CAPAIAN\(/.test(c.formula)
    )!;
    const m = /SAKIP\.CAPAIAN\((\$?[A-Z]+\$?\d+),(\$?[A-Z]+\$?\d+)/.exec(row.formula)!;
    const realisasiA1 = m[2]!.replace(/\$/g, "");
    const pos = parseA1(realisasiA1)!;
    const sheet = model.getSheet(column.sheet)!;
    const old = sheet.getCell(pos.row, pos.col)!;
    const oldNumber = typeof old.value === "number" ? old.value : 1;
    const newNumber = Math.round(oldNumber * 150) / 100; // half as much again
    const capaianA1 = toA1(row.row, column.col);
    const before = await textOf(cell(capaianA1));

    // The same edit in Node gives the figure the page must show.
    excel.editCell(column.sheet, pos.row, pos.col, newNumber);
    const expected = sheet.getCell(row.row, column.col)!;

    await cell(realisasiA1).dblclick();
    const editor = page.getByRole("textbox", { name: `Sunting sel ${realisasiA1}` });
    await editor.fill(
      newNumber.toLocaleString("id-ID", { useGrouping: false, maximumFractionDigits: 10 })
    );
    await editor.press("Enter");
    const want = displayValue(expected.value, expected.numberFormat);
    expect(await shownText(cell(capaianA1), want)).toBe(want);
    expect(want).not.toBe(before);
    await cell(capaianA1).click();
    const bar = page.getByRole("textbox", { name: "Bilah rumus" });
    expect(
      await until(
        () => bar.inputValue(),
        (v) => v.startsWith("=SAKIP.CAPAIAN(")
      )
    ).toMatch(/^=SAKIP\.CAPAIAN\([A-Z]+\d+;[A-Z]+\d+/);
    await shot("edited-realisasi");
  });

  it('=SAKIP.CAPAIAN(E5;"abc") typed in a cell gives #VALUE! and its Indonesian message', async () => {
    const sheet = model.sheets[0]!;
    await openSheet(sheet.name);
    const used = sheet.usedRect()!;
    const at = { row: used.row + used.rowCount + 1, col: 1 };
    const a1 = toA1(at.row, at.col);
    // The same formula in Node: the message the page must show.
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet.name).getRange(a1).formulas = [
        ['=SAKIP.CAPAIAN(E5,"abc")'],
      ];
      await context.sync();
    });
    const node = sheet.getCell(at.row, at.col)!;
    expect(node.value).toBe("#VALUE!");
    const message = node.errorMessage!;
    expect(message).toMatch(/abc/);

    await cell(a1).dblclick();
    const editor = page.getByRole("textbox", { name: `Sunting sel ${a1}` });
    await editor.fill('=SAKIP.CAPAIAN(E5;"abc")');
    await editor.press("Enter");
    expect(await shownText(cell(a1), "#VALUE!")).toBe("#VALUE!");
    expect(
      await until(
        () => cell(a1).getAttribute("title"),
        (t) => (t ?? "").includes(message)
      )
    ).toContain(message);
    await cell(a1).click();
    const status = page.locator(".msg.cellerror");
    expect(
      await until(
        () => status.textContent(),
        (t) => (t ?? "").includes(message)
      )
    ).toBe(`${a1} #VALUE!: ${message}`);
    await shot("typed-error-message");
  });

  it("the pane passes an axe accessibility check", async () => {
    await pane()
      .getByRole("tab", { name: /Temuan/ })
      .click();
    // The demo server forbids inline scripts (CSP): evaluate axe in the page instead of adding a script tag.
    await page.evaluate(axe.source);
    const violations = await page.evaluate(async () => {
      const w = window as unknown as {
        axe: {
          run: (
            el: Element,
            o: object
          ) => Promise<{
            violations: { id: string; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      };
      // Tabster's focus-trap sentinels (<i data-tabster-dummy aria-hidden tabindex=0>, added by Fluent's
      // TabList and Accordion) are a known axe false positive: they hand focus on and are never read.
      const r = await w.axe.run(
        { include: [["aside.pane"]], exclude: [["[data-tabster-dummy]"]] } as unknown as Element,
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
    expect(violations).toEqual([]);
    await shot("axe-findings");
  });

  it("fits a 320 px pane in the dark theme, settings included", async () => {
    await page.goto(`${demo!.origin}/?theme=dark`);
    await page.addStyleTag({ content: "aside.pane { width: 320px !important; }" });
    await pane().getByRole("button", { name: "Pindai buku kerja" }).click();
    expect(await visible(pane().getByRole("heading", { name: /tabel ditemukan/ }))).toBe(true);
    await pane().getByRole("tab", { name: "Pengaturan" }).click();
    expect(
      await visible(pane().getByRole("combobox", { name: /^Tingkat Pengangguran Terbuka/ }))
    ).toBe(true);
    await shot("narrow-dark-settings");
    const overflow = await page.evaluate(() => {
      const el = document.querySelector("aside.pane")!;
      return el.scrollWidth - el.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector("aside.pane div[lang]")!).backgroundColor
    );
    expect(background).not.toBe("rgb(255, 255, 255)");
  });

  it("opens a user's .xlsx, fills it and downloads the result", async () => {
    await page.goto(`${demo!.origin}/?theme=light`);
    const file = resolve(__dirname, "../fixtures/xlsx/diskominfo-anggaran-2024.xlsx");
    const original = await readXlsx(readFileSync(file));
    await page.locator('input[type="file"]').setInputFiles(file);
    expect(
      await visible(
        page.getByText(
          `Berkas diskominfo-anggaran-2024.xlsx dibuka (${original.sheets.length} lembar)`,
          { exact: false }
        )
      )
    ).toBe(true);
    const tabs = await page
      .getByRole("navigation", { name: "Lembar kerja" })
      .getByRole("button")
      .allInnerTexts();
    expect(tabs).toEqual(original.sheets.map((x) => x.name));

    // What the engine plans for this file, in Node.
    const mine = createMemoryExcel(await readXlsx(readFileSync(file)));
    const view = await engineView(mine.run.bind(mine));
    const plan = planFill(view.grids, view.tables, { mode: "formulas" });
    await pane().getByRole("button", { name: "Pindai buku kerja" }).click();
    expect(
      await visible(pane().getByRole("heading", { name: `${view.tables.length} tabel ditemukan` }))
    ).toBe(true);
    await pane().getByRole("tab", { name: "Isi" }).click();
    if (plan.columns.length > 0) {
      await pane().getByRole("button", { name: "Isi kolom" }).click();
      expect(
        await visible(pane().getByText(`Selesai: ${plan.columns.length} kolom ditambahkan.`))
      ).toBe(true);
    }
    await shot("opened-xlsx-filled");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Unduh .xlsx" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("diskominfo-anggaran-2024-sakip.xlsx");
    const downloaded = new Uint8Array(readFileSync((await download.path())!));
    // The download is the opened file patched: every part the fill did not reach is byte for byte the same,
    // the sheet it wrote differs only in its cells, styles only grew.
    expect(
      partBreaches(await parts(new Uint8Array(readFileSync(file))), await parts(downloaded))
    ).toEqual([]);
    const saved = await readXlsx(downloaded);
    expect(saved.sheets.map((x) => x.name)).toEqual(original.sheets.map((x) => x.name));
    // Every cell of the user's file is still there, and the new columns carry their headers and formulas.
    for (const sheet of original.sheets) {
      const out = saved.getSheet(sheet.name)!;
      for (const [key, c] of sheet.cells) expect(out.cells.get(key)?.value).toEqual(c.value);
    }
    for (const column of plan.columns) {
      const out = saved.getSheet(column.sheet)!;
      expect(out.getCell(column.headerRow, column.col)?.value).toBe(column.header);
      const first = column.cells.find((c) => c.formula !== "");
      if (first) expect(out.getCell(first.row, column.col)?.formula).toBe(first.formula);
    }
  });
});
