// fill, compare and portable on the real workbooks of test/fixtures/real-workbooks (copied unchanged from
// ../shared/real-workbooks): nothing but what the tool adds changes (rules in nothing-lost-check.ts).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT, check } from "./nothing-lost-check";
import type { Case, Command } from "./nothing-lost-check";

// Each case runs the command twice and reads both packages with ExcelJS: minutes on a busy machine.
jest.setTimeout(300_000);

const realCases: Case[] = readdirSync(join(ROOT, "test/fixtures/real-workbooks"))
  .filter((f) => f.endsWith(".xlsx"))
  .map((f) => ({ name: `real ${f}`, path: join(ROOT, "test/fixtures/real-workbooks", f) }));

test("all seven real workbooks are here", () => {
  expect(realCases).toHaveLength(7);
});

describe.each(realCases)("$name", (c) => {
  test.each(["fill", "compare", "portable"] as Command[])(
    "%s changes nothing but what it adds",
    async (command) => {
      await check(c, command);
    }
  );
});
