// Evaluasi Renja / RKPD forms (Permendagri 86/2017) and their look-alikes: K / Rp. pairs under period
// headers, and the numbered row under a header read as a legend of column formulas. Small hand-made grids,
// each for one class point; expected roles and mistakes from reading / recomputing the grid by hand.
import { parseLegendFormula, readLegend } from "../../../src/engine/recognize/legend";
import { pairRole, pairSide } from "../../../src/engine/recognize/kr-pairs";
import { findHeaderBlock } from "../../../src/engine/recognize/header";
import { SheetView } from "../../../src/engine/recognize/view";
import { columnLetter, recognize } from "../../../src/engine/recognize/index";
import type { RecognizedTable } from "../../../src/engine/types";
import { validate } from "../../../src/engine/validate/index";
import { gridFromSheet } from "../../fixtures/grid";
import type { FixtureCell } from "../../fixtures/spec";

const roles = (t: RecognizedTable): Record<string, string> =>
  Object.fromEntries(Object.entries(t.columns).map(([k, c]) => [k, columnLetter(c as number)]));
function analyse(rows: FixtureCell[][], merges: string[]) {
  const g = gridFromSheet({ name: "S", rows, merges });
  const { tables } = recognize(g);
  const claims = validate(g, tables)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.cell} ${f.rule}`);
  return { g, tables, claims };
}
const _ = null;

describe("legend formulas", () => {
  test.each([
    ["(7/6)", "ratio", [7, 6]],
    ["12/7*100", "ratio", [12, 7]],
    ["11/6 x100%", "ratio", [11, 6]],
    ["13/4 x 100%", "ratio", [13, 4]],
    ["(6)/(5)", "ratio", [6, 5]],
    ["5-6", "difference", [5, 6]],
    ["7+8+9+10", "sum", [7, 8, 9, 10]],
    [" 6 + 11", "sum", [6, 11]],
  ])("%s", (text, kind, numbers) => {
    expect(parseLegendFormula(text)).toEqual({ kind, numbers });
  });
  test.each(["", "Rp", "7 x 8", "(5/6)/2"])("%s states no relation", (text) => {
    expect(parseLegendFormula(text)).toBeNull();
  });

  test("numbers merged over K | Rp pairs stand for both; the formula holds for each side", () => {
    const rows: FixtureCell[][] = [
      ["No", "Indikator", "Target", _, "Realisasi", _, "Capaian (%)", _],
      [_, _, "K", "Rp", "K", "Rp", "K", "Rp"],
      ["1", "2", "3", _, "4", _, "5 = 4/3 x 100%", _],
    ];
    const merges = ["A1:A2", "B1:B2", "C1:D1", "E1:F1", "G1:H1", "C3:D3", "E3:F3", "G3:H3"];
    const v = new SheetView(gridFromSheet({ name: "S", rows, merges }));
    const legend = readLegend(v, findHeaderBlock(v, 0));
    expect(legend?.numbers.get(4)).toEqual([4, 5]);
    expect(legend?.relations.get(6)).toEqual({ kind: "ratio", args: [4, 2] }); // G = E / C
    expect(legend?.relations.get(7)).toEqual({ kind: "ratio", args: [5, 3] }); // H = F / D
  });
});

describe("K / Rp pairs", () => {
  test.each([
    ["Target Renja Tahun 2026", "K", "target"],
    ["Target Renja Tahun 2026", "Rp", "anggaran"],
    ["Realisasi Kinerja pada Triwulan I", "K", "realisasi"],
    ["Realisasi Kinerja pada Triwulan I", "Rp", "realisasi_anggaran"],
    ["Realisasi Capaian Kinerja dan Anggaran Renja yang dievaluasi", "K", "realisasi"],
    ["Tingkat Capaian Kinerja dan Realisasi Anggaran (%)", "K", "capaian"],
    ["Tingkat Capaian Kinerja dan Realisasi Anggaran (%)", "Rp", "serapan"],
    ["Target kinerja dan anggaran Renstra pada akhir periode", "K", "target_akhir"],
    ["Target kinerja dan anggaran Renstra pada akhir periode", "Rp", null],
  ] as const)("%s over %s", (group, side, role) => {
    expect(pairRole(group, side)).toBe(role);
  });
  test.each([
    ["K", "K"],
    ["Rp.", "Rp"],
    ["Rp", "Rp"],
    ["Kode", null],
    ["Realisasi", null],
  ])("%s is side %s", (text, side) => {
    expect(pairSide(text)).toBe(side);
  });
});

// An Evaluasi Renja form: Target Renstra akhir periode, Target Renja 2025, Realisasi per triwulan, the year's
// Realisasi and Tingkat Capaian, each over K | Rp; a responsible unit at the right.
const HEAD: FixtureCell[][] = [
  ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH TAHUN 2025"],
  [],
  [
    "No",
    "Program/Kegiatan",
    "Indikator Kinerja",
    "Satuan",
    "Target Renstra pada Akhir Periode (2029)",
    _,
    "Target Renja Tahun 2025",
    _,
    "Realisasi Kinerja pada Triwulan",
    _,
    _,
    _,
    "Realisasi Kinerja dan Anggaran Renja yang Dievaluasi",
    _,
    "Tingkat Capaian Kinerja dan Realisasi Anggaran (%)",
    _,
    "Unit Kerja Penanggung Jawab",
  ],
  [_, _, _, _, _, _, _, _, "I", _, "II"],
  [_, _, _, _, "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp"],
];
const HEAD_MERGES = [
  "A3:A5",
  "B3:B5",
  "C3:C5",
  "D3:D5",
  "E3:F4",
  "G3:H4",
  "I3:L3",
  "I4:J4",
  "K4:L4",
  "M3:N4",
  "O3:P4",
  "Q3:Q5",
];
const LEGEND: FixtureCell[] = [
  "1",
  "2",
  "3",
  "4",
  "5",
  _,
  "6",
  _,
  "7",
  _,
  "8",
  _,
  "9 = 7+8",
  _,
  "10 = 9/6 x 100%",
  _,
  "11",
];
const LEGEND_MERGES = ["E6:F6", "G6:H6", "I6:J6", "K6:L6", "M6:N6", "O6:P6"];
// Capaian = M / G x 100, serapan = N / H x 100 (by hand). Row 3: serapan typed 0 where 5.000.000 of
// 10.000.000 was spent (50 %), the one mistake. Row 4: target 0 and nothing realised: nothing to judge.
const DATA: FixtureCell[][] = [
  [
    1,
    "Program A",
    "Persentase dokumen tepat waktu",
    "persen",
    100,
    500000000,
    90,
    100000000,
    40,
    20000000,
    40,
    30000000,
    80,
    50000000,
    88.89,
    50,
    "Sekretariat",
  ],
  [
    2,
    "Kegiatan B",
    "Jumlah laporan kinerja",
    "laporan",
    12,
    60000000,
    4,
    12000000,
    1,
    3000000,
    1,
    3000000,
    2,
    6000000,
    50,
    50,
    "Sekretariat",
  ],
  [
    3,
    "Kegiatan C",
    "Jumlah dokumen perencanaan",
    "dokumen",
    8,
    40000000,
    2,
    10000000,
    1,
    2500000,
    0,
    2500000,
    1,
    5000000,
    50,
    0,
    "Sekretariat",
  ],
  [
    4,
    "Kegiatan D",
    "Jumlah kegiatan sosialisasi",
    "kegiatan",
    4,
    8000000,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    "Sekretariat",
  ],
];

describe("Evaluasi Renja form", () => {
  test("K / Rp pairs with a legend: the year's pair, target_akhir, no PK, the one serapan mistake", () => {
    const { tables, claims } = analyse(
      [...HEAD, LEGEND, ...DATA],
      [...HEAD_MERGES, ...LEGEND_MERGES]
    );
    expect(tables).toHaveLength(1);
    const t = tables[0];
    expect(t.kind).not.toBe("pk");
    expect(t.headerRows.map((r) => r + 1)).toEqual([3, 4, 5, 6]);
    expect(roles(t)).toMatchObject({
      indikator: "C",
      satuan: "D",
      target_akhir: "E",
      target: "G",
      anggaran: "H",
      realisasi: "M",
      realisasi_anggaran: "N",
      capaian: "O",
      serapan: "P",
    });
    // The Rp of the Renstra end target and the responsible unit take no role.
    expect(Object.values(roles(t))).not.toContain("F");
    expect(Object.values(roles(t))).not.toContain("Q");
    expect(claims).toEqual(["P9 SERAPAN_MISMATCH"]);
  });

  test("no legend: the pair the capaian is the ratio of in most rows, not a triwulan", () => {
    const { tables, claims } = analyse([...HEAD, ...DATA], HEAD_MERGES);
    expect(roles(tables[0])).toMatchObject({
      target: "G",
      realisasi: "M",
      realisasi_anggaran: "N",
      capaian: "O",
      serapan: "P",
    });
    expect(tables[0].doubts.join(" ")).toMatch(/I, K, M.*"realisasi".*kolom M/);
    // Without the legend, % = realisasi / pagu in 2 of 3 rows is too thin to judge the third: said, not claimed.
    expect(tables[0].doubts.join(" ")).toMatch(/hanya 2 dari 3 baris yang cocok; belum pasti/);
    expect(claims).toEqual([]);
  });

  test("a form still to fill (no capaian figures, no legend): the year's total, not a triwulan part", () => {
    const blank = DATA.map((r) => r.map((c, i) => (i >= 12 && i <= 15 ? _ : c)));
    // The total's header before its parts would make "first" right by chance: put the triwulan first (as here).
    const { tables } = analyse([...HEAD, ...blank], HEAD_MERGES);
    expect(roles(tables[0])).toMatchObject({ realisasi: "M", capaian: "O" });
    expect(tables[0].doubts.join(" ")).toMatch(/triwulan/);
  });
});

describe("legend formulas choose the column in any table kind", () => {
  test("a PK-like table: the capaian is (6)/(4), so Realisasi is F, not the earlier E", () => {
    const rows: FixtureCell[][] = [
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Target",
        "Realisasi Tahun Lalu",
        "Realisasi",
        "Capaian (%)",
      ],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7) = (6)/(4)"],
      [1, "Indeks kepuasan layanan", "indeks", 80, 70, 82, _],
      [2, "Persentase pegawai terlatih", "persen", 60, 50, 45, _],
    ];
    const { tables, claims } = analyse(rows, []);
    expect(roles(tables[0])).toMatchObject({ target: "D", realisasi: "F", capaian: "G" });
    expect(claims).toEqual([]);
  });

  test("the same PK-like table without the legend: the first realisasi, said in a doubt", () => {
    const rows: FixtureCell[][] = [
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Target",
        "Realisasi Tahun Lalu",
        "Realisasi",
        "Capaian (%)",
      ],
      [1, "Indeks kepuasan layanan", "indeks", 80, 70, 82, _],
      [2, "Persentase pegawai terlatih", "persen", 60, 50, 45, _],
    ];
    const { tables } = analyse(rows, []);
    expect(roles(tables[0]).realisasi).toBe("E");
    expect(tables[0].doubts.join(" ")).toMatch(/E, F.*"realisasi"/);
  });

  test("a budget table to fill: % is 5/3 and Sisa 3-5, so Realisasi is E, not the month before", () => {
    const rows: FixtureCell[][] = [
      [
        "Kode",
        "Uraian",
        "Pagu Anggaran",
        "Realisasi s.d. Bulan Lalu",
        "Realisasi",
        "%",
        "Sisa Anggaran",
      ],
      ["1", "2", "3", "4", "5", "6 = 5/3", "7 = 3-5"],
      ["5.1.01", "Belanja Pegawai", 1000000, 300000, 450000, _, _],
      ["5.1.02", "Belanja Barang dan Jasa", 2000000, 500000, 900000, _, _],
    ];
    const { tables, claims } = analyse(rows, []);
    expect(roles(tables[0])).toMatchObject({
      anggaran: "C",
      realisasi_anggaran: "E",
      serapan: "F",
      sisa: "G",
    });
    expect(claims).toEqual([]);
  });
});

describe("a header merged over the unit and its figure", () => {
  test("K merged over two columns: the unit column becomes satuan, the figures the target_akhir", () => {
    const rows: FixtureCell[][] = [
      [
        "No",
        "Indikator Kinerja",
        "Target Renstra pada Tahun 2029 (Akhir Periode)",
        _,
        _,
        "Target Renja Tahun 2026",
        _,
        "Realisasi Renja Tahun 2026",
        _,
        "Tingkat Capaian (%)",
        _,
      ],
      [_, _, "K", _, "Rp", "K", "Rp", "K", "Rp", "K", "Rp"],
      [1, "Persentase ASN kompeten", "persen", 90, 1000000, 80, 500000, 60, 250000, 75, 50],
      [2, "Indeks kematangan organisasi", "poin", 48, 2000000, 47, 800000, 47, 400000, 100, 50],
    ];
    const merges = ["A1:A2", "B1:B2", "C1:E1", "C2:D2", "F1:G1", "H1:I1", "J1:K1"];
    const { tables, claims } = analyse(rows, merges);
    expect(roles(tables[0])).toMatchObject({
      satuan: "C",
      target_akhir: "D",
      target: "F",
      anggaran: "G",
      realisasi: "H",
      realisasi_anggaran: "I",
      capaian: "J",
      serapan: "K",
    });
    expect(Object.values(roles(tables[0]))).not.toContain("E");
    expect(claims).toEqual([]);
  });
});

describe("legend formulas as evidence for roles", () => {
  const rows = (legend: boolean): FixtureCell[][] => [
    [
      "No",
      "Indikator Kinerja",
      "Target",
      "Realisasi",
      "Capaian (%)",
      "Pagu Anggaran",
      "Realisasi Anggaran",
      "Capaian (%)",
    ],
    ...(legend ? [["1", "2", "3", "4", "5 = 4/3", "6", "7", "8 = 7/6"] as FixtureCell[]] : []),
    [1, "Persentase layanan tepat waktu", 80, 60, 75, 1000000, 400000, 40],
    [2, "Jumlah dokumen perencanaan", 10, 10, 100, 2000000, 500000, 30],
    [3, "Indeks kepuasan masyarakat", 50, 45, 90, 4000000, 3000000, 75],
  ];

  test("a second 'Capaian (%)' stated as 7/6 (realisasi anggaran / pagu) is the serapan, and is checked", () => {
    const { tables, claims } = analyse(rows(true), []);
    expect(roles(tables[0])).toMatchObject({
      target: "C",
      realisasi: "D",
      capaian: "E",
      anggaran: "F",
      realisasi_anggaran: "G",
      serapan: "H",
    });
    // Row 2 (sheet row 4): 500.000 / 2.000.000 = 25 %, 30 % typed.
    expect(claims).toEqual(["H4 SERAPAN_MISMATCH"]);
  });

  test("without the legend the header alone cannot tell: H is not read as serapan", () => {
    const { tables } = analyse(rows(false), []);
    expect(roles(tables[0]).serapan).toBeUndefined();
  });
});

describe("the total over its triwulan parts", () => {
  test("a legend sum '8 = 4+5+6+7' names the year's realisasi even under an 's.d.' header", () => {
    const rows: FixtureCell[][] = [
      [
        "No",
        "Indikator Kinerja",
        "Target",
        "Realisasi Triwulan I",
        "Realisasi Triwulan II",
        "Realisasi Triwulan III",
        "Realisasi Triwulan IV",
        "Realisasi s.d. Triwulan IV",
        "Capaian (%)",
      ],
      ["1", "2", "3", "4", "5", "6", "7", "8 = 4+5+6+7", "9"],
      [1, "Jumlah dokumen perencanaan", 8, 2, 2, 2, 1, 7, _],
      [2, "Jumlah laporan kinerja", 4, 1, 1, 1, 1, 4, _],
    ];
    const { tables, claims } = analyse(rows, []);
    expect(roles(tables[0])).toMatchObject({ target: "C", realisasi: "H", capaian: "I" });
    expect(claims).toEqual([]);
  });

  test("Kinerja | Keuangan sides read as K | Rp", () => {
    expect(pairSide("Keuangan")).toBe("Rp");
    expect(pairRole("Realisasi Triwulan II", "Rp")).toBe("realisasi_anggaran");
  });
});

describe("a Renja form in the middle of the year: nothing realised is not a mistake", () => {
  const rows: FixtureCell[][] = [
    ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
    [1, "Jumlah dokumen perencanaan", "dokumen", 4, 2, 50],
    // Not planned this year: target 0, nothing realised, 0 % written.
    [2, "Jumlah kendaraan dinas yang diadakan", "unit", 0, 0, 0],
    // A continuation row with no indicator name and no target.
    [_, _, _, _, 0, 0],
    // Lower is better by its name, nothing realised yet: 0 % is the report's own reading.
    [3, "Persentase ASN yang terkena kasus disiplin", "persen", 2, 0, 0],
  ];
  test("no TARGET_ZERO, MISSING_VALUE nor POLARITY_SUSPECT", () => {
    const { tables, claims } = analyse(rows, []);
    expect(roles(tables[0])).toMatchObject({ target: "D", realisasi: "E", capaian: "F" });
    expect(claims).toEqual([]);
  });
  test("a target 0 with something realised is still said", () => {
    const r = rows.map((x) => [...x]);
    r[2][4] = 1;
    expect(analyse(r, []).claims).toEqual(["D3 TARGET_ZERO"]);
  });
});

describe("a Renstra plan with K | Rp per year stays a plan", () => {
  test("Target Kinerja dan Kerangka Pendanaan over 2022..2024, each K | Rp: targets by year, no budget", () => {
    const rows: FixtureCell[][] = [
      [
        "No",
        "Indikator Kinerja",
        "Kondisi Awal",
        _,
        "Target Kinerja Program dan Kerangka Pendanaan",
        _,
        _,
        _,
        _,
        _,
      ],
      [_, _, _, _, "Tahun 2022", _, "Tahun 2023", _, "Tahun 2024", _],
      [_, _, "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp"],
      [1, "Indeks kepuasan", 70, 1000000, 72, 1100000, 74, 1200000, 76, 1300000],
      [2, "Persentase layanan", 60, 2000000, 65, 2100000, 70, 2200000, 75, 2300000],
    ];
    const merges = ["A1:A3", "B1:B3", "C1:D2", "E1:J1", "E2:F2", "G2:H2", "I2:J2"];
    const { tables, claims } = analyse(rows, merges);
    expect(tables[0].kind).toBe("renstra");
    expect(roles(tables[0])).toEqual({
      no: "A",
      indikator: "B",
      "target@2022": "E",
      "target@2023": "G",
      "target@2024": "I",
    });
    expect(claims).toEqual([]);
  });
});
