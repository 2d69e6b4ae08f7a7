// The production build, run once (webpack CLI, as `npm run build` does) into a temp folder: the pages, the
// bundles, functions.json generated from the JSDoc of src/functions/functions.ts, and the manifest with the
// production URL in place of every localhost URL.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";

const repo = join(__dirname, "..", "..");
const urlProd = "https://sakip.contoh.go.id/addin/";
const out = mkdtempSync(join(tmpdir(), "sakip-build-"));
const run = promisify(execFile);
const read = (file: string): string => readFileSync(join(out, file), "utf8");

/** The custom functions of issue 2 and their parameters, `?` marking optional ones. */
const EXPECTED_FUNCTIONS: Record<string, string[]> = {
  CAPAIAN: ["target", "realisasi", "arah?", "batas?"],
  PREDIKAT: ["nilai", "skala?"],
  SERAPAN: ["pagu", "realisasi"],
  SISA: ["pagu", "realisasi"],
  EFISIENSI: ["capaian", "serapan", "metode?"],
  RATA_CAPAIAN: ["rentang"],
  ARAH: ["indikator"],
  ANGKA: ["teks"],
};

interface FunctionParameter {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: FunctionParameter[];
}

beforeAll(async () => {
  const cli = require.resolve("webpack-cli/bin/cli.js");
  try {
    await run(
      process.execPath,
      [cli, "--mode", "production", "--env", `outputPath=${out}`, "--env", `urlProd=${urlProd}`],
      { cwd: repo, maxBuffer: 32 * 1024 * 1024 },
    );
  } catch (error) {
    // Show webpack's own report (which module failed and why), not just "Command failed".
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    const errors = `${stdout}\n${stderr}`.split("\n").filter((line) => /ERROR|Error|error TS/.test(line));
    throw new Error(`npm run build gagal:\n${errors.slice(0, 20).join("\n")}`);
  }
}, 240000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("npm run build", () => {
  test("emits the task pane, the commands, the custom functions, the icons and the manifest", () => {
    const files = [
      "taskpane.html", "taskpane.js", "commands.html", "commands.js", "functions.js", "functions.json", "manifest.xml",
      ...[16, 32, 64, 80, 128].map((size) => `assets/icon-${size}.png`),
    ];
    expect(files.filter((file) => !existsSync(join(out, file)))).toEqual([]);
  });

  test("taskpane.html is the shared runtime: office.js from Microsoft's CDN, then functions, commands and pane", () => {
    const html = read("taskpane.html");
    const scripts = Array.from(html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g), (m) => m[1]);
    expect(scripts).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "functions.js", "commands.js", "taskpane.js"]);
    expect(html).toMatch(/<div id="?root"?>/);
    const commands = Array.from(read("commands.html").matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g), (m) => m[1]);
    expect(commands).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "commands.js"]);
  });

  test("functions.json lists every SAKIP function with its parameters, and functions.js associates each", () => {
    const { functions } = JSON.parse(read("functions.json")) as { functions: FunctionMetadata[] };
    const listed = Object.fromEntries(
      functions.map((f) => [f.id, f.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}`)]),
    );
    expect(listed).toEqual(EXPECTED_FUNCTIONS);
    const bundle = read("functions.js");
    for (const f of functions) {
      expect(f.name).toBe(f.id);
      expect(f.description?.trim()).toBeTruthy();
      for (const p of f.parameters) expect(p.description?.trim()).toBeTruthy();
      expect(bundle).toContain(`CustomFunctions.associate("${f.id}"`);
    }
    const range = functions.find((f) => f.id === "RATA_CAPAIAN")?.parameters[0];
    expect(range?.dimensionality).toBe("matrix");
    // The namespace comes from the manifest: =SAKIP.CAPAIAN(...).
    expect(read("manifest.xml")).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="SAKIP"\s*\/>/);
  });

  test("the built manifest points at the production URL everywhere the source points at localhost", async () => {
    const source = readFileSync(join(repo, "manifest.xml"), "utf8");
    const built = read("manifest.xml");
    expect(built).not.toContain("localhost");
    const count = (text: string, needle: string): number => text.split(needle).length - 1;
    expect(count(source, "https://localhost:3000/")).toBeGreaterThan(5);
    expect(count(built, urlProd)).toBe(count(source, "https://localhost:3000/"));
    expect(built).toBe(source.split("https://localhost:3000/").join(urlProd));
    // office-addin-manifest (what `npm start` and `npm run validate` use) reads the built file.
    const cli = require.resolve("office-addin-manifest/cli.js");
    const { stdout } = await run(process.execPath, [cli, "info", join(out, "manifest.xml")], { cwd: repo });
    expect(stdout).toMatch(/Name: SAKIP untuk Excel/);
    expect(stdout).toMatch(/Permissions: ReadWriteDocument/);
    expect(stdout).toContain(`Source Location: ${urlProd}taskpane.html`);
  });

  test("the task pane carries no IE polyfills and stays under the React template's 165 KB gzip", () => {
    const pane = readFileSync(join(out, "taskpane.js"));
    expect(pane.toString("utf8")).not.toMatch(/core-js|regenerator-runtime/);
    expect(gzipSync(pane, { level: 9 }).length).toBeLessThan(165 * 1024);
  });
});
