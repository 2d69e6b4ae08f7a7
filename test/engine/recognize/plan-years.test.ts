// Plan years: "Target Kinerja Tahun ke- 1..5" mapped to calendar years when the table states its period
// (in its title rows, its own header or the sheet name), kept without a year (and said) otherwise;
// "Target capaian setiap tahun" over year sub-headers; Kondisi Awal a baseline, never a year's realisasi.
import { recognize } from "../../../src/engine/recognize/index";
import { periodsIn, planYears } from "../../../src/engine/recognize/period";
import type { RecognizedTable } from "../../../src/engine/types";
import { gridFromSheet } from "../../fixtures/grid";
import type { FixtureCell } from "../../fixtures/spec";

const only = (name: string, rows: FixtureCell[][], merges: string[]): RecognizedTable => {
  const r = recognize(gridFromSheet({ name, rows, merges }));
  expect(r.tables).toHaveLength(1);
  return r.tables[0];
};
// Header "No | Indikator | Kondisi Awal | Target Kinerja Tahun ke- (1..5) | Kondisi Akhir", from row `top`.
const renstra = (
  top: number,
  title: FixtureCell[][] = [],
  baseline: FixtureCell = "Kondisi Awal"
) => {
  const pad: FixtureCell[][] = Array.from({ length: top - title.length }, () => []);
  const rows: FixtureCell[][] = [
    ...title,
    ...pad,
    [
      "No",
      "Indikator Sasaran",
      baseline,
      "Target Kinerja Tahun ke-",
      null,
      null,
      null,
      null,
      "Kondisi Akhir",
    ],
    [null, null, null, 1, 2, 3, 4, 5, null],
    [1, "Indeks Kepuasan Masyarakat", 78.1, 79, 80, 81, 82, 83, 83],
    [2, "Persentase jalan mantap", 60.5, 62, 64, 66, 68, 70, 70],
  ];
  const h = top + 1;
  const merges = [
    `A${h}:A${h + 1}`,
    `B${h}:B${h + 1}`,
    `C${h}:C${h + 1}`,
    `D${h}:H${h}`,
    `I${h}:I${h + 1}`,
  ];
  return { rows, merges };
};

