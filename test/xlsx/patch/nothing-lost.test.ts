// fill, compare and portable on every fixture, the real workbooks and a workbook with every feature a
// rebuild used to lose: the output is the input package with only the tool's cells and sheets added.
// Checked part by part (bytes), sheet by sheet (everything outside the cells), cell by cell (every
// property ExcelJS reads), twice equals once byte for byte, and the output reads back with the written
// values (cached results equal to a fresh recalculation).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runCli } from "../../../src/cli/run";
import { createMemoryExcel } from "../../../src/memory-excel/index";
import { readXlsx } from "../../../src/xlsx/read";
import { featureWorkbook, featureWorkbookXlsm } from "./feature-workbook";
import { cellRecords, partBreaches, parts } from "./package-diff";
import type { CellRecord } from "./package-diff";

const ROOT = resolve(__dirname, "../../..");
const tmp = mkdtempSync(join(tmpdir(), "sakip-patch-"));

type Command = "fill" | "compare" | "portable";

async function run(command: Command, input: string, output: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([command, input, "-o", output], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const empty = (r: CellRecord): boolean => r.formula === undefined && /"v":null/.test(r.value as string);

/** Style without the two properties a written cell may change (number format and font weight). */
function frame(style: string): string {
  const s = JSON.parse(style) as Record<string, unknown>;
  delete s.numFmt;
  delete s.font;
  return JSON.stringify(s);
}

/** Cell-level breaches: a cell gone, or changed beyond what the command may do to it. */
function cellBreaches(command: Command, before: Map<string, CellRecord>, after: Map<string, CellRecord>): string[] {
  const out: string[] = [];
  for (const [at, a] of before) {
    const b = after.get(at);
    if (!b) {
      out.push(`${at}: gone`);
      continue;
    }
    if (a.note !== b.note) out.push(`${at}: comment changed`);
    if (command === "fill" && empty(a)) {
      // Fill writes into empty cells: content, number format and bold may come; borders, fills, alignment stay.
      if (frame(a.style) !== frame(b.style)) out.push(`${at}: formatting of an empty cell changed ${a.style} -> ${b.style}`);
      continue;
    }
    if (command === "portable" && a.formula?.includes("_xldudf_SAKIP_")) {
      if (a.value !== b.value) out.push(`${at}: portable changed the value ${a.value} -> ${b.value}`);
      if (a.style !== b.style) out.push(`${at}: style changed`);
      continue;
    }
    for (const k of ["value", "formula", "style"] as const) {
      if (a[k] !== b[k]) out.push(`${at}: ${k} ${String(a[k])} -> ${String(b[k])}`);
    }
  }
  return out;
}

/** Cells of the output whose cached result differs from a fresh recalculation (the written ones must agree). */
async function staleResults(output: Uint8Array, changed: string[]): Promise<string[]> {
  const cached = await readXlsx(output);
  const fresh = await readXlsx(output);
  createMemoryExcel(fresh);
  const out: string[] = [];
  for (const at of changed) {
    const [sheet, a1] = at.split("!") as [string, string];
    const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
    let col = 0;
    for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
    const row = Number(m[2]) - 1;
    const c = cached.getSheet(sheet)?.getCell(row, col - 1);
    const f = fresh.getSheet(sheet)?.getCell(row, col - 1);
    if (c?.formula === undefined) continue;
    // The reader gives an empty text result as null.
    const norm = (v: unknown) => (typeof v === "number" ? Number(v.toPrecision(12)) : v === "" || v === undefined ? null : v);
    const cv = norm(c.value);
    const fv = norm(f?.value);
    if (cv !== fv) out.push(`${at}: cached ${String(c.value)}, recalculated ${String(f?.value)}`);
  }
  return out;
}

interface Case { name: string; path: string }

const fixtureCases: Case[] = readdirSync(join(ROOT, "test/fixtures/xlsx")).filter((f) => f.endsWith(".xlsx"))
  .map((f) => ({ name: `fixture ${f}`, path: join(ROOT, "test/fixtures/xlsx", f) }));
const realCases: Case[] = readdirSync(join(ROOT, "test/fixtures/real-workbooks")).filter((f) => f.endsWith(".xlsx"))
  .map((f) => ({ name: `real ${f}`, path: join(ROOT, "test/fixtures/real-workbooks", f) }));
const featureCases: Case[] = [
  { name: "features .xlsx", path: join(tmp, "features.xlsx") },
  { name: "features .xlsm", path: join(tmp, "features.xlsm") },
];

beforeAll(async () => {
  writeFileSync(join(tmp, "features.xlsx"), await featureWorkbook());
  writeFileSync(join(tmp, "features.xlsm"), await featureWorkbookXlsm());
});

/** Runs a command, checks every rule, and returns what changed (for case-specific checks). */
async function check(c: Case, command: Command): Promise<{ changedCells: string[]; output: Uint8Array; out: string }> {
  const ext = c.path.endsWith(".xlsm") ? ".xlsm" : ".xlsx";
  const base = join(tmp, `${c.name.replace(/\W+/g, "-")}-${command}`);
  const first = await run(command, c.path, `${base}-1${ext}`);
  expect(first.err).toBe("");
  expect(first.code).toBe(0);
  const input = new Uint8Array(readFileSync(c.path));
  const output = new Uint8Array(readFileSync(`${base}-1${ext}`));

  expect(partBreaches(await parts(input), await parts(output))).toEqual([]);
  const before = await cellRecords(input);
  const after = await cellRecords(output);
  expect(cellBreaches(command, before, after)).toEqual([]);
  const changedCells = [...after].filter(([at, b]) => {
    const a = before.get(at);
    return !a || a.value !== b.value || a.formula !== b.formula;
  }).map(([at]) => at);
  expect(await staleResults(output, changedCells)).toEqual([]);

  // Twice equals once: the same command on its own output gives the same bytes. (An output equal to its
  // input needs no second run: the command is deterministic.)
  const unchanged = Buffer.from(input).equals(Buffer.from(output));
  if (!unchanged) {
    const second = await run(command, `${base}-1${ext}`, `${base}-2${ext}`);
    expect(second.code).toBe(0);
    expect(Buffer.from(readFileSync(`${base}-2${ext}`)).equals(Buffer.from(output))).toBe(true);
  }
  return { changedCells, output, out: first.out };
}

describe.each([...fixtureCases, ...featureCases, ...realCases])("$name", (c) => {
  test.each(["fill", "compare", "portable"] as Command[])("%s changes nothing but what it adds", async (command) => {
    await check(c, command);
  });
});

describe("the feature workbook", () => {
  test("fill writes the predikat column into the bordered, filled empty cells and keeps every feature", async () => {
    const { changedCells, output } = await check(featureCases[0]!, "fill");
    expect(changedCells).toEqual(expect.arrayContaining(["PK 2024!I3", "PK 2024!I5", "PK 2024!I23"]));
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
    for (const tag of ["<pageSetup", "<headerFooter", "<dataValidations", "<conditionalFormatting", "<hyperlinks", "<drawing", "<legacyDrawing", "<tableParts", "<sheetProtection", "hidden=\"1\""]) {
      expect(xml).toContain(tag);
    }
    expect(out.text("xl/workbook.xml")).toContain("TargetPK");
    expect(out.names).not.toContain("xl/calcChain.xml");
  });

  test("the .xlsm keeps its macros and its macro-enabled content type; written as .xlsx it is refused", async () => {
    const { output } = await check(featureCases[1]!, "fill");
    const input = await parts(new Uint8Array(readFileSync(featureCases[1]!.path)));
    const out = await parts(output);
    expect(Buffer.from(out.bytes.get("xl/vbaProject.bin")!).equals(Buffer.from(input.bytes.get("xl/vbaProject.bin")!))).toBe(true);
    expect(out.text("[Content_Types].xml")).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
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
