// The scan stays inside Excel's limits on workbooks as big as real SIPD exports, and still finds the tables:
// the in-memory Excel refuses any response past 5 MB and any merged-areas answer past 512, as Excel does.
import { scan } from "../../src/app/scan";
import { DEFAULT_SETTINGS } from "../../src/engine/settings";
import { readWorkbook } from "../../src/excel/read-workbook";
import {
  createMemoryExcel,
  MERGED_AREAS_LIMIT,
  PAYLOAD_LIMIT_BYTES,
} from "../../src/memory-excel/index";
import { WorkbookModel, cellKey } from "../../src/memory-excel/model";
import type { CellData } from "../../src/memory-excel/model";
import { cellBudget } from "../../src/excel/read-budget";
import { modelOf } from "./workbook";

const PROGRAMS = [
  "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
  "PROGRAM PENGELOLAAN PENDIDIKAN",
  "PROGRAM PENGELOLAAN INFORMASI DAN KOMUNIKASI PUBLIK",
  "PROGRAM PENYELENGGARAAN JALAN",
  "PROGRAM PENANGGULANGAN BENCANA",
];
const MONTHS = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

/**
 * A SIPD-like budget export, 60 columns: five units side by side, each NO, URAIAN, ANGGARAN, REALISASI, (%)
 * and six months of realisasi, then an empty column; `rows` data rows. Written straight into the model's
 * cell store after the in-memory Excel is made (no formulas: nothing to recalculate), so the test stays
 * fast; an .xlsx this size takes too long to write and read.
 */
function fillSipdSheet(model: WorkbookModel, name: string, rows: number): void {
  const cells = model.getSheet(name)!.cells;
  const set = (r: number, c: number, d: CellData): void => void cells.set(cellKey(r, c), d);
  for (let unit = 0; unit < 5; unit++) {
    const c0 = unit * 12;
    ["NO", "URAIAN", "ANGGARAN", "REALISASI", "(%)", ...MONTHS.slice(0, 6)].forEach((h, c) =>
      set(0, c0 + c, { value: h })
    );
    for (let r = 1; r <= rows; r++) {
      const pagu = 1_000_000 * (1 + ((r + unit) % 97)) + r;
      const real = Math.round(pagu * (0.4 + (r % 50) / 100));
      set(r, c0, { value: r });
      set(r, c0 + 1, { value: `${PROGRAMS[r % PROGRAMS.length]} ${r}` });
      set(r, c0 + 2, { value: pagu, numberFormat: "#,##0" });
      set(r, c0 + 3, { value: real, numberFormat: "#,##0" });
      set(r, c0 + 4, { value: real / pagu, numberFormat: "0.00%" });
      for (let m = 0; m < 6; m++)
        set(r, c0 + 5 + m, { value: Math.round(real / 12) + m, numberFormat: "#,##0" });
    }
  }
  // The last unit's spacer column holds a note, so the used range is 60 columns wide.
  set(rows, 59, { value: "Sumber: SIPD" });
}

test("a 1.4-million-cell workbook (five sheets of 4,500 rows x 60 columns) is read within 5 MB per response", async () => {
  const model = new WorkbookModel();
  const names = [1, 2, 3, 4, 5].map((i) => `Realisasi ${i}`);
  for (const name of names) model.addSheet(name);
  const excel = createMemoryExcel(model);
  for (const name of names) fillSipdSheet(model, name, 4499);
  const { grids, tables } = await scan((batch) => excel.run(batch), DEFAULT_SETTINGS);

  expect(grids.map((g) => [g.values.length, g.values[0].length])).toEqual(
    Array.from({ length: 5 }, () => [4500, 60])
  );
  // Every cell arrived where it belongs: the last row of the last sheet, and a cell across a block boundary.
  const last = grids[4];
  expect(last.values[4499][0]).toBe(4499);
  expect(last.text[4499][2]).toMatch(/^\d{1,3}(,\d{3})+$/);
  expect(grids[2].values[1234][1]).toBe(`${PROGRAMS[1234 % PROGRAMS.length]} 1234`);
  expect(excel.stats.cellsRead).toBeGreaterThanOrEqual(5 * 4500 * 60 * 4);
  expect(last.values[4499][59]).toBe("Sumber: SIPD");
  expect(excel.stats.responseBytesMax).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  expect(excel.stats.responseBytes).toBeGreaterThan(10 * PAYLOAD_LIMIT_BYTES);
  // What its size needs and no more: the sheet list, the first rows, then one round trip per block of the
  // budget (a partial last block per sheet at most), never a refused one.
  expect(excel.stats.syncs).toBeLessThanOrEqual(
    2 + Math.ceil((5 * 4500 * 60) / cellBudget(true)) + 5
  );
  const anggaran = tables.filter((t) => t.kind === "anggaran");
  expect([...new Set(anggaran.map((t) => t.sheet))]).toEqual(grids.map((g) => g.sheet));
  expect(anggaran.every((t) => t.range.rowCount >= 4500)).toBe(true);
});

test("a sheet with 650 merged areas is read in blocks of at most 512 areas, and its table found", async () => {
  // A PK converted from PDF: every indikator's name merged over two columns, every sasaran over its rows.
  const rows: (string | number)[][] = [
    ["No", "Sasaran", "Indikator Kinerja", "", "Satuan", "Target", "Realisasi"],
  ];
  for (let i = 1; i <= 650; i++)
    rows.push([
      i,
      `Sasaran ${Math.ceil(i / 2)}`,
      `Persentase layanan ${i}`,
      "",
      "%",
      80,
      70 + (i % 20),
    ]);
  const merges = rows.map((_, r) => ({ row: r, col: 2, rowCount: 1, colCount: 2 }));
  const model = modelOf({ name: "PK", rows, merges });
  const excel = createMemoryExcel(model);
  const { grids, tables } = await scan((batch) => excel.run(batch), DEFAULT_SETTINGS);
  expect(grids[0].merges).toHaveLength(651);
  expect(excel.stats.mergedAreasMax).toBeLessThanOrEqual(MERGED_AREAS_LIMIT);
  expect(excel.stats.mergedAreasMax).toBeGreaterThan(0);
  expect(tables.some((t) => t.kind === "pk" && t.sheet === "PK")).toBe(true);
});

test("a small workbook: two round trips, and the in-memory Excel counted what Excel would send", async () => {
  const excel = createMemoryExcel(
    modelOf({
      name: "PK",
      rows: [
        ["Target", "Realisasi"],
        [2.98, 3.12],
      ],
    })
  );
  await excel.run((context) => readWorkbook(context));
  expect(excel.stats.syncs).toBe(2);
  expect(excel.stats.responseBytes).toBeGreaterThan(0);
  expect(excel.stats.responseBytesMax).toBeLessThanOrEqual(excel.stats.responseBytes);
});
