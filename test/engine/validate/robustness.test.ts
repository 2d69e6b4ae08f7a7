// Never a crash on bad input: random cells under a PK table and a budget table only ever give findings.
import fc from "fast-check";
import { validate } from "../../../src/engine/validate";
import type { CellValue, Grid, RecognizedTable } from "../../../src/engine/types";

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(""),
  fc.constant(null),
  fc.boolean(),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.constantFrom(
    "-",
    "NA",
    "91,43%",
    "1.100",
    "6.10",
    "Rp 334.497.913,078",
    "83 (B)",
    "B",
    "WTP",
    "abc",
    "0%",
    "(74,03)",
    "Rata-rata"
  ),
  fc.string({ maxLength: 8 })
);

function gridOf(values: CellValue[][]): Grid {
  return {
    sheet: "S",
    originRow: 0,
    originCol: 0,
    values,
    text: values.map((r) => r.map((v) => (v === null ? "" : String(v)))),
    numberFormat: values.map((r) => r.map(() => "General")),
    merges: [],
  };
}

test("random cells never make validate throw", () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(cellArb, { minLength: 8, maxLength: 8 }), { minLength: 2, maxLength: 12 }),
      (rows) => {
        const grid = gridOf(rows);
        const n = rows.length;
        const pk: RecognizedTable = {
          sheet: "S",
          kind: "pk",
          range: { row: 0, col: 0, rowCount: n, colCount: 8 },
          headerRows: [0],
          columns: {
            indikator: 0,
            target: 1,
            realisasi: 2,
            capaian: 3,
            predikat: 4,
            efisiensi: 5,
            serapan: 6,
          },
          rows: rows.slice(1).map((_, i) => ({
            row: i + 1,
            kind: i === n - 2 ? "total" : "indicator",
            sasaranRow: 1,
          })),
          doubts: [],
        };
        const budget: RecognizedTable = {
          sheet: "S",
          kind: "anggaran",
          range: { row: 0, col: 0, rowCount: n, colCount: 8 },
          headerRows: [0],
          columns: { uraian: 0, anggaran: 5, realisasi_anggaran: 6, serapan: 7, sisa: 1 },
          rows: rows.slice(1).map((_, i) => ({
            row: i + 1,
            kind: i === 0 ? "program" : "kegiatan",
            level: i === 0 ? 1 : 2,
            ...(i > 0 ? { parentRow: 1 } : {}),
          })),
          doubts: [],
        };
        const res = validate(grid, [pk, budget]);
        for (const f of res.findings) {
          expect(f.message.length).toBeGreaterThan(10);
          expect(f.cell).toMatch(/^[A-Z]+\d+$/);
        }
      }
    ),
    { numRuns: 300 }
  );
});
