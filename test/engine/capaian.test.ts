// Capaian with the seeds' real rows (pemkot Binjai Tabel 2.1 / 2.28, diskominfo Tabel 3.2) and docs/DOMAIN.md §3.
import {
  SakipError,
  capaian,
  capaianAngka,
  parsePolarity,
  samakanSkala,
  bacaBatas,
} from "../../src/engine/index";

function kode(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof SakipError) return e.code;
    throw e;
  }
  return "no error";
}

/** Rounded to whole percent, as the seeds print it. */
const persen = (x: number): number => Math.round(x * 100);

describe("higher is better: R / T", () => {
  test.each<[string, string, number]>([
    ["73,00", "74,52*", 102], // Indeks Profesionalitas ASN
    ["3,36", "2,6671*", 79], // Nilai Evaluasi LPPD
    ["83 (B)", "83,3 (B)", 100], // Indeks Kepuasan Layanan Infrastruktur: the number, not the letter
    ["94,00", "90,00", 96], // Persentase kondisi jalan baik
    ["98,05", "100", 102], // akses air minum
    ["11,80", "11,47", 97],
    ["41,70", "33,38", 80], // Kontribusi Sektor Jasa
    ["76,66", "76,72", 100],
    ["83,35", "83,77", 101],
    ["78,05", "75,76", 97],
    ["1100", "4225", 384], // diskominfo: Jumlah Informasi Publik
    ["15%", "30%", 200],
    ["70%", "94%", 134],
  ])("T %s, R %s -> %d%%", (t, r, expected) => {
    expect(persen(capaian(t, r))).toBe(expected);
  });

  test("61,00 / 60,81 is 99,69% as printed", () => {
    expect(Math.round(capaian("61,00", "60,81") * 10000) / 100).toBe(99.69);
  });

  test("SPBE index 3,12 against 2,98 is 104,7%; the report caps it at 100%", () => {
    expect(Math.round(capaian("2,98", "3,12") * 1000) / 10).toBe(104.7);
    expect(capaian("2,98", "3,12", "naik", 1)).toBe(1);
  });

  test("numbers and text numbers give the same result", () => {
    expect(capaian(73, 74.52)).toBe(capaian("73,00", "74,52*"));
    expect(capaian(0.15, 0.3)).toBeCloseTo(capaian("15%", "30%"), 12);
  });
});

describe("lower is better", () => {
  test("(2T-R)/T: Persentase Pelanggaran Disiplin ASN, T 0,15 R 0,73 is 0%, not the printed 486%", () => {
    expect(capaian("0,15", "0,73", "lower")).toBe(0); // floored: R > 2T
    expect(persen(capaian("0,15", "0,73"))).toBe(487); // what the report did (R/T), 486,67%
  });

  test("(2T-R)/T on unemployment 6,10 -> 5,44 is 110,8%", () => {
    expect(Math.round(capaian("6,10", "5,44", "turun") * 1000) / 10).toBe(110.8);
  });

  test("T/R: the seed rates unemployment 6,10 vs 5,44 as 112%", () => {
    expect(persen(capaian("6,10", "5,44", "lower-ratio"))).toBe(112);
    expect(persen(capaian("6.10", "5,44", "lower-ratio"))).toBe(112); // the comparison table's "6.10"
  });

  test("standar 5,60 vs realisasi 5,44 is 103% either way", () => {
    expect(persen(capaian("5,60", "5,44", "lower"))).toBe(103);
    expect(persen(capaian("5,60", "5,44", "lower-ratio"))).toBe(103);
  });

  test("(2T-R)/T is floored at 0 and T/R with R = 0 is an error, not a guess", () => {
    expect(capaianAngka(10, 25, "lower")).toBe(0);
    expect(capaianAngka(10, 20, "lower")).toBe(0);
    expect(capaianAngka(10, 0, "lower")).toBe(2);
    expect(kode(() => capaianAngka(10, 0, "lower-ratio"))).toBe("divisionByZero");
  });
});

describe("qualitative targets", () => {
  test("Indeks RB: B against BB is 60/70 = 86% (Tabel 2.28)", () => {
    expect(capaian("BB", "B")).toBeCloseTo(60 / 70, 12);
    expect(persen(capaian("BB", "B"))).toBe(86);
  });

  test.each<[string, string, number]>([
    ["B", "B", 1],
    ["B", "BB", 1], // above the target's rank is 100%, not more
    ["BB", "CC", 50 / 70],
    ["AA", "A", 80 / 90],
    ["BB", "D", 0],
    ["D", "C", 1],
    ["WTP", "WTP", 1], // Opini BPK
    ["WTP", "WDP", 3 / 4],
    ["WDP", "TMP", 1 / 3],
    ["Wajar Tanpa Pengecualian", "Wajar Dengan Pengecualian", 3 / 4],
    ["Sangat Baik", "Baik", 2.6 / 3.5], // SPBE
    ["Baik", "Memuaskan", 1],
  ])("T %s, R %s", (t, r, expected) => {
    expect(capaian(t, r)).toBeCloseTo(expected, 12);
  });

  test("a category against a number on its own scale: SPBE 3,12 is Baik", () => {
    expect(capaian("Baik", "3,12")).toBe(1);
    expect(capaian("Sangat Baik", "3,12")).toBeCloseTo(3.12 / 3.5, 12);
    expect(capaian("BB", 65)).toBeCloseTo(65 / 70, 12);
    expect(capaian("BB", 75)).toBe(1);
  });

  test("categories of different scales, or Opini against a number, are refused", () => {
    expect(kode(() => capaian("WTP", "BB"))).toBe("invalidValue");
    expect(kode(() => capaian("WTP", 4))).toBe("invalidValue");
  });
});

