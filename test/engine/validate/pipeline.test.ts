// recognize -> validate on every seed fixture: the same findings as on the tables a reader expects
// (seeds.test.ts holds the hand-recomputed figures), so no false alarm appears through recognition.
import { fixtures } from "../../fixtures/data";
import { gridFromSheet } from "../../fixtures/grid";
import { recognize } from "../../../src/engine/recognize";
import { validate } from "../../../src/engine/validate";
import { validateSheet } from "./helpers";

const sheets = fixtures.flatMap((wb) =>
  wb.sheets.map((s) => [`${wb.file} / ${s.name}`, s] as const)
);

test.each(sheets)("%s: recognized tables give the expected findings", (_name, sheet) => {
  const grid = gridFromSheet(sheet);
  const viaRecognition = validate(grid, recognize(grid).tables);
  const viaExpected = validateSheet(sheet);
  const key = (f: { rule: string; cell: string; severity: string }): string =>
    `${f.rule}@${f.cell}:${f.severity}`;
  expect(viaRecognition.findings.map(key)).toEqual(viaExpected.findings.map(key));
  expect(viaRecognition.notes).toEqual(viaExpected.notes);
});
