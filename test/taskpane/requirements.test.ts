// The pane's start-up check against the in-memory Excel told to be an older Excel.
import { createMemoryExcel } from "../../src/memory-excel/index";
import { WorkbookModel } from "../../src/memory-excel/model";
import { missingSets, unsupportedMessage } from "../../src/taskpane/requirements";
import { readFileSync } from "node:fs";
import { join } from "node:path";

test("a current Excel has everything the pane needs", () => {
  expect(missingSets(createMemoryExcel(new WorkbookModel()).requirements)).toEqual([]);
});

test("an Excel without ExcelApi 1.13 is told, in Indonesian, which Excel is needed", () => {
  const old = createMemoryExcel(new WorkbookModel(), { sets: { ExcelApi: "1.12" } });
  const missing = missingSets(old.requirements);
  expect(missing.map((s) => `${s.name} ${s.version}`)).toEqual(["ExcelApi 1.13"]);
  const message = unsupportedMessage(missing);
  expect(message).toMatch(/^Excel ini terlalu lama untuk SAKIP: tidak mendukung ExcelApi 1\.13/);
  expect(message).toMatch(/Excel 2021 atau yang lebih baru.*Microsoft 365.*Excel di web/);
});

test("no requirements object, or one that throws: everything counts as missing", () => {
  expect(missingSets(undefined)).toHaveLength(2);
  expect(
    missingSets({
      isSetSupported: () => {
        throw new Error("x");
      },
    })
  ).toHaveLength(2);
});

test("the manifest asks for the same sets the pane checks", () => {
  const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
  for (const s of missingSets(undefined))
    expect(manifest).toContain(`<Set Name="${s.name}" MinVersion="${s.version}" />`);
});
