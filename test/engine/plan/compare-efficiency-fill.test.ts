// Fill's efisiensi column (issue 7) on Diskominfo Binjai's capaian per sasaran beside its programs'
// budget (Tabel 3.2, 3.16): E = 1 - serapan / capaian, the seeds' formula, as live SAKIP.EFISIENSI.
import { planFill } from "../../../src/engine/plan/fill";
import { recognize } from "../../../src/engine/recognize/index";
import type { CellValue } from "../../../src/engine/types";
import { gridOf } from "./sheets";

const ROWS: CellValue[][] = [
  ["Capaian Kinerja dan Realisasi Anggaran per Sasaran Diskominfo Kota Binjai Tahun 2024"],
  [],
  [
    "No",
    "Sasaran",
    "Indikator Kinerja",
    "Target",
    "Realisasi",
    "Capaian Kinerja (%)",
    "Program",
    "Pagu",
    "Realisasi Anggaran",
    "Serapan (%)",
  ],
  [
    1,
    "Meningkatkan cakupan infrastruktur jaringan TIK",
    "Indeks Nilai SPBE",
    2.98,
    3.12,
    "105%",
    "PROGRAM PENGELOLAAN APLIKASI INFORMATIKA",
    2602173662,
    2547036260,
    "97,88%",
  ],
  [
    2,
    "Meningkatkan penggunaan Tanda Tangan elektronik pada OPD",
    "Persentase Jumlah OPD yang menggunakan tanda tangan elektronik",
    "15%",
    "12%",
    "80%",
    "PROGRAM PENYELENGGARAAN PERSANDIAN",
    207423100,
    84750188,
    "40,86%",
  ],
  [
    3,
    "Rasio Layanan Informasi yang terpublikasi",
    "Jumlah Informasi Publik yang dipublikasikan",
    1100,
    4225,
    "384%",
    "PROGRAM PENGELOLAAN INFORMASI DAN KOMUNIKASI PUBLIK",
    2526370656,
    2317590709,
    "91,74%",
  ],
];

function plan(rows: CellValue[][], settings = {}) {
  const grid = gridOf("Efisiensi per Sasaran", rows);
  const tables = recognize(grid).tables;
  return planFill([grid], tables, { settings });
}

describe("efisiensi column in fill", () => {
  test("a table pairing capaian with serapan gets E = 1 - serapan/capaian, live, beside the table", () => {
    const p = plan(ROWS);
    const eff = p.columns.find((c) => c.kind === "efisiensi")!;
    expect(eff.header).toBe("Efisiensi");
    expect(eff.col).toBe(10);
    expect(eff.numberFormat).toBe("0.00%");
    expect(eff.cells.map((c) => c.formula)).toEqual([
      "=SAKIP.EFISIENSI(F4,J4)",
      "=SAKIP.EFISIENSI(F5,J5)",
      "=SAKIP.EFISIENSI(F6,J6)",
    ]);
    const expected = [1 - 0.9788 / 1.05, 1 - 0.4086 / 0.8, 1 - 0.9174 / 3.84];
    eff.cells.forEach((c, i) => expect(c.value as number).toBeCloseTo(expected[i]!, 9));
  });

  test("the formula chosen in settings is written into the live formula", () => {
    const eff = plan(ROWS, { efficiency: "selisih" }).columns.find((c) => c.kind === "efisiensi")!;
    expect(eff.cells[0]!.formula).toBe('=SAKIP.EFISIENSI(F4,J4,"selisih")');
    expect(eff.cells[0]!.value as number).toBeCloseTo(1.05 - 0.9788, 9);
  });

  test("a serapan the fill computes itself feeds efisiensi (capaian above 200% stays right)", () => {
    const rows = ROWS.map((r) => r.slice(0, 9));
    const p = plan(rows);
    expect(p.columns.map((c) => c.kind)).toEqual(["serapan", "efisiensi"]);
    const eff = p.columns[1]!;
    expect(eff.cells[2]!.formula).toBe("=SAKIP.EFISIENSI(F6,J6)");
    expect(eff.cells[2]!.value as number).toBeCloseTo(1 - 2317590709 / 2526370656 / 3.84, 9);
  });

  test("an empty efisiensi column of the table's own is filled in place; a full one, or no budget, gets none", () => {
    // Issue 13: the template's own empty column is filled cell by cell instead of getting a second one.
    const withCol = ROWS.map((r, i) => [...r, i === 2 ? "Tingkat Efisiensi" : ""]);
    const own = plan(withCol).columns.filter((c) => c.kind === "efisiensi");
    expect(own.map((c) => [c.col, c.into, c.cells.length])).toEqual([[10, true, 3]]);
    expect(own[0]!.cells[0]!.formula).toBe("=SAKIP.EFISIENSI(F4,J4)");
    const full = ROWS.map((r, i) => [...r, i === 2 ? "Tingkat Efisiensi" : i > 2 ? "10%" : ""]);
    expect(plan(full).columns.some((c) => c.kind === "efisiensi")).toBe(false);
    const noBudget = ROWS.map((r) => r.slice(0, 6));
    expect(plan(noBudget).columns.some((c) => c.kind === "efisiensi")).toBe(false);
  });
});
