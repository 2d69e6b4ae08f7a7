// Rounding awareness: a capaian is right when the recomputed value rounds to what is printed, in any
// way users write it (0, 1, 2 decimals; fractions formatted as %; points; "91,43%" text; dot decimals).
import type { FixtureCell } from "../../fixtures/spec";
import { pkSheet, validateSheet, where } from "./helpers";

// 74,52 / 73 = 102,0822%  ->  102%, 102,1%, 102,08%.
const styles: [string, FixtureCell][] = [
  ["fraction formatted 0%", { v: 1.02, fmt: "0%" }],
  ["fraction formatted 0.0%", { v: 1.021, fmt: "0.0%" }],
  ["fraction formatted 0.00%", { v: 1.0208, fmt: "0.00%" }],
  ["full-precision fraction formatted 0%", { v: 74.52 / 73, fmt: "0%" }],
  ["points, whole", 102],
  ["points, 1 decimal formatted 0.0", { v: 102.1, fmt: "0.0" }],
  ["points, 2 decimals", 102.08],
  ['text "102%"', "102%"],
  ['text "102,1%"', "102,1%"],
  ['text "102,08%"', "102,08%"],
  ['text with a dot decimal "102.08%"', "102.08%"],
  ['text "102,08" without %', "102,08"],
];

describe("clean tables in every rounding style give no finding", () => {
  test.each(styles)("%s", (_name, cell) => {
    const r = validateSheet(
      pkSheet([
        [1, "Indeks Profesionalitas ASN", 73, "74,52*", cell],
        [2, "Persentase kondisi jalan baik", 94, 90, "96%"],
      ])
    );
    expect(r.findings).toEqual([]);
  });

  test('Diskominfo serapan "91,43%" text and 0.9143 formatted 0.00% both fit 8.664.222.212 / 9.475.869.588', () => {
    for (const serapan of ["91,43%", { v: 0.9143, fmt: "0.00%" }] as FixtureCell[]) {
      const r = validateSheet({
        name: "A",
        rows: [
          ["Uraian", "Pagu", "Realisasi", "%"],
          ["TOTAL", 9475869588, 8664222212, serapan],
        ],
        expected: [
          {
            range: "A1:D2",
            kind: "anggaran",
            headerRows: [1],
            columns: { uraian: "A", anggaran: "B", realisasi_anggaran: "C", serapan: "D" },
            rows: [{ row: 2, kind: "data" }],
          },
        ],
      });
      expect(r.findings).toEqual([]);
    }
  });
});

// 3,12 / 2,98 = 104,698%: 106% is wrong in every style; so are 104,9% and 104,80% at their precision.
const wrong: [string, FixtureCell, number][] = [
  ["fraction formatted 0%", { v: 1.06, fmt: "0%" }, 106],
  ["points, whole", 106, 106],
  ['text "106%"', "106%", 106],
  ['text "105,3%" (one decimal)', "105,3%", 105.3],
  ['text "105,25%" (two decimals)', "105,25%", 105.25],
];

describe("wrong figures are found in every style", () => {
  test.each(wrong)("%s", (_name, cell, actual) => {
    const r = validateSheet(pkSheet([[1, "Indeks Nilai SPBE", "2,98", "3,12", cell]]));
    expect(where(r)).toEqual(["CAPAIAN_MISMATCH@E2"]);
    expect(r.findings[0].actual).toBeCloseTo(actual, 6);
    expect(r.findings[0].expected).toBeCloseTo(104.698, 3);
  });
});

describe("tolerance", () => {
  test("0 tolerance still accepts pure rounding (102 for 102,08) but not 103", () => {
    expect(
      validateSheet(pkSheet([[1, "IP ASN", 73, "74,52", "102%"]]), { tolerance: 0 }).findings
    ).toEqual([]);
    expect(
      where(validateSheet(pkSheet([[1, "IP ASN", 73, "74,52", "103%"]]), { tolerance: 0 }))
    ).toEqual(["CAPAIAN_MISMATCH@E2"]);
  });
  test("the default 0,5 point accepts a truncated 104% for 104,70 but not 106%", () => {
    expect(
      validateSheet(pkSheet([[1, "Indeks Nilai SPBE", "2,98", "3,12", "104%"]])).findings
    ).toEqual([]);
  });
  test("a wider tolerance of 2 points accepts 106%", () => {
    expect(
      validateSheet(pkSheet([[1, "Indeks Nilai SPBE", "2,98", "3,12", "106%"]]), { tolerance: 2 })
        .findings
    ).toEqual([]);
  });
});

describe("target and realisasi on one scale", () => {
  test("a target typed 80 (points) against a realisasi 91,00% is 113,75%", () => {
    expect(validateSheet(pkSheet([[1, "Persentase X", 80, "91,00%", "113,75%"]])).findings).toEqual(
      []
    );
  });
  test("15% against 12% (both typed with %) is 80%", () => {
    expect(
      validateSheet(
        pkSheet([
          [1, "Persentase OPD yang menggunakan tanda tangan elektronik", "15%", "12%", "80%"],
        ])
      ).findings
    ).toEqual([]);
  });
});
