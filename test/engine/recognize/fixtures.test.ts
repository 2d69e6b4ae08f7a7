// Recognition on every fixture sheet built from the seeds: exact ranges, kinds, header rows, roles,
// rows, sasaran and levels, as written next to the data from reading the tables.
import { recognize } from "../../../src/engine/recognize";
import { fixtures } from "../../fixtures/data";
import { gridFromSheet } from "../../fixtures/grid";
import { asExcel, expectedComparable } from "./expect";

const cases = fixtures.flatMap((wb) =>
  wb.sheets.map((sheet) => ({ name: `${wb.file} / ${sheet.name}`, sheet }))
);

describe.each(cases)("$name", ({ sheet }) => {
  const result = recognize(gridFromSheet(sheet));

  test("finds exactly the expected tables", () => {
    expect(result.tables.map((t) => asExcel(t, new Set()).range)).toEqual(
      sheet.expected.map((e) => e.range)
    );
  });

  sheet.expected.forEach((exp, i) => {
    test(`table ${exp.range}: kind, header, roles, rows`, () => {
      const got = result.tables[i];
      expect(got).toBeDefined();
      const withText = new Set(exp.rows.filter((r) => r.sasaran !== undefined).map((r) => r.row));
      expect(asExcel(got, withText)).toEqual(expectedComparable(exp));
    });

    test(`table ${exp.range}: doubts ${exp.doubtful ? "reported" : "none"}`, () => {
      const got = result.tables[i];
      if (exp.doubtful) expect(got.doubts.length).toBeGreaterThan(0);
      else expect(got.doubts).toEqual([]);
    });
  });
});
