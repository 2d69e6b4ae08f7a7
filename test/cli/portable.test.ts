// `sakip portable` as a child process: fill a fixture with live formulas, convert it to a new file, and
// both files, recomputed by the in-memory Excel, show the same value on every cell; the input is untouched.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createMemoryExcel } from "../../src/memory-excel/index";
import type { WorkbookModel } from "../../src/memory-excel/model";
import { readXlsx } from "../../src/xlsx/read";
import { sameValue } from "../engine/plan/portable-harness";

const ROOT = resolve(__dirname, "../..");
const fixture = (file: string) => join(ROOT, "test/fixtures/xlsx", `${file}.xlsx`);
const tmp = mkdtempSync(join(tmpdir(), "sakip-portable-"));

function sakip(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin/sakip.js"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function recomputed(path: string): Promise<WorkbookModel> {
  const model = await readXlsx(new Uint8Array(readFileSync(path)));
  createMemoryExcel(model); // recalculates every formula into the model
  return model;
}

test("fill then portable on the PK fixture: same values everywhere, no SAKIP left but the reported ones", async () => {
  const filled = join(tmp, "pk-terisi.xlsx");
  const portable = join(tmp, "pk-biasa.xlsx");
  expect(sakip("fill", fixture("pemkot-pk-2024"), "-o", filled).code).toBe(0);
  const before = readFileSync(filled);
  const r = sakip("portable", filled, "-o", portable, "--json");
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  const report = JSON.parse(r.out) as {
    changes: { cell: string; after: string }[];
    skipped: { cell: string; reason: string }[];
    stats: { syncs: number };
  };
  expect(report.changes.length).toBeGreaterThan(0);
  expect(report.stats.syncs).toBe(2);
  expect(readFileSync(filled).equals(before)).toBe(true);

  const a = await recomputed(filled);
  const b = await recomputed(portable);
  let sakipLeft = 0;
  for (const sa of a.sheets) {
    const sb = b.getSheet(sa.name)!;
    for (const [key, cell] of sa.cells) {
      const other = sb.cells.get(key);
      expect(other).toBeDefined();
      if (!sameValue(cell.value, other!.value))
        throw new Error(
          `${sa.name}!${key}: ${String(cell.value)} vs ${String(other!.value)} (${other!.formula ?? ""})`
        );
      if (other!.formula && /SAKIP/i.test(other!.formula)) sakipLeft++;
    }
  }
  expect(sakipLeft).toBe(report.skipped.length);
  for (const s of report.skipped) expect(s.reason).toContain(s.cell);
});

test("text output names the cells left as they are; the same file as output is refused", () => {
  const filled = join(tmp, "perbandingan-terisi.xlsx");
  expect(sakip("fill", fixture("pemkot-perbandingan-2024"), "-o", filled).code).toBe(0);
  const r = sakip("portable", filled, "-o", join(tmp, "perbandingan-biasa.xlsx"));
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/rumus =SAKIP\.\* diganti rumus Excel biasa/);
  expect(r.out).toMatch(
    /Dibiarkan: 'Tabel 2\.26'!J12 \(=SAKIP\.PREDIKAT\(G12\)\) dibiarkan: .*"99,69%"/
  );

  const same = sakip("portable", filled, "-o", filled);
  expect(same.code).toBe(2);
  expect(same.err).toMatch(/tidak pernah ditimpa/);
  const noOut = sakip("portable", filled);
  expect(noOut.code).toBe(1);
  expect(noOut.err).toMatch(/-o KELUAR\.xlsx/);
});
