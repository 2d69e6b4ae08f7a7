// The reviewer's batch through the real command (`node bin/sakip.js`, the esbuild bundle): a folder with
// subfolders, a broken file, Excel's lock file and a non-workbook; `check --json` and `report`.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";

// Each test spawns the command (several worker threads): generous on a busy shared machine.
jest.setTimeout(120000);

const ROOT = resolve(__dirname, "../..");
const FIXTURES = join(ROOT, "test/fixtures/xlsx");

function sakip(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin/sakip.js"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), "sakip-batch-"));
const folder = join(dir, "unit");
mkdirSync(join(folder, "b-sub"), { recursive: true });
copyFileSync(join(FIXTURES, "diskominfo-anggaran-2024.xlsx"), join(folder, "a-diskominfo.xlsx"));
copyFileSync(join(FIXTURES, "pemkot-anggaran-2024.xlsx"), join(folder, "b-sub", "pemkot.xlsm"));
copyFileSync(join(FIXTURES, "pemkot-pk-2024.xlsx"), join(folder, "b-sub", "pk.xlsx"));
writeFileSync(join(folder, "c-rusak.xlsx"), "bukan zip");
writeFileSync(join(folder, "~$a-diskominfo.xlsx"), "lock file of an open workbook");
writeFileSync(join(folder, "catatan.txt"), "not a workbook");
const expectedFiles = [
  "a-diskominfo.xlsx",
  "b-sub/pemkot.xlsm",
  "b-sub/pk.xlsx",
  "c-rusak.xlsx",
].map((f) => join(folder, f));

describe("sakip check FOLDER", () => {
  test("--json: one object per workbook in path order, the broken one with its error, exit 2, the rest checked", () => {
    const r = sakip("check", folder, "--json");
    expect(r.code).toBe(2);
    const objects = r.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { file: string; tables: unknown[]; error?: string });
    expect(objects.map((o) => o.file)).toEqual(expectedFiles);
    expect(objects[3].error).toMatch(/bukan berkas \.xlsx yang sah/);
    expect(objects[3].tables).toEqual([]);
    for (const o of objects.slice(0, 3)) {
      expect(o.error).toBeUndefined();
      expect(o.tables.length).toBeGreaterThan(0);
    }
    expect(r.err).toContain("c-rusak.xlsx");
    // The same objects as checking the files one by one (parallel threads change nothing).
    const single = sakip("check", expectedFiles[1], "--json");
    expect(JSON.parse(single.out)).toEqual(objects[1]);
  });
});

describe("sakip report FOLDER", () => {
  test("RINGKASAN.xlsx: a row per workbook, every error and warning, autofilter, links; progress on stderr", async () => {
    const out = join(dir, "RINGKASAN.xlsx");
    const r = sakip("report", folder, "-o", out);
    expect(r.code).toBe(0);
    expect(r.err).toContain("[1/4]");
    expect(r.err).toContain("[4/4]");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const [summary, findings] = book.worksheets;
    expect([summary.name, findings.name]).toEqual(["Ringkasan", "Temuan"]);
    expect(summary.rowCount).toBe(5);
    expect(summary.autoFilter).toBeTruthy();
    expect(findings.autoFilter).toBeTruthy();
    const header = (summary.getRow(1).values as unknown[]).slice(1);
    const at = (row: number, h: string) => summary.getRow(row).getCell(header.indexOf(h) + 1).value;
    const link = at(2, "Berkas") as { text: string; hyperlink: string };
    expect(link.text).toBe(expectedFiles[0]);
    expect(link.hyperlink).toBe("unit/a-diskominfo.xlsx");
    expect(at(2, "Unit")).toBe("Dinas Komunikasi dan Informatika Kota Binjai");
    expect(at(2, "Tahun")).toBe(2024);
    expect(at(5, "Tidak terbaca")).toMatch(/bukan berkas \.xlsx yang sah/);
    // The findings sheet holds exactly the errors and warnings `check` reports.
    const checked = sakip("check", ...expectedFiles.slice(0, 3), "--json")
      .out.trim()
      .split("\n")
      .flatMap((l) => (JSON.parse(l) as { findings: { severity: string }[] }).findings)
      .filter((f) => f.severity !== "info");
    expect(checked.length).toBeGreaterThan(0);
    expect(findings.rowCount - 1).toBe(checked.length);
    const total = (h: string) => [2, 3, 4, 5].reduce((s, row) => s + Number(at(row, h) ?? 0), 0);
    expect(total("Kesalahan") + total("Peringatan")).toBe(checked.length);
  });

  test("an empty folder: exit 2 with an Indonesian message", () => {
    const empty = join(dir, "kosong");
    mkdirSync(empty);
    const r = sakip("report", empty, "-o", join(dir, "X.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("tidak ada berkas .xlsx atau .xlsm");
  });
});
