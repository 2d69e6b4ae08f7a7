// The usual template: the PK table already has empty Capaian (%) and Predikat columns, the budget table
// empty % and Sisa columns. Fill writes into those cells (only empty ones), keeps or sets their number
// format, and adds a column only where the table has none. Built from the seeds' real tables.
import { capaianAngka, predikat, serapan, sisa } from "../../../src/engine/index";
import { recognize } from "../../../src/engine/recognize/index";
import { fillBlocks, fillSummary, planFill } from "../../../src/engine/plan/fill";
import { gridFromSheet } from "../../fixtures/grid";
import { diskominfoAnggaran } from "../../fixtures/data/diskominfo-anggaran";
import type { FixtureCell, SheetSpec } from "../../fixtures/spec";
import { withBlocks } from "./sheets";
import { pkTemplate } from "./templates";

const recognizeSheet = (sheet: SheetSpec) => {
  const grid = gridFromSheet(sheet);
  return { grid, tables: recognize(grid).tables };
};

describe("PK template with empty Capaian (%) and Predikat columns (Pemkot Binjai 2024)", () => {
  test("fills the table's own columns cell by cell and adds no column", () => {
    const { grid, tables } = recognizeSheet(pkTemplate());
    expect(tables[0]!.columns).toMatchObject({ capaian: 6, predikat: 8 });
    const plan = planFill([grid], tables, { mode: "values" });
    expect(plan.columns.map((c) => [c.kind, c.col, c.into])).toEqual([
      ["capaian", 6, true],
      ["predikat", 8, true],
    ]);
    const [cap, pred] = plan.columns;
    // Row 18 (Excel) is Tingkat Pengangguran Terbuka: lower is better.
    const at = (row: number) => cap!.cells.find((c) => c.row === row - 1)!;
    expect(at(7).value).toBeCloseTo(74.52 / 73, 10);
    expect(at(18).value).toBeCloseTo(capaianAngka(6.1, 5.44, "lower"), 10);
    // The column keeps its 0% format.
    expect(at(7).numberFormat).toBe("0%");
    for (const c of pred!.cells)
      expect(c.value).toBe(predikat(cap!.cells.find((x) => x.row === c.row)!.value as number));
    // Header rows, repeated page headers and the average line are never written.
    expect(cap!.cells.map((c) => c.row + 1)).toEqual([
      5, 6, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 22, 23,
    ]);
    expect(plan.preview.map((p) => [p.range, p.into])).toEqual([
      ["G5:G11,G14:G19,G22:G23", true],
      ["I5:I11,I14:I19,I22:I23", true],
    ]);
    expect(fillSummary(plan)).toBe(
      "Selesai: 30 sel kosong diisi di 2 kolom yang sudah ada (Capaian (%) PK 2024, Predikat PK 2024)."
    );
  });

  test("a cell with content is never written; the predikat of a stated capaian reads that cell", () => {
    // Excel rows 7 and 18 keep their printed capaian (1,02 and 1,12).
    const { grid, tables } = recognizeSheet(pkTemplate((i) => i === 6 || i === 17));
    const plan = planFill([grid], tables);
    const [cap, pred] = plan.columns;
    expect(cap!.cells.map((c) => c.row + 1)).not.toContain(7);
    expect(cap!.cells.map((c) => c.row + 1)).not.toContain(18);
    expect(pred!.cells.find((c) => c.row === 6)!.formula).toBe("=SAKIP.PREDIKAT(G7)");
    const blocks = fillBlocks(plan);
    expect(blocks.every((b) => b.header === null)).toBe(true);
    expect(blocks.filter((b) => b.col === 6).map((b) => [b.row + 1, b.body.length])).toEqual([
      [5, 2],
      [8, 4],
      [14, 4],
      [19, 1],
      [22, 2],
    ]);
  });

  test("twice == once: a second plan on the filled grid plans nothing", () => {
    const { grid, tables } = recognizeSheet(pkTemplate());
    for (const mode of ["formulas", "values"] as const) {
      const plan = planFill([grid], tables, { mode });
      const again = withBlocks(grid, fillBlocks(plan));
      expect(planFill([again], recognize(again).tables, { mode }).columns).toEqual([]);
    }
  });

  test("a capaian column without format gets percent; one of percent points gets points", () => {
    const general = pkTemplate();
    const noFormat = { ...general, formats: { "E5:F23": "0.00" } };
    const { grid, tables } = recognizeSheet(noFormat);
    const cap = planFill([grid], tables).columns[0]!;
    expect(cap.cells[0]!.numberFormat).toBe("0.00%");
    // The report prints capaian as points (102,08): filled figures follow it.
    const points = pkTemplate((i) => i === 6 || i === 9);
    points.rows[6]![6] = 102.08;
    points.rows[9]![6] = 95.74;
    const p = recognizeSheet({ ...points, formats: { "E5:F23": "0.00" } });
    const cells = planFill([p.grid], p.tables, { mode: "values" }).columns[0]!.cells;
    expect(cells.find((c) => c.row === 7)!.value).toBeCloseTo((2.6671 / 3.36) * 100, 8);
    expect(planFill([p.grid], p.tables).columns[0]!.cells.find((c) => c.row === 7)!.formula).toBe(
      "=SAKIP.CAPAIAN(E8,F8)*100"
    );
    expect(cells[0]!.numberFormat).toBe("0.00");
  });
});

