// Recognition doubts and rows issue 13 relies on: a year out of order or twice in the header is a doubt
// at its cell, and an indicator named "Jumlah ..." with its own satuan and figures is an indicator.
import { recognize } from "../../../src/engine/recognize/index";
import { planFill } from "../../../src/engine/plan/fill";
import { validate } from "../../../src/engine/validate/index";
import { gridOf } from "../plan/sheets";

test("a year header 2022, 2024, 2024, 2025 is a doubt at the cell; the second 2024 is not silently taken", () => {
  const grid = gridOf("IKU", [
    [
      "No",
      "Indikator Kinerja",
      "Satuan",
      "Realisasi 2022",
      "Realisasi 2024",
      "Realisasi 2024",
      "Realisasi 2025",
    ],
    [1, "Indeks Pendidikan", "Poin", 75.1, 76.72, 76.9, 77.2],
    [2, "Indeks Kesehatan", "Poin", 82.1, 83.77, 83.9, 84.0],
  ]);
  const [table] = recognize(grid).tables;
  expect(table!.columns["realisasi@2024"]).toBe(4);
  expect(table!.doubts.some((d) => d.startsWith('"IKU"!F1:') && /realisasi@2024/.test(d))).toBe(
    true
  );
});

test("a year out of order (2022, 2024, 2023) is a doubt at the cell that breaks the order", () => {
  const grid = gridOf("IKU", [
    ["No", "Indikator Kinerja", "Satuan", "Target 2022", "Target 2024", "Target 2023"],
    [1, "Indeks Pendidikan", "Poin", 75.1, 76.72, 76.9],
  ]);
  const [table] = recognize(grid).tables;
  expect(
    table!.doubts.some(
      (d) => d.startsWith('"IKU"!F1:') && /tidak berurutan \(2022, 2024, 2023\)/.test(d)
    )
  ).toBe(true);
});

test('an indicator named "Jumlah ..." with satuan, target and realisasi is checked and filled; a total line stays a total', () => {
  // Diskominfo Binjai 2024, Tabel 3.14: "Jumlah Informasi Publik yang dipublikasikan", 1100 -> 4225, printed 384%.
  const grid = gridOf("PK", [
    ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
    [1, "Jumlah Informasi Publik yang dipublikasikan", "Informasi", 1100, 4225, "348%"],
    [2, "Indeks Nilai SPBE", "Indeks", 2.98, 3.12, ""],
    ["Jumlah", "", "", "", "", ""],
  ]);
  const tables = recognize(grid).tables;
  expect(tables[0]!.rows.map((r) => r.kind)).toEqual(["indicator", "indicator", "total"]);
  const findings = validate(grid, tables).findings;
  expect(findings.some((f) => f.rule === "CAPAIAN_MISMATCH" && f.cell === "F2")).toBe(true);
  const cap = planFill([grid], tables).columns.find((c) => c.kind === "capaian")!;
  expect(cap.cells.map((c) => c.row)).toEqual([2]);
});
