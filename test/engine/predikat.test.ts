// Rating scales of docs/DOMAIN.md §4 and the percent-scale rule documented in src/engine/predikat.ts.
import { SakipError, predikat, skala, bandsDariRentang, batasBawah } from "../../src/engine/index";

function kode(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof SakipError) return e.code;
    throw e;
  }
  return "no error";
}

describe("Permendagri 86/2017 (default), gap-free thresholds", () => {
  test.each<[number, string]>([
    [0.91, "Sangat Tinggi"],
    [0.9099, "Tinggi"], // the printed scale's gap (90,5%) falls in Tinggi
    [0.905, "Tinggi"],
    [0.76, "Tinggi"],
    [0.7599, "Sedang"],
    [0.755, "Sedang"],
    [0.66, "Sedang"],
    [0.655, "Rendah"],
    [0.51, "Rendah"],
    [0.505, "Sangat Rendah"],
    [0, "Sangat Rendah"],
    [-0.3, "Sangat Rendah"],
    [1, "Sangat Tinggi"],
    [1.12, "Sangat Tinggi"], // above 100% stays Sangat Tinggi
    [2, "Sangat Tinggi"],
  ])("%d -> %s", (v, label) => {
    expect(predikat(v)).toBe(label);
    expect(predikat(v, "permendagri86")).toBe(label);
  });

  test("seed capaian as printed (percent text) and as points", () => {
    expect(predikat("102%")).toBe("Sangat Tinggi");
    expect(predikat("79%")).toBe("Tinggi");
    expect(predikat("99,69%")).toBe("Sangat Tinggi");
    expect(predikat("40,86%")).toBe("Sangat Rendah"); // serapan PROGRAM PERSANDIAN
    expect(predikat("62%")).toBe("Rendah"); // serapan total pemkot
    expect(predikat(79)).toBe("Tinggi"); // points: a bare number above 2
    expect(predikat(91.43)).toBe(predikat(0.9143));
    expect(predikat("91,43")).toBe("Sangat Tinggi");
  });

  test("values computed with binary noise still meet the threshold", () => {
    expect(predikat(76 / 100)).toBe("Tinggi");
    expect(predikat(0.1 * 7.6)).toBe("Tinggi"); // 0.7600000000000001 or 0.7599999999999999
    expect(predikat(91 / 100)).toBe("Sangat Tinggi");
  });
});

describe("AKIP / Indeks RB (lower bounds exclusive)", () => {
  test.each<[number, string]>([
    [30, "D"],
    [30.01, "C"],
    [50, "C"],
    [50.5, "CC"],
    [60, "CC"],
    [60.01, "B"],
    [70, "B"],
    [70.5, "BB"],
    [80, "BB"],
    [80.01, "A"],
    [90, "A"],
    [90.01, "AA"],
    [100, "AA"],
    [-15, "D"],
    [105, "AA"],
  ])("%d -> %s", (v, label) => {
    expect(predikat(v, "akip")).toBe(label);
  });

  test("a score typed with % is read as points", () => {
    expect(predikat("65%", "akip")).toBe("B");
  });

  test("the scale grades a 0-100 score: a capaian fraction is put on it first (100% is 100, AA, not D)", () => {
    expect(skala("akip").grades).toBe("skor100");
    expect(predikat(1, "akip")).toBe("AA");
    expect(predikat(0.65, "akip")).toBe("B");
    expect(predikat(1.12, "akip")).toBe("AA");
    expect(predikat(0, "akip")).toBe("D");
    // Above BATAS_FRAKSI the number is the score itself.
    expect(predikat(65, "akip")).toBe("B");
  });
});

describe("SPBE index", () => {
  test.each<[number, string]>([
    [3.12, "Baik"], // Kota Binjai 2024
    [2.98, "Baik"], // 2023
    [3.79, "Sangat Baik"], // Tebing Tinggi
    [4.2, "Memuaskan"],
    [4.19, "Sangat Baik"],
    [3.5, "Sangat Baik"],
    [2.6, "Baik"],
    [2.59, "Cukup"],
    [1.8, "Cukup"],
    [1.79, "Kurang"],
    [0, "Kurang"],
    [5, "Memuaskan"],
  ])("%d -> %s", (v, label) => {
    expect(predikat(v, "SPBE")).toBe(label);
  });
});

