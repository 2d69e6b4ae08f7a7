// The command line bundle (scripts/cli-bundle.js): it builds, it runs, and `--help` loads neither ExcelJS nor
// HyperFormula (their loading is most of a start-up; timings themselves are in npm run bench).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

// The test spawns the command twice: generous on a busy shared machine.
jest.setTimeout(120000);

const ROOT = resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const bundle = require(join(ROOT, "scripts/cli-bundle.js")) as {
  build(out: string): string;
  isFresh(out: string): boolean;
};

// Inside the project (git-ignored .cache/): the bundle finds exceljs and hyperformula in its node_modules.
mkdirSync(join(ROOT, ".cache"), { recursive: true });
const out = mkdtempSync(join(ROOT, ".cache", "bundle-test-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const probe = join(out, "probe.js");
writeFileSync(
  probe,
  `process.on("exit", () => process.stderr.write("LOADED " + JSON.stringify(Object.keys(require.cache).filter((k) => /node_modules[\\\\/](exceljs|hyperformula)[\\\\/]/.test(k)).length)));`
);

function run(script: string, ...args: string[]) {
  return spawnSync(process.execPath, ["--require", probe, script, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120000,
  });
}

test("built into a fresh folder: fresh afterwards; --help without ExcelJS or HyperFormula; check loads them and works", () => {
  expect(bundle.isFresh(out)).toBe(false);
  const main = bundle.build(out);
  expect(bundle.isFresh(out)).toBe(true);
  const help = run(main, "--help");
  expect(help.status).toBe(0);
  expect(help.stdout).toContain("sakip report");
  expect(help.stderr).toContain("LOADED 0");
  const check = run(
    main,
    "check",
    join(ROOT, "test/fixtures/xlsx/pemkot-anggaran-2024.xlsx"),
    "--json"
  );
  expect(check.status).toBe(0);
  expect(JSON.parse(check.stdout).tables.length).toBeGreaterThan(0);
  expect(check.stderr).not.toContain("LOADED 0");
});
