#!/usr/bin/env node
// Runs the TypeScript command line straight from src/ (no build output in the repo).
require("tsx/cjs/api").register();
require("../src/cli/main.ts");
