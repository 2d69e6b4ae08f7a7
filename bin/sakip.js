#!/usr/bin/env node
// Runs the command line bundled once into .cache/cli/ (scripts/cli-bundle.js), rebuilt when a source is newer.
// Where it cannot be built (no esbuild, read-only folder), it runs the TypeScript from src/ through tsx, slower.
const bundle = require("../scripts/cli-bundle.js").ensureCli();
if (bundle) {
  require(bundle);
} else {
  require("tsx/cjs/api").register();
  require("../src/cli/main.ts");
}
