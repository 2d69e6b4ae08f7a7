// A big table settles its budget roles on a sample of its rows: the same pair must be taken as in a small
// table, and a % column filled on a few rows only (the program rows) must still be tested on every row.
import { SAMPLE, spread } from "../../../src/engine/recognize/evidence";
import { columnLetter, recognize } from "../../../src/engine/recognize/index";
import type { RecognizedTable } from "../../../src/engine/types";
import { gridFromSheet } from "../../fixtures/grid";
import type { FixtureCell } from "../../fixtures/spec";

const roles = (t: RecognizedTable): Record<string, string> =>
  Object.fromEntries(Object.entries(t.columns).map(([k, c]) => [k, columnLetter(c as number)]));
const header: FixtureCell[][] = [
  ["Uraian", "Belanja Operasi", null, "TOTAL", null, null, null],
  [null, "Anggaran", "Realisasi", "Anggaran", "Realisasi", "%", "Sisa"],
];
const merges = ["A1:A2", "B1:C1", "D1:G1"];

/** Row i of a long table: the % and Sisa of the TOTAL pair (D, E), the first group (B, C) a part of it. */
function row(i: number, percentToo: boolean): FixtureCell[] {
  const total = 1_000_000 + (i % 97) * 10_000;
  const spent = Math.round(total * (0.3 + (i % 13) / 20));
  const part = Math.round(total * 0.4);
  return [
    `Sub Kegiatan ${i + 1}`,
    part,
    Math.round(spent * 0.4),
    total,
    spent,
    percentToo ? Math.round((spent / total) * 10000) / 100 : null,
    total - spent,
  ];
}

describe("roles settled on a sample of a big table", () => {
  test("spread keeps small tables whole and takes evenly spaced rows of big ones", () => {
    const small = Array.from({ length: SAMPLE }, (_, i) => i);
    expect(spread(small, SAMPLE)).toBe(small);
    const big = Array.from({ length: 4500 }, (_, i) => i + 10);
    const s = spread(big, SAMPLE);
    expect(s).toHaveLength(SAMPLE);
    expect(s[0]).toBe(10);
    expect(s[s.length - 1]).toBeGreaterThan(4400);
    expect(new Set(s).size).toBe(SAMPLE);
  });

  test("5,000 rows: the % and Sisa are of the TOTAL pair, as in a three-row table", () => {
    const rows = [...header, ...Array.from({ length: 5000 }, (_, i) => row(i, true))];
    const t = recognize(gridFromSheet({ name: "S", rows, merges })).tables[0];
    expect(roles(t)).toMatchObject({
      anggaran: "D",
      realisasi_anggaran: "E",
      serapan: "F",
      sisa: "G",
    });
  });

  test("a % written on 10 rows of 5,000, none of them in the sample, is still tested (on every row) and taken", () => {
    const rows = [...header, ...Array.from({ length: 5000 }, (_, i) => row(i, i % 500 === 7))];
    const t = recognize(gridFromSheet({ name: "S", rows, merges })).tables[0];
    expect(roles(t)).toMatchObject({ anggaran: "D", realisasi_anggaran: "E", serapan: "F" });
  });
});
