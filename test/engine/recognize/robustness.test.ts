// Recognition never throws and never points outside the grid, whatever the cells; and the work grows
// with the number of cells only (counted in cell reads, not timed).
import fc from "fast-check";
import { recognize } from "../../../src/engine/recognize";
import type { CellRect, CellValue, Grid } from "../../../src/engine/types";
import { pemkotPk } from "../../fixtures/data";
import { gridFromSheet } from "../../fixtures/grid";
import type { FixtureCell } from "../../fixtures/spec";

const words = [
  "No",
  "Indikator",
  "Sasaran",
  "Target",
  "Realisasi",
  "Capaian (%)",
  "Anggaran",
  "Jumlah",
  "TOTAL",
  "(1)",
  "2024",
  "Sumber : BPS",
  "PROGRAM X",
  "2.16.01",
  "I",
  "1.1",
  "91,43%",
  "Rp 1.000",
  "-",
  "Kealisasi",
  "",
];
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(...words),
  fc.integer({ min: -5, max: 3000 }),
  fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
  fc.string({ maxLength: 12 }),
  fc.constant(null),
  fc.boolean()
);

const gridArb: fc.Arbitrary<Grid> = fc
  .tuple(
    fc.integer({ min: 0, max: 12 }),
    fc.integer({ min: 0, max: 8 }),
    fc.integer({ min: 0, max: 5 }),
    fc.integer({ min: 0, max: 5 })
  )
  .chain(([rows, cols, originRow, originCol]) =>
    fc
      .record({
        values: fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
          minLength: rows,
          maxLength: rows,
        }),
        merges: fc.array(
          fc.record({
            row: fc.integer({ min: 0, max: 20 }),
            col: fc.integer({ min: 0, max: 12 }),
            rowCount: fc.integer({ min: 1, max: 4 }),
            colCount: fc.integer({ min: 1, max: 4 }),
          }),
          { maxLength: 4 }
        ),
      })
      .map(({ values, merges }): Grid => ({
        sheet: "Acak",
        originRow,
        originCol,
        values,
        text: values.map((r) => r.map((v) => (v === null ? "" : String(v)))),
        numberFormat: values.map((r) => r.map(() => "General")),
        merges: merges as CellRect[],
      }))
  );

test("never throws; ranges, rows and columns stay inside the grid", () => {
  fc.assert(
    fc.property(gridArb, (grid) => {
      const res = recognize(grid);
      const bottom = grid.originRow + grid.values.length;
      const right = grid.originCol + (grid.values[0]?.length ?? 0);
      for (const t of res.tables) {
        expect(t.range.row).toBeGreaterThanOrEqual(grid.originRow);
        expect(t.range.col).toBeGreaterThanOrEqual(grid.originCol);
        expect(t.range.row + t.range.rowCount).toBeLessThanOrEqual(bottom);
        expect(t.range.col + t.range.colCount).toBeLessThanOrEqual(right);
        for (const r of t.rows) {
          expect(r.row).toBeGreaterThanOrEqual(t.range.row);
          expect(r.row).toBeLessThan(t.range.row + t.range.rowCount);
          expect(t.headerRows).not.toContain(r.row);
        }
        for (const c of Object.values(t.columns)) {
          expect(c).toBeGreaterThanOrEqual(t.range.col);
          expect(c).toBeLessThan(t.range.col + t.range.colCount);
        }
      }
    }),
    { numRuns: 400 }
  );
});

/** The PK sheet's table body repeated `copies` times below its header, with cell reads counted. */
function countedReads(copies: number): { reads: number; cells: number; rows: number } {
  const sheet = pemkotPk.sheets[0];
  const body = sheet.rows.slice(4, 11) as FixtureCell[][];
  const rows: FixtureCell[][] = [
    ...sheet.rows.slice(0, 4),
    ...Array.from({ length: copies }, () => body).flat(),
  ];
  const grid = gridFromSheet({ name: "Besar", rows, formats: sheet.formats });
  let reads = 0;
  const count = <T>(rowsIn: T[][]): T[][] =>
    rowsIn.map(
      (r) =>
        new Proxy(r, {
          get(target, p, recv) {
            if (typeof p === "string" && /^\d+$/.test(p)) reads++;
            return Reflect.get(target, p, recv) as unknown;
          },
        })
    );
  const counted: Grid = { ...grid, values: count(grid.values), text: count(grid.text) };
  const t = recognize(counted).tables;
  return {
    reads,
    cells: grid.values.length * (grid.values[0]?.length ?? 0),
    rows: t[0]?.rows.length ?? 0,
  };
}

test("cell reads grow linearly with the number of cells", () => {
  const small = countedReads(50);
  const big = countedReads(400);
  expect(small.rows).toBe(350);
  expect(big.rows).toBe(2800);
  const perCellSmall = small.reads / small.cells;
  const perCellBig = big.reads / big.cells;
  expect(perCellBig).toBeLessThan(perCellSmall * 1.2);
  expect(perCellBig).toBeLessThan(60);
});
