// The command line as one bundled .js file (esbuild), built once into .cache/cli/ (git-ignored) so `sakip` starts
// like a compiled tool instead of compiling TypeScript with tsx at every start. `npm install` builds it (prepare);
// bin/sakip.js rebuilds it when a source it was built from is newer. CommonJS without dependencies at load time:
// the freshness check runs at every start and must stay a few stat() calls.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const OUT_DIR = path.join(ROOT, ".cache", "cli");
/** Entry points, bundled side by side: the command and the batch's worker thread. */
const ENTRIES = { sakip: "src/cli/main.ts", "batch-worker": "src/cli/batch-worker.ts" };
const INPUTS = "inputs.json";

/** True when the bundle exists and no source it was built from (nor this file) changed since. */
function isFresh(outDir = OUT_DIR) {
  let built;
  try {
    built = fs.statSync(path.join(outDir, "sakip.js")).mtimeMs;
    const inputs = JSON.parse(fs.readFileSync(path.join(outDir, INPUTS), "utf8"));
    for (const rel of [...inputs, "scripts/cli-bundle.js"]) {
      if (fs.statSync(path.join(ROOT, rel)).mtimeMs > built) return false;
    }
    return true;
  } catch {
    return false; // missing bundle, list or source: build again
  }
}

/** Bundles the entries into outDir. npm packages stay require()s (exceljs, hyperformula load from node_modules,
 *  and only when a command needs them: run.ts imports the commands dynamically). Writes through a temporary name
 *  so two starts building at once never run half a file. */
function build(outDir = OUT_DIR) {
  const esbuild = require("esbuild");
  const result = esbuild.buildSync({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    outdir: outDir,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  fs.mkdirSync(outDir, { recursive: true });
  const replace = (file, contents) => {
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, contents);
    fs.renameSync(tmp, file);
  };
  // Inputs first, bundle last: the bundle's mtime then covers them.
  const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.includes("node_modules"));
  replace(path.join(outDir, INPUTS), JSON.stringify(inputs));
  for (const f of result.outputFiles.filter((o) => !o.path.endsWith("sakip.js")))
    replace(f.path, f.contents);
  replace(
    path.join(outDir, "sakip.js"),
    result.outputFiles.find((o) => o.path.endsWith("sakip.js")).contents
  );
  return path.join(outDir, "sakip.js");
}

/** The bundle to run, built if needed; null when it cannot be built (no esbuild, read-only folder). */
function ensureCli(outDir = OUT_DIR) {
  if (isFresh(outDir)) return path.join(outDir, "sakip.js");
  try {
    return build(outDir);
  } catch {
    return null;
  }
}

module.exports = { build, ensureCli, isFresh, OUT_DIR };

// `node scripts/cli-bundle.js` (npm's prepare): build now; never fail the install over it (bin/sakip.js falls back).
if (require.main === module) {
  try {
    console.log(`sakip: command line built into ${path.relative(process.cwd(), build()) || "."}`);
  } catch (e) {
    console.warn(
      `sakip: command line not bundled (${e instanceof Error ? e.message : String(e)}); bin/sakip.js will use tsx.`
    );
  }
}