describe("periods written in text", () => {
  test.each([
    ["RENCANA STRATEGIS DINAS X PERIODE 2021-2026", [[2021, 2026]]],
    ["Periode 2021 - 2026", [[2021, 2026]]],
    ["Tahun 2022 s/d 2026", [[2022, 2026]]],
    ["Tahun 2022 s.d. 2026", [[2022, 2026]]],
    ["2021 sampai dengan 2026", [[2021, 2026]]],
    ["Tahun 2024", []],
    ["2026-2021", []],
    ["1990-2026", []], // too long for a plan
  ])("%s", (text, expected) => {
    expect(periodsIn(text)).toEqual(expected);
  });

  test("ranks over a span: six ranks start at the first year, five end at the last (said)", () => {
    const p = { first: 2021, last: 2026, where: "A1" };
    expect([...(planYears([1, 2, 3, 4, 5, 6], p)?.yearOf.values() ?? [])]).toEqual([
      2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    const five = planYears([1, 2, 3, 4, 5], p);
    expect([...(five?.yearOf.values() ?? [])]).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(five?.doubt).toMatch(/2022 sampai 2026/);
    expect(planYears([1, 2, 3, 4, 5], p, 2021)?.doubt).toBeUndefined(); // Kondisi Awal 2021 says it
    expect(planYears([1, 2, 3], p)).toBeNull(); // three ranks fit no reading of a six-year span
  });
});

describe("Target Kinerja Tahun ke-N", () => {
  test("period in the title above: ke-1..5 read as 2022..2026 over Renstra 2021-2026, with a doubt saying so", () => {
    const { rows, merges } = renstra(3, [
      ["RENCANA STRATEGIS DINAS PERHUBUNGAN PERIODE 2021-2026"],
      ["Tabel 4.1 Target kinerja"],
    ]);
    const t = only("Renstra", rows, merges);
    expect(t.kind).toBe("renstra");
    expect(t.columns).toMatchObject({
      indikator: 1,
      "target@2022": 3,
      "target@2023": 4,
      "target@2026": 7,
      target_akhir: 8,
    });
    expect(t.columns.realisasi).toBeUndefined();
    expect(t.year).toBeUndefined();
    expect(t.doubts.find((d) => /tahun ke-/.test(d))).toMatch(
      /^"Renstra"!D5: tahun ke-1 sampai ke-5 dibaca sebagai 2022 sampai 2026 .*"Renstra"!A1/
    );
  });

  test("Kondisi Awal 2021 settles it: no doubt about the years, the baseline is not a realisasi", () => {
    const { rows, merges } = renstra(2, [["Periode 2021 - 2026"]], "Kondisi Awal 2021");
    const t = only("IKU", rows, merges);
    expect(t.columns).toMatchObject({ "target@2022": 3, "target@2026": 7 });
    expect(t.columns.realisasi).toBeUndefined();
    expect(t.year).toBeUndefined();
    expect(t.doubts.join(" ")).not.toMatch(/tahun ke-/);
  });

  test("period in the sheet name", () => {
    const { rows, merges } = renstra(0);
    const t = only("Renstra 2022-2026", rows, merges);
    expect(t.columns).toMatchObject({ "target@2022": 3, "target@2026": 7 });
    expect(t.doubts.join(" ")).not.toMatch(/tahun ke-/);
  });

  test("period in the header itself ('Target Kinerja Periode 2022-2026 Tahun ke-')", () => {
    const { rows, merges } = renstra(0);
    rows[0][3] = "Target Kinerja Periode 2022-2026 Tahun ke-";
    const t = only("Tabel", rows, merges);
    expect(t.columns).toMatchObject({ "target@2022": 3, "target@2024": 5, "target@2026": 7 });
  });

  test("no period stated: no years, one doubt saying the period is missing", () => {
    const { rows, merges } = renstra(1, [["TARGET KINERJA DINAS"]]);
    const t = only("Tabel", rows, merges);
    expect(Object.keys(t.columns).filter((k) => k.startsWith("target"))).toEqual(["target_akhir"]);
    const doubt = t.doubts.find((d) => /tahun ke-/.test(d));
    expect(doubt).toMatch(/periode rencana .* tidak tertulis/);
  });

  test("two different periods above the table: not guessed between", () => {
    const { rows, merges } = renstra(1, [["RPJMD 2019-2024", null, "Renstra 2021-2026"]]);
    const t = only("Tabel", rows, merges);
    expect(Object.keys(t.columns).some((k) => k.startsWith("target@"))).toBe(false);
    expect(t.doubts.join(" ")).toMatch(/tahun ke-/);
  });

  test("a period the ranks do not fit is named in the doubt", () => {
    const { rows, merges } = renstra(1, [["Renstra 2019-2026"]]);
    const t = only("Tabel", rows, merges);
    expect(Object.keys(t.columns).some((k) => k.startsWith("target@"))).toBe(false);
    expect(t.doubts.join(" ")).toMatch(/tidak cocok dengan periode 2019-2026/);
  });
});

describe("realisasi by 'tahun ke-' (Evaluasi Renstra form)", () => {
  const rows: FixtureCell[][] = [
    ["EVALUASI RENSTRA PERIODE 2024-2026"],
    [
      "No",
      "Indikator Kinerja",
      "Target Kinerja pada Tahun ke-",
      null,
      null,
      "Realisasi Kinerja pada Tahun ke-",
      null,
      null,
    ],
    [null, null, 1, 2, 3, 1, 2, 3],
    [1, "Indeks A", 70, 72, 74, 71, 73, null],
  ];
  const merges = ["A2:A3", "B2:B3", "C2:E2", "F2:H2"];

  test("with the period stated: target and realisasi per calendar year", () => {
    const t = only("Evaluasi", rows, merges);
    expect(t.columns).toMatchObject({
      "target@2024": 2,
      "target@2026": 4,
      "realisasi@2024": 5,
      "realisasi@2026": 7,
    });
  });

  test("without it: no years, the realisasi columns still read as realisasi, one doubt", () => {
    const t = only("Evaluasi", rows.slice(1), ["A1:A2", "B1:B2", "C1:E1", "F1:H1"]);
    expect(Object.keys(t.columns).some((k) => k.includes("@"))).toBe(false);
    expect(t.columns.realisasi).toBe(5);
    expect(t.doubts.filter((d) => /tahun ke-/.test(d))).toHaveLength(1);
  });
});

describe("years under a merged target header", () => {
  test("'Target capaian setiap tahun' over 2021..2026 is one target per year, not capaian", () => {
    const rows: FixtureCell[][] = [
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Kondisi Awal 2020",
        "Target capaian setiap tahun",
        null,
        null,
        null,
        null,
        null,
      ],
      [null, null, null, null, 2021, 2022, 2023, 2024, 2025, 2026],
      [1, "Indeks Pembangunan Manusia", "poin", 70.1, 70.5, 71, 71.5, 72, 72.5, 73],
    ];
    const merges = ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:J1"];
    const t = only("Tabel", rows, merges);
    expect(t.kind).toBe("renstra");
    expect(t.columns).toMatchObject({ "target@2021": 4, "target@2026": 9 });
    expect(Object.keys(t.columns).some((k) => k.startsWith("capaian"))).toBe(false);
    expect(t.columns.realisasi).toBeUndefined();
  });
});
