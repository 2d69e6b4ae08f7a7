// Precision before recall (issue 11): a role taken by a guess is said once as the table's TABLE_DOUBT and
// no row is judged on it; a role the figures settle is certain and checked. One small grid per reason.
import { doubtFindings, oneDoubtPerTable } from "../../../src/app/scan";
import { fillSummary, planFill } from "../../../src/engine/plan/fill";
import { planCompare } from "../../../src/engine/plan/compare";
import { columnLetter, recognize } from "../../../src/engine/recognize/index";
import {
  certainTable,
  hierarchyUncertain,
  isUncertainRole,
  uncertainColumns,
} from "../../../src/engine/recognize/uncertain";
import type { Grid, RecognizedTable } from "../../../src/engine/types";
import { validate } from "../../../src/engine/validate/index";
import { gridFromSheet } from "../../fixtures/grid";
import type { FixtureCell } from "../../fixtures/spec";

function read(rows: FixtureCell[][], merges: string[] = []): { g: Grid; t: RecognizedTable } {
  const g = gridFromSheet({ name: "S", rows, merges });
  const tables = recognize(g).tables;
  expect(tables).toHaveLength(1);
  return { g, t: tables[0]! };
}
const claims = (g: Grid, t: RecognizedTable): string[] =>
  validate(g, [t])
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.cell} ${f.rule}`);
const letters = (s: Set<number>): string[] => [...s].sort((a, b) => a - b).map(columnLetter);
const reasons = (t: RecognizedTable): string[] =>
  (t.doubtItems ?? []).filter((i) => i.uncertain).map((i) => i.reason);

// Two spending groups side by side, no % nor Jumlah: which pair the table reports is not known.
const twoGroups: FixtureCell[][] = [
  ["Uraian", "Anggaran", "Realisasi", "Anggaran", "Realisasi"],
  ["Belanja A", 1000000, 1500000, 2000000, 1800000], // B < C: "realisasi exceeds pagu" on the first pair
  ["Belanja B", 3000000, 2500000, 4000000, 3900000],
  ["Belanja C", 5000000, 4000000, 6000000, 5500000],
];

describe("several columns for one role", () => {
  test("taken by order: uncertain, not judged, one TABLE_DOUBT with the columns", () => {
    const { g, t } = read(twoGroups);
    expect(t.columns.anggaran).toBe(1); // still recognized as before ...
    expect(reasons(t)).toEqual(["candidates"]);
    expect(letters(uncertainColumns(t))).toEqual(["B", "C"]); // ... but a guess
    expect(isUncertainRole(t, "anggaran")).toBe(true);
    expect(certainTable(t).columns.anggaran).toBeUndefined();
    expect(certainTable(t).columns.uraian).toBe(0);
    expect(claims(g, t)).toEqual([]); // C2 > B2 is not claimed on a guessed pair
    const doubts = doubtFindings(t);
    expect(doubts).toHaveLength(1);
    expect(doubts[0]!.cell).toBe("A1");
    expect(doubts[0]!.items).toHaveLength(t.doubts.length);
    expect(doubts[0]!.items!.find((i) => i.uncertain)).toMatchObject({
      reason: "candidates",
      columns: ["B", "C", "D", "E"],
      taken: ["B", "C"],
    });
  });

  test("a Jumlah column over its parts is certain (taken from its header, and checked)", () => {
    const { g, t } = read([
      ["Uraian", "Pagu Operasi", "Pagu Modal", "Jumlah Pagu", "Realisasi"],
      ["Belanja A", 600000, 400000, 1000000, 1500000],
      ["Belanja B", 1000000, 1000000, 2000000, 1500000],
    ]);
    expect(t.columns.anggaran).toBe(3);
    expect(reasons(t)).toEqual([]);
    expect(t.doubtItems!.map((i) => i.reason)).toContain("total_label");
    // Realisasi 1.500.000 over a pagu of 1.000.000 (E2 > D2) is judged on the certain pair.
    expect(claims(g, t).some((c) => c.startsWith("E2 REALISASI_EXCEEDS_PAGU"))).toBe(true);
  });
});

// Ten rows where F = E / D (the second group), one of them mistyped.
function tenRows(wrongRow?: number): FixtureCell[][] {
  const rows: FixtureCell[][] = [["Uraian", "Anggaran", "Realisasi", "Anggaran", "Realisasi", "%"]];
  for (let i = 1; i <= 10; i++) {
    const p = 1000000 * i,
      r = 900000 * i - 10000 * i * (i % 3);
    const pct = Math.round((r / p) * 10000) / 100;
    rows.push([`Belanja ${i}`, 500000 * i, 100000 * i, p, r, i === wrongRow ? pct + 5 : pct]);
  }
  return rows;
}

test("validation's own doubt about a table joins the table's one TABLE_DOUBT", () => {
  const { t } = read(twoGroups);
  const own = {
    rule: "TABLE_DOUBT",
    severity: "info" as const,
    sheet: "S",
    cell: "A1",
    message: "susunan induk-anak tabel ini kemungkinan salah dibaca",
    expected: null,
    actual: null,
  };
  const other = { ...own, rule: "MISSING_VALUE", cell: "B3", message: "kosong" };
  const out = oneDoubtPerTable([t], [own, other]);
  expect(out.map((f) => `${f.cell} ${f.rule}`)).toEqual(["A1 TABLE_DOUBT", "B3 MISSING_VALUE"]);
  expect(out[0]!.items).toHaveLength(t.doubts.length + 1);
  expect(out[0]!.message).toContain("susunan induk-anak");
});

describe("a pair chosen from the figures", () => {
  test("the % fits the second pair in 9 of 10 rows: certain, and the tenth row is a real mistake", () => {
    const { g, t } = read(tenRows(4));
    expect([t.columns.anggaran, t.columns.realisasi_anggaran, t.columns.serapan]).toEqual([
      3, 4, 5,
    ]);
    expect(reasons(t)).toEqual([]);
    expect(t.doubtItems!.map((i) => i.reason)).toContain("data");
    expect(claims(g, t)).toEqual(["F5 SERAPAN_MISMATCH"]);
  });

  test("a fit in a few rows only: uncertain, nothing judged on the pair", () => {
    // Three rows; the % fits D / E in two (a majority, so the pair is still taken) but proves nothing.
    const { g, t } = read(tenRows(2).slice(0, 4));
    expect(t.columns.anggaran).toBe(3);
    expect(reasons(t)).toEqual(["few_rows"]);
    expect(claims(g, t)).toEqual([]);
    expect(t.doubts.join(" ")).toMatch(/hanya 2 dari 3 baris yang cocok; belum pasti/);
  });

  test("a fit in every one of too few rows is said as too few rows, not as a poor fit", () => {
    const { g, t } = read(tenRows().slice(0, 4));
    expect(reasons(t)).toEqual(["few_rows"]);
    expect(claims(g, t)).toEqual([]);
    expect(t.doubts.join(" ")).toMatch(/cocok pada 3 dari 3 baris, terlalu sedikit baris/);
  });
});

describe("a role from the header alone", () => {
  test("a typo read through ('Realisasl'): the realisasi is a guess, capaian not judged on it", () => {
    const { g, t } = read([
      ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasl", "Capaian (%)"],
      [1, "Indeks A", "indeks", 80, 90, 150],
      [2, "Indeks B", "indeks", 50, 50, 100],
    ]);
    expect(t.columns.realisasi).toBe(4);
    expect(reasons(t)).toEqual(["header_only"]);
    expect(claims(g, t)).toEqual([]); // F2 150 % against 90 / 80 is not claimed on a guessed realisasi
  });

  test("the same table with a clean header is judged", () => {
    const { g, t } = read([
      ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      [1, "Indeks A", "indeks", 80, 90, 150],
      [2, "Indeks B", "indeks", 50, 50, 100],
    ]);
    expect(reasons(t)).toEqual([]);
    expect(claims(g, t)).toEqual(["F2 CAPAIAN_MISMATCH"]);
  });
});

describe("kinerja columns chosen among several", () => {
  test("two Realisasi columns the capaian fits neither: the first is a guess, its capaian not judged", () => {
    const { g, t } = read([
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Realisasi", "Capaian (%)"],
      [1, "Indeks A", 80, 90, 70, 150],
      [2, "Indeks B", 50, 45, 60, 10],
      [3, "Indeks C", 40, 30, 20, 300],
    ]);
    expect(reasons(t)).toEqual(["candidates"]);
    expect(letters(uncertainColumns(t))).toEqual(["D"]);
    expect(t.doubts.join(" ")).toMatch(/kolom pertama; belum pasti/);
    expect(claims(g, t)).toEqual([]);
  });

  test("the capaian fits one pair in 9 of 10 rows: certain, and the wrong one is claimed", () => {
    const { g, t } = read([
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Realisasi", "Capaian (%)"],
      [1, "Indeks A", 80, 90, 70, 87.5],
      [2, "Indeks B", 50, 45, 60, 120],
      [3, "Indeks C", 40, 30, 20, 50],
      [4, "Indeks D", 10, 9, 8, 80],
      [5, "Indeks E", 20, 9, 10, 50],
      [6, "Indeks F", 20, 9, 15, 75],
      [7, "Indeks G", 50, 9, 25, 50],
      [8, "Indeks H", 40, 9, 30, 75],
      [9, "Indeks I", 10, 9, 12, 120],
      [10, "Indeks J", 20, 9, 10, 90],
    ]);
    expect(reasons(t)).toEqual([]);
    expect(t.columns.realisasi).toBe(4);
    expect(claims(g, t)).toEqual(["F11 CAPAIAN_MISMATCH"]);
  });
});

describe("years", () => {
  test("a year typed twice: the target of that year is a guess", () => {
    const { g, t } = read([
      ["No", "Indikator Kinerja", "Target 2023", "Target 2023", "Realisasi 2023", "Capaian 2023"],
      [1, "Indeks A", 80, 70, 90, 150],
      [2, "Indeks B", 50, 60, 50, 100],
    ]);
    expect(reasons(t)).toEqual(["year"]);
    expect(letters(uncertainColumns(t))).toEqual(["C"]);
    expect(claims(g, t)).toEqual([]);
  });

  test("a year out of order: that column is a guess, the others are judged", () => {
    const { g, t } = read([
      [
        "No",
        "Indikator Kinerja",
        "Target 2024",
        "Realisasi 2022",
        "Realisasi 2024",
        "Realisasi 2023",
        "Capaian 2024",
      ],
      [1, "Indeks A", 80, 70, 90, 75, 150],
      [2, "Indeks B", 50, 40, 50, 45, 100],
    ]);
    expect(reasons(t)).toEqual(["year"]);
    // 2024 then 2023: one of the two is mistyped, so both are guesses.
    expect(letters(uncertainColumns(t))).toEqual(["E", "F"]);
    expect(isUncertainRole(t, "realisasi@2024")).toBe(true);
    expect(isUncertainRole(t, "realisasi@2022")).toBe(false);
    expect(isUncertainRole(t, "target@2024")).toBe(false);
    expect(claims(g, t)).toEqual([]); // the capaian 2024 rests on E
  });
});

describe("hierarchy", () => {
  test("levels guessed from upper case: no sum judged", () => {
    const { g, t } = read([
      ["Uraian", "Anggaran", "Realisasi"],
      ["PENUNJANG URUSAN PEMERINTAHAN", 1000000, 900000],
      ["LAYANAN INFORMASI PUBLIK", 2000000, 1500000],
      ["Jumlah", 4000000, 2400000],
    ]);
    expect(hierarchyUncertain(t)).toBe(true);
    expect(claims(g, t).filter((c) => c.includes("SUBTOTAL"))).toEqual([]);
  });

  test("levels from kode: certain, a wrong program sum is judged", () => {
    const { g, t } = read([
      ["Kode", "Uraian", "Anggaran", "Realisasi"],
      ["2.16.01", "Program Penunjang", 3000000, 900000],
      ["2.16.01.2.01", "Kegiatan Perencanaan", 1000000, 400000],
      ["2.16.01.2.02", "Kegiatan Administrasi", 1500000, 500000],
    ]);
    expect(hierarchyUncertain(t)).toBe(false);
    expect(claims(g, t)).toContain("C2 SUBTOTAL_MISMATCH");
  });
});

describe("fill and compare", () => {
  test("fill withholds the serapan and sisa of a guessed pair and says why", () => {
    const { g, t } = read(twoGroups);
    const plan = planFill([g], [t], { mode: "values" });
    expect(plan.columns).toEqual([]);
    expect(plan.withheld.map((w) => w.kind).sort()).toEqual(["serapan", "sisa"]);
    expect(plan.withheld[0]!.reason).toMatch(/kolom B, C yang belum pasti/);
    expect(fillSummary(plan)).toMatch(
      /^Tidak ada yang diisi\. 2 kolom tidak diisi karena kolom yang dibacanya belum pasti/
    );
  });

  test("fill writes the same columns where the pair is certain", () => {
    const { g, t } = read([
      ["Uraian", "Anggaran", "Realisasi"],
      ["Belanja A", 1000000, 900000],
      ["Belanja B", 2000000, 1500000],
    ]);
    const plan = planFill([g], [t], { mode: "values" });
    expect(plan.withheld).toEqual([]);
    expect(plan.columns.map((c) => c.kind)).toEqual(["serapan", "sisa"]);
  });

  test("a predikat of a withheld capaian is withheld too", () => {
    const { g, t } = read([
      ["No", "Indikator Kinerja", "Target 2023", "Target 2023", "Realisasi 2023"],
      [1, "Indeks A", 80, 70, 90],
    ]);
    const plan = planFill([g], [t]);
    expect(plan.columns).toEqual([]);
    expect(plan.withheld.map((w) => w.kind)).toEqual(["capaian", "predikat"]);
    expect(plan.withheld[1]!.reason).toMatch(/juga tidak diisi/);
  });

  test("compare notes the guessed columns it left out", () => {
    const { g, t } = read(twoGroups);
    const plan = planCompare([g], [t]);
    expect(plan.notes.join(" ")).toMatch(/kolom B, C belum pasti dibaca/);
  });
});
