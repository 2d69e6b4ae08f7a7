// The lint set-up bites where it should: Microsoft's Office add-in rules on code that talks to Excel, React's
// hooks rules on components.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const repo = join(__dirname, "../..");

/** The rules ESLint (the repo's eslint.config.mjs, as `npm run lint` runs it) reports for `code` at `file`. */
async function rules(code: string, file: string): Promise<string[]> {
  const bin = join(repo, "node_modules", "eslint", "bin", "eslint.js");
  const r = spawnSync(
    process.execPath,
    [bin, "--stdin", "--stdin-filename", file, "--format", "json"],
    { cwd: repo, input: code, encoding: "utf8" }
  );
  const [result] = JSON.parse(r.stdout) as {
    messages: { ruleId: string | null; message: string }[];
  }[];
  return result.messages.map((m) => m.ruleId ?? m.message);
}

test("reading a property that was not loaded and synced, and a sync in a loop, are errors in the adapter", async () => {
  const found = await rules(
    `
export async function bad(context: Excel.RequestContext): Promise<unknown[]> {
  const range = context.workbook.worksheets.getItem("PK").getRange("A1");
  const out: unknown[] = [range.values];
  for (const name of ["a", "b"]) {
    context.workbook.worksheets.getItem(name).getRange("A1").values = [[1]];
    await context.sync();
  }
  return out;
}
`,
    "src/excel/lint-probe.ts"
  );
  expect(found).toEqual(
    expect.arrayContaining([
      "office-addins/load-object-before-read",
      "office-addins/no-context-sync-in-loop",
    ])
  );
}, 60000);

test("a hook called conditionally is an error in the pane", async () => {
  const found = await rules(
    `
import { useState } from "react";
export function Bad({ on }: { on: boolean }) {
  if (on) useState(0);
  return null;
}
`,
    "src/taskpane/LintProbe.tsx"
  );
  expect(found).toContain("react-hooks/rules-of-hooks");
}, 60000);
