// One command on one workbook, checked against the "nothing lost" rule: part by part (bytes), sheet by sheet
// (everything outside the cells), cell by cell (every property ExcelJS reads), twice equals once byte for
// byte, and the output reads back with the written values (cached results equal to a fresh recalculation).
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runCli } from "../../../src/cli/run";
import { createMemoryExcel } from "../../../src/memory-excel/index";
import { readXlsx } from "../../../src/xlsx/read";
import { cellRecords, partBreaches, parts } from "./package-diff";
import type { CellRecord } from "./package-diff";

export const ROOT = resolve(__dirname, "../../..");
export const tmp = mkdtempSync(join(tmpdir(), "sakip-patch-"));

export type Command = "fill" | "compare" | "portable";

export async function run(
  command: Command,
  input: string,
  output: string
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([command, input, "-o", output], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const empty = (r: CellRecord): boolean =>
  r.formula === undefined && /"v":null/.test(r.value as string);

/** Style without the two properties a written cell may change (number format and font weight). */
function frame(style: string): string {
  const s = JSON.parse(style) as Record<string, unknown>;
  delete s.numFmt;
  delete s.font;
  return JSON.stringify(s);
}

/** Cell-level breaches: a cell gone, or changed beyond what the command may do to it. */
function cellBreaches(
  command: Command,
  before: Map<string, CellRecord>,
  after: Map<string, CellRecord>
): string[] {
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
      if (frame(a.style) !== frame(b.style))
        out.push(`${at}: formatting of an empty cell changed ${a.style} -> ${b.style}`);
      continue;
    }
    if (command === "portable" && a.formula?.includes("_xldudf_SAKIP_")) {
      if (a.value !== b.value)
        out.push(`${at}: portable changed the value ${a.value} -> ${b.value}`);
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
    const norm = (v: unknown) =>
      typeof v === "number" ? Number(v.toPrecision(12)) : v === "" || v === undefined ? null : v;
    const cv = norm(c.value);
    const fv = norm(f?.value);
    if (cv !== fv) out.push(`${at}: cached ${String(c.value)}, recalculated ${String(f?.value)}`);
  }
  return out;
}

export interface Case {
  name: string;
  path: string;
}

/** Runs a command, checks every rule, and returns what changed (for case-specific checks). */
export async function check(
  c: Case,
  command: Command
): Promise<{ changedCells: string[]; output: Uint8Array; out: string }> {
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
  const changedCells = [...after]
    .filter(([at, b]) => {
      const a = before.get(at);
      return !a || a.value !== b.value || a.formula !== b.formula;
    })
    .map(([at]) => at);
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
