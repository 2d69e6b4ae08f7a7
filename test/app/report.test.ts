// The reviewer's summary on the seed fixtures: unit and year from titles only, budget of the largest table,
// stated capaian averaged, findings counted by rule; the sheets and text built from it.
import { join, resolve } from "node:path";
import { runOf } from "../../src/app/excel-run";
import { scan } from "../../src/app/scan";
import { openXlsx } from "../../src/cli/workbook-file";
import { DEFAULT_SETTINGS, rataCapaian, type CellValue } from "../../src/engine/index";
import { createMemoryExcel } from "../../src/memory-excel/index";
import {
  failedSummary,
  findingsSheet,
  sheetCsv,
  summarizeWorkbook,
  summarySheet,
  summaryText,
  type WorkbookSummary,
} from "../../src/app/report";
import { diskominfoAnggaran } from "../fixtures/data/index";

const FIXTURES = resolve(__dirname, "../fixtures/xlsx");

async function analysed(file: string) {
  const excel = createMemoryExcel(await openXlsx(join(FIXTURES, `${file}.xlsx`)));
  return scan(runOf(excel), { ...DEFAULT_SETTINGS, polarity: {} }, { tableDoubtFindings: true });
}

describe("summarizeWorkbook", () => {
  test("realisasi anggaran: unit and year from the title, pagu and realisasi of the total line, serapan", async () => {
    const a = await analysed("diskominfo-anggaran-2024");
    const s = summarizeWorkbook("d.xlsx", a);
    expect(s.unit).toBe("Dinas Komunikasi dan Informatika Kota Binjai");
    expect(s.year).toBe(2024);
    expect(s.tables.anggaran).toBe(a.tables.filter((t) => t.kind === "anggaran").length);
    // Tabel 3.16's TOTAL line as the seed prints it (numbers there): the same budget as Tabel 3.17's JUMLAH.
    const totalLine = diskominfoAnggaran.sheets
      .flatMap((sh) => sh.rows)
      .find((r) => r[1] === "TOTAL") as unknown[];
    expect(s.pagu).toBe(totalLine[2]);
    expect(s.realisasi).toBe(totalLine[3]);
    expect(s.serapan).toBeCloseTo((totalLine[3] as number) / (totalLine[2] as number), 12);
    expect(s.averageCapaian).toBeNull();
  });

  test("PK: the stated capaian averaged; a unit named inside a table (a data source) is not taken as the unit", async () => {
    const a = await analysed("pemkot-pk-2024");
    const s = summarizeWorkbook("p.xlsx", a);
    expect(s.unit).toBeNull();
    expect(s.year).toBe(2024);
    // The capaian cells of the PK tables' indicator rows, taken straight from the grid, averaged by the
    // engine's rata-rata (=SAKIP.RATA_CAPAIAN), a reader of its own.
    const cells: CellValue[] = a.tables
      .filter((t) => t.kind === "pk" && t.columns.capaian !== undefined)
      .flatMap((t) => {
        const grid = a.grids.find((g) => g.sheet === t.sheet)!;
        const col = t.columns.capaian!;
        return t.rows
          .filter((r) => r.kind === "indicator" || r.kind === "data")
          .map((r) => grid.values[r.row - grid.originRow]?.[col - grid.originCol] ?? null);
      });
    expect(cells.length).toBeGreaterThan(5);
    expect(s.averageCapaian).toBeCloseTo(rataCapaian(cells), 2);
  });

  test("findings: errors and warnings counted by rule, info left out", async () => {
    const a = await analysed("pemkot-anggaran-2024");
    const s = summarizeWorkbook("a.xlsx", a);
    const listed = a.findings.filter((f) => f.severity !== "info");
    expect(listed.length).toBeGreaterThan(0);
    expect(s.errors + s.warnings).toBe(listed.length);
    expect(Object.values(s.byRule).reduce((x, y) => x + y, 0)).toBe(listed.length);
    for (const rule of new Set(listed.map((f) => f.rule)))
      expect(s.byRule[rule]).toBe(listed.filter((f) => f.rule === rule).length);
  });
});

describe("sheets and text", () => {
  const a: WorkbookSummary = {
    ...failedSummary("a.xlsx", ""),
    errors: 2,
    byRule: { SERAPAN_MISMATCH: 2 },
    pagu: 100,
    realisasi: 90,
    serapan: 0.9,
  };
  delete a.error;
  const b: WorkbookSummary = {
    ...failedSummary("b.xlsx", ""),
    warnings: 1,
    byRule: { AVERAGE_MISMATCH: 1 },
    unit: "Dinas X",
    year: 2024,
  };
  delete b.error;
  const bad = failedSummary("rusak.xlsx", "bukan berkas .xlsx");

  test("summary sheet: one row per workbook, one column per rule any has, the reason for an unreadable one", () => {
    const sheet = summarySheet([a, b, bad]);
    expect(sheet.rows).toHaveLength(3);
    const col = (h: string) => sheet.header.indexOf(h);
    expect(col("AVERAGE_MISMATCH")).toBeLessThan(col("SERAPAN_MISMATCH"));
    expect(sheet.rows[0][col("SERAPAN_MISMATCH")]).toBe(2);
    expect(sheet.rows[1][col("SERAPAN_MISMATCH")]).toBe(0);
    expect(sheet.rows[1][col("Unit")]).toBe("Dinas X");
    expect(sheet.rows[0][col("Serapan")]).toBe(0.9);
    expect(sheet.rows[2][col("Tidak terbaca")]).toBe("bukan berkas .xlsx");
  });

  test("findings sheet: errors and warnings only, with file, sheet, cell, rule, severity, message", () => {
    const f = (severity: "error" | "warning" | "info", cell: string) => ({
      rule: "R",
      severity,
      sheet: "S",
      cell,
      message: `m ${cell}`,
      expected: null,
      actual: null,
    });
    const sheet = findingsSheet([
      { file: "a.xlsx", findings: [f("error", "A1"), f("info", "A2"), f("warning", "A3")] },
    ]);
    expect(sheet.header).toEqual(["Berkas", "Lembar", "Sel", "Aturan", "Tingkat", "Pesan"]);
    expect(sheet.rows).toEqual([
      ["a.xlsx", "S", "A1", "R", "kesalahan", "m A1"],
      ["a.xlsx", "S", "A3", "R", "peringatan", "m A3"],
    ]);
  });

  test("text and CSV: Indonesian numbers, quoted fields", () => {
    const text = summaryText(a);
    expect(text).toContain("Temuan: 2 kesalahan, 0 peringatan");
    expect(text).toContain("serapan: 90%");
    expect(summaryText(bad)).toContain("Tidak dapat diperiksa: bukan berkas .xlsx");
    const csv = sheetCsv({ header: ["a", "b"], rows: [["x;y", 0.5]] });
    expect(csv).toBe('a;b\r\n"x;y";0,5');
  });
});