describe("the user's own bands", () => {
  const poin: [number, string][] = [
    [0, "Kurang"],
    [51, "Cukup"],
    [76, "Baik"],
    [91, "Sangat Baik"],
  ];
  const fraksi: [number, string][] = [
    [0.91, "Sangat Baik"],
    [0.76, "Baik"],
    [0.51, "Cukup"],
    [0, "Kurang"],
  ];

  test("bands in any order, inclusive lower bounds", () => {
    expect(predikat(91, poin)).toBe("Sangat Baik");
    expect(predikat(90.99, poin)).toBe("Baik");
    expect(predikat(51, poin)).toBe("Cukup");
    expect(predikat(0.91, fraksi)).toBe("Sangat Baik");
    expect(predikat(0.5, fraksi)).toBe("Kurang");
  });

  test("a capaian as a fraction meets bands in points, and the other way round", () => {
    expect(predikat(0.9143, poin)).toBe("Sangat Baik");
    expect(predikat("80%", poin)).toBe("Baik");
    expect(predikat(80, fraksi)).toBe("Baik");
  });

  test("below the lowest bound is the lowest band (defined for every number)", () => {
    expect(predikat(-10, poin)).toBe("Kurang");
  });

  test("an index-like scale takes the number as it is", () => {
    const indeks: [number, string][] = [
      [1, "Rendah"],
      [3, "Sedang"],
      [4, "Tinggi"],
    ];
    expect(predikat(1.5, indeks)).toBe("Rendah");
    expect(predikat(3.2, indeks)).toBe("Sedang");
  });

  test("a two-column range, with a header row and either column order", () => {
    expect(
      bandsDariRentang([
        ["Batas", "Predikat"],
        [0, "Kurang"],
        ["51%", "Cukup"],
        ["", ""],
        ["Baik", 0.76],
      ])
    ).toEqual([
      [0, "Kurang"],
      [0.51, "Cukup"],
      [0.76, "Baik"],
    ]);
    expect(kode(() => bandsDariRentang([[0, "Kurang", "x"]]))).toBe("invalidValue");
    expect(
      kode(() =>
        bandsDariRentang([
          [0, "Kurang"],
          ["a", "b"],
        ])
      )
    ).toBe("invalidValue");
  });

  test("empty or broken band lists are refused", () => {
    expect(kode(() => predikat(1, []))).toBe("invalidValue");
    expect(kode(() => predikat(1, [[Number.NaN, "x"]]))).toBe("invalidValue");
    expect(kode(() => predikat(1, [[0, " "]]))).toBe("invalidValue");
  });
});

describe("scale names and errors", () => {
  test("names are read loosely", () => {
    expect(skala("Permendagri 86/2017").name).toBe("permendagri86");
    expect(skala("").name).toBe("permendagri86");
    expect(skala(null).name).toBe("permendagri86");
    expect(skala("AKIP").name).toBe("akip");
    expect(skala("Indeks RB").name).toBe("akip");
    expect(skala("spbe").name).toBe("spbe");
  });

  test("unknown scale, blank and text values", () => {
    expect(kode(() => predikat(0.9, "bintang"))).toBe("invalidValue");
    expect(() => predikat(0.9, "bintang")).toThrow(/Skala "bintang" tidak dikenal/);
    expect(kode(() => predikat("-"))).toBe("notAvailable");
    expect(kode(() => predikat(""))).toBe("notAvailable");
    expect(kode(() => predikat("tinggi"))).toBe("invalidNumber");
  });
});

describe("a scale range as printed in the reports", () => {
  test("diskominfo Tabel 3.1, No. | Interval | Kriteria, pasted from the PDF", () => {
    const tabel31 = [
      ["No.", "Interval Nilai Realisasi Kinerja", "Kriteria Penilaian Realisasi Kinerja"],
      [1, "91% <u>&lt;</u> 100%", "Sangat Tinggi"],
      [2, "76% <u>&lt;</u> 90%", "Tinggi"],
      [3, "66% <u>&lt;</u> 75%", "Sedang"],
      [4, "51% <u>&lt;</u> 65%", "Rendah"],
      [5, "<u>&lt;</u> 50%", "Sangat Rendah"],
    ];
    const bands = bandsDariRentang(tabel31);
    expect(bands).toEqual([
      [0.91, "Sangat Tinggi"],
      [0.76, "Tinggi"],
      [0.66, "Sedang"],
      [0.51, "Rendah"],
      [-Infinity, "Sangat Rendah"],
    ]);
    // the printed gaps (90,5%, 75,5%) fall in the band below, as with Permendagri 86
    expect(predikat("90,5%", bands)).toBe("Tinggi");
    expect(predikat(0.755, bands)).toBe("Sedang");
    expect(predikat("112%", bands)).toBe("Sangat Tinggi");
    expect(predikat(0.2, bands)).toBe("Sangat Rendah");
  });

  test("other ways of writing intervals", () => {
    expect(batasBawah("≥ 91%")).toBe(0.91);
    expect(batasBawah(">= 4,2")).toBe(4.2);
    expect(batasBawah("76% - 90%")).toBe(0.76);
    expect(batasBawah("76 s.d. 90")).toBe(76);
    expect(batasBawah("< 51%")).toBe(-Infinity);
    expect(batasBawah("≤ 50%")).toBe(-Infinity);
    expect(batasBawah("Sangat Tinggi")).toBeNull();
    expect(batasBawah("B 2")).toBeNull();
    expect(batasBawah(true)).toBeNull();
  });
});

describe("bare capaian above 200% (fill writes fractions)", () => {
  // Diskominfo 2024: 4225 informasi publik against a target of 1100 = 384,09%, written by fill as 3,8409.
  test("3,8409 is 384% and Sangat Tinggi, as 91,43 and 0,9143 are", () => {
    expect(predikat(4225 / 1100)).toBe("Sangat Tinggi");
    expect(predikat(91.43)).toBe("Sangat Tinggi");
    expect(predikat(0.9143)).toBe("Sangat Tinggi");
  });
  test("points start above 10: 50 is 50% (Sangat Rendah), 9 is 900%", () => {
    expect(predikat(50)).toBe("Sangat Rendah");
    expect(predikat(9)).toBe("Sangat Tinggi");
    expect(predikat("5%")).toBe("Sangat Rendah");
  });
});