describe("one scale for target and realisasi", () => {
  test("a target typed 80 against a realisasi 91,00% is 113,75%", () => {
    expect(capaian(80, "91,00%")).toBeCloseTo(1.1375, 12);
    expect(capaian("80", "91,00%")).toBeCloseTo(1.1375, 12);
    expect(samakanSkala({ value: 80, percent: false }, { value: 0.91, percent: true })).toEqual([
      80, 91,
    ]);
  });

  test("a bare fraction against a percent stays a fraction", () => {
    expect(samakanSkala({ value: 0.8, percent: false }, { value: 0.91, percent: true })).toEqual([
      0.8, 0.91,
    ]);
    expect(samakanSkala({ value: 0.15, percent: true }, { value: 12, percent: false })).toEqual([
      15, 12,
    ]);
  });

  test("the switch point: points from ten times the percent's fraction", () => {
    expect(samakanSkala({ value: 10, percent: false }, { value: 1, percent: true })).toEqual([
      10, 100,
    ]);
    expect(samakanSkala({ value: 9.9, percent: false }, { value: 1, percent: true })).toEqual([
      9.9, 1,
    ]);
  });

  test("both percent or both bare: as they are", () => {
    expect(samakanSkala({ value: 0.15, percent: true }, { value: 0.12, percent: true })).toEqual([
      0.15, 0.12,
    ]);
    expect(samakanSkala({ value: 15, percent: false }, { value: 12, percent: false })).toEqual([
      15, 12,
    ]);
  });
});

describe("errors", () => {
  test("target 0 is a division by zero with a clear Indonesian message", () => {
    expect(kode(() => capaian(0, 5))).toBe("divisionByZero");
    expect(() => capaian("0", 5)).toThrow(/Target "0" bernilai 0: capaian tidak dapat dihitung/);
    expect(kode(() => capaian("0%", "5%", "lower"))).toBe("divisionByZero");
  });

  test.each(["-", "NA", "", null])("realisasi %p is not available", (r) => {
    expect(kode(() => capaian(80, r))).toBe("notAvailable");
    expect(() => capaian(80, r)).toThrow(/^Realisasi: /);
  });

  test("a missing target is not available too", () => {
    expect(kode(() => capaian("-", 80))).toBe("notAvailable");
    expect(() => capaian("-", 80)).toThrow(/^Target: /);
  });

  test("text that is no number is invalidNumber, naming the value", () => {
    expect(kode(() => capaian(80, "sembilan puluh"))).toBe("invalidNumber");
    expect(() => capaian(80, "sembilan puluh")).toThrow('"sembilan puluh" bukan angka');
  });

  test("unknown arah is invalidValue and says what to write", () => {
    expect(kode(() => capaian(80, 90, "ke atas"))).toBe("invalidValue");
    expect(() => capaian(80, 90, "ke atas")).toThrow(/Arah "ke atas" tidak dikenal/);
  });
});

describe("parsePolarity and batas", () => {
  test.each<[string | null | undefined, string]>([
    [undefined, "higher"],
    [null, "higher"],
    ["", "higher"],
    ["higher", "higher"],
    ["Naik", "higher"],
    ["positif", "higher"],
    ["lower", "lower"],
    ["TURUN", "lower"],
    ["negatif", "lower"],
    ["lower-ratio", "lower-ratio"],
    ["lower ratio", "lower-ratio"],
    ["T/R", "lower-ratio"],
  ])("%p -> %s", (s, p) => {
    expect(parsePolarity(s)).toBe(p);
  });

  test("batas caps the result; 120, 120% and 1,2 mean the same", () => {
    expect(capaian(100, 150, null, 1.2)).toBe(1.2);
    expect(capaian(100, 150, null, "120%")).toBe(1.2);
    expect(capaian(100, 150, null, 120)).toBe(1.2);
    expect(capaian(100, 110, null, 1.2)).toBeCloseTo(1.1, 12);
    expect(bacaBatas(null)).toBeNull();
    expect(kode(() => capaian(100, 110, null, "tinggi"))).toBe("invalidValue");
    expect(kode(() => bacaBatas(0))).toBe("invalidValue");
  });
});