describe("budget template with empty % and SISA ANGGARAN columns (Diskominfo Binjai 2024, Tabel 3.17)", () => {
  const template = (): SheetSpec => {
    const sheet = diskominfoAnggaran.sheets[0]!;
    const rows = sheet.rows.map((r, i): FixtureCell[] =>
      i >= 4 && i <= 53 ? [...r.slice(0, 5), null, null] : [...r]
    );
    return { ...sheet, rows };
  };

  test("fills % Serapan and Sisa into their cells with percent and money formats", () => {
    const { grid, tables } = recognizeSheet(template());
    const plan = planFill([grid], tables, { mode: "values" });
    expect(plan.columns.map((c) => [c.kind, c.col, c.into])).toEqual([
      ["serapan", 5, true],
      ["sisa", 6, true],
    ]);
    const [ser, rest] = plan.columns;
    const first = ser!.cells.find((c) => c.row === 4)!;
    expect(first.value).toBeCloseTo(serapan(3996931540, 3678577055), 10);
    expect(first.numberFormat).toBe("0.00%");
    const sisaFirst = rest!.cells.find((c) => c.row === 4)!;
    expect(sisaFirst.value).toBe(sisa(3996931540, 3678577055));
    expect(sisaFirst.numberFormat).toBe("#,##0");
    expect(fillSummary(plan)).toMatch(
      /^Selesai: \d+ sel kosong diisi di 2 kolom yang sudah ada \(% Realisasi Anggaran, SISA ANGGARAN Realisasi Anggaran\)\.$/
    );
  });
});

describe("two-row header and merged sasaran (the template as many units lay it out)", () => {
  test('"Tahun 2024" over Target / Realisasi / Capaian: the empty Capaian cells are filled, merged sasaran kept', () => {
    const sheet: SheetSpec = {
      name: "PK",
      rows: [
        [
          "No",
          "Sasaran Strategis",
          "Indikator Kinerja",
          "Satuan",
          "Tahun 2024",
          null,
          null,
          "Predikat",
        ],
        [null, null, null, null, "Target", "Realisasi", "Capaian (%)", null],
        [
          1,
          "Meningkatnya kualitas tata kelola pemerintahan",
          "Indeks Profesionalitas ASN",
          "Poin",
          73,
          74.52,
          null,
          null,
        ],
        [null, null, "Nilai Evaluasi LPPD", "Poin", 3.36, 2.6671, null, null],
        [
          2,
          "Menciptakan lapangan kerja",
          "Tingkat Pengangguran Terbuka (TPT)",
          "persen",
          6.1,
          5.44,
          null,
          null,
        ],
      ],
      merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1", "H1:H2", "A3:A4", "B3:B4"],
      expected: [],
    };
    const { grid, tables } = recognizeSheet(sheet);
    expect(tables).toHaveLength(1);
    const plan = planFill([grid], tables, { mode: "values" });
    expect(plan.columns.map((c) => [c.kind, c.col, c.into, c.cells.map((x) => x.row + 1)])).toEqual(
      [
        ["capaian", 6, true, [3, 4, 5]],
        ["predikat", 7, true, [3, 4, 5]],
      ]
    );
    expect(plan.columns[0]!.cells[0]!.value).toBeCloseTo(74.52 / 73, 10);
  });
});
