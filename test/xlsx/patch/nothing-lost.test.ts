// fill, compare and portable on every fixture and on a workbook with every feature a rebuild used to lose:
// the output is the input package with only the tool's cells and sheets added (rules in nothing-lost-check.ts).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readXlsx } from "../../../src/xlsx/read";
import { featureWorkbook, featureWorkbookXlsm } from "./feature-workbook";
import { ROOT, check, run, tmp } from "./nothing-lost-check";
import type { Case, Command } from "./nothing-lost-check";

// Each case runs the command twice and reads both packages with ExcelJS: minutes on a busy machine.
jest.setTimeout(300_000);
import { parts } from "./package-diff";

const fixtureCases: Case[] = readdirSync(join(ROOT, "test/fixtures/xlsx"))
  .filter((f) => f.endsWith(".xlsx"))
  .map((f) => ({ name: `fixture ${f}`, path: join(ROOT, "test/fixtures/xlsx", f) }));
const featureCases: Case[] = [
  { name: "features .xlsx", path: join(tmp, "features.xlsx") },
  { name: "features .xlsm", path: join(tmp, "features.xlsm") },
];

beforeAll(async () => {
  writeFileSync(join(tmp, "features.xlsx"), await featureWorkbook());
  writeFileSync(join(tmp, "features.xlsm"), await featureWorkbookXlsm());
});

describe.each([...fixtureCases, ...featureCases])("$name", (c) => {
  test.each(["fill", "compare", "portable"] as Command[])(
    "%s changes nothing but what it adds",
    async (command) => {
      await check(c, command);
    }
  );
});

describe("the feature workbook", () => {
  test("fill writes the predikat column into the bordered, filled empty cells and keeps every feature", async () => {
    const { changedCells, output } = await check(featureCases[0]!, "fill");
    expect(changedCells).toEqual(
      expect.arrayContaining(["PK 2024!I3", "PK 2024!I5", "PK 2024!I23"])
    );
    const model = await readXlsx(output);
    const sheet = model.getSheet("PK 2024")!;
    expect(sheet.getCell(2, 8)?.value).toBe("Predikat");
    expect(sheet.getCell(4, 8)?.formula).toBe("=SAKIP.PREDIKAT(G5)");
    expect(sheet.getCell(4, 8)?.value).toBe("Sangat Tinggi");
    const out = await parts(output);
    const xml = out.text("xl/worksheets/sheet1.xml");
    // Array formulas, shared formulas and _xlfn. prefixes of cells the tool did not write, as written.
    expect(xml).toMatch(/<f t="array" ref="K40">SUM\(E7:E8\*1\)<\/f>/);
    expect(xml).toContain("_xlfn.XLOOKUP(C7,C5:C24,E5:E24)");
    expect(xml).toContain("_xlfn._xlws.FILTER(E7:E8,E7:E8&gt;5)");
    expect(xml).toMatch(/<f t="shared" ref="L41:L43" si="0">E7\*2<\/f>/);
    for (const tag of [
      "<pageSetup",
      "<headerFooter",
      "<dataValidations",
      "<conditionalFormatting",
      "<hyperlinks",
      "<drawing",
      "<legacyDrawing",
      "<tableParts",
      "<sheetProtection",
      'hidden="1"',
    ]) {
      expect(xml).toContain(tag);
    }
    expect(out.text("xl/workbook.xml")).toContain("TargetPK");
    expect(out.names).not.toContain("xl/calcChain.xml");
  });

  test("the .xlsm keeps its macros and its macro-enabled content type; written as .xlsx it is refused", async () => {
    const { output } = await check(featureCases[1]!, "fill");
    const input = await parts(new Uint8Array(readFileSync(featureCases[1]!.path)));
    const out = await parts(output);
    expect(
      Buffer.from(out.bytes.get("xl/vbaProject.bin")!).equals(
        Buffer.from(input.bytes.get("xl/vbaProject.bin")!)
      )
    ).toBe(true);
    expect(out.text("[Content_Types].xml")).toContain(
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    );
    expect(out.text("xl/_rels/workbook.xml.rels")).toContain("vbaProject.bin");
    const refused = await run("fill", featureCases[1]!.path, join(tmp, "macros-lost.xlsx"));
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/berisi makro.*\.xlsm/);
  });

  test("portable rewrites the shared =SAKIP.* formulas and nothing else", async () => {
    const { changedCells, output } = await check(featureCases[0]!, "portable");
    expect(changedCells.sort()).toEqual(["Rumus SAKIP!C2", "Rumus SAKIP!C3", "Rumus SAKIP!C4"]);
    const model = await readXlsx(output);
    expect(model.getSheet("Rumus SAKIP")!.getCell(2, 2)?.formula).toMatch(/^=IF\(/);
  });

  test("compare adds its sheets after the user's, with formulas, number formats and column widths", async () => {
    const { output } = await check(featureCases[0]!, "compare");
    const input = await readXlsx(new Uint8Array(readFileSync(featureCases[0]!.path)));
    const model = await readXlsx(output);
    const names = input.sheets.map((s) => s.name);
    expect(model.sheets.map((s) => s.name).slice(0, names.length)).toEqual(names);
    const added = model.sheets.slice(names.length);
    expect(added.length).toBeGreaterThan(0);
    for (const s of added) {
      expect([...s.cells.values()].some((c) => c.formula !== undefined)).toBe(true);
      expect([...s.cells.values()].some((c) => c.numberFormat !== undefined)).toBe(true);
      expect(s.columnWidths.size).toBeGreaterThan(0);
    }
  });
});
