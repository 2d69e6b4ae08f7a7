// The engine has one public API (src/engine/index.ts): hosts import that file and no other engine module, and
// engine modules import their neighbours, never the root (which would put them above the API that re-exports them).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

const src = resolve(__dirname, "..", "..", "src");
const engine = join(src, "engine");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** Every relative module a file imports or re-exports, statically or with import(). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.[^"']*)["']/g)].map(
    (m) => m[1]
  );
  return found.map((spec) => resolve(dirname(file), spec).replace(/\.(js|tsx?)$/, ""));
}

const inEngine = (path: string): boolean => path === engine || path.startsWith(engine + sep);
const isRoot = (path: string): boolean => path === join(engine, "index") || path === engine;
const files = sourceFiles(src);

test("the scan sees the hosts' imports of the engine (the check can fail)", () => {
  const hostImports = files
    .filter((f) => !inEngine(f))
    .flatMap(importsOf)
    .filter(inEngine);
  expect(hostImports.length).toBeGreaterThan(10);
});

test("hosts import the engine only through src/engine/index.ts", () => {
  const wrong = files
    .filter((f) => !inEngine(f))
    .flatMap((f) =>
      importsOf(f)
        .filter((p) => inEngine(p) && !isRoot(p))
        .map((p) => `${relative(src, f)} -> ${relative(src, p)}`)
    );
  expect(wrong).toEqual([]);
});

test("engine modules never import the engine's root", () => {
  const wrong = files
    .filter((f) => inEngine(f) && f !== join(engine, "index.ts"))
    .flatMap((f) =>
      importsOf(f)
        .filter(isRoot)
        .map(() => relative(src, f))
    );
  expect(wrong).toEqual([]);
});
