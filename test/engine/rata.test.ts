// Average capaian: pemkot Tabel 2.1 prints "Rata-rata Capaian Kinerja 98%" for its 15 indicators.
import { SakipError, rataCapaian } from "../../src/engine/index";

function kode(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof SakipError) return e.code;
    throw e;
  }
  return "no error";
}

const tabel21 = [
  "100%",
  "100%",
  "102%",
  "79%",
  "100%",
  "96%",
  "102%",
  "99,69%",
  "97%",
  "100%",
  "80%",
  "112%",
  "100%",
  "101%",
  "97%",
];

describe("rataCapaian", () => {
  test("pemkot Tabel 2.1: the mean of the printed capaian is 98%", () => {
    expect(Math.round(rataCapaian(tabel21) * 100)).toBe(98);
  });

  test("a range (rows of cells) with blanks, '-' and 'NA' skipped", () => {
    const range = [
      ["100%", ""],
      ["-", "80%"],
      [null, "NA"],
      ["90%", 0.9],
    ];
    expect(rataCapaian(range)).toBeCloseTo((1 + 0.8 + 0.9 + 0.9) / 4, 12);
  });

  test("bare numbers: points when their median is above 2, fractions otherwise", () => {
    expect(rataCapaian([102, 97, 79])).toBeCloseTo((1.02 + 0.97 + 0.79) / 3, 12);
    expect(rataCapaian([1.02, 0.97, 4.86])).toBeCloseTo((1.02 + 0.97 + 4.86) / 3, 12); // 486% stays 486%
    expect(rataCapaian([[102, "97%"]])).toBeCloseTo(0.995, 12);
  });

  test("text that is no number is reported, naming it", () => {
    expect(kode(() => rataCapaian(["100%", "tercapai"]))).toBe("invalidNumber");
    expect(() => rataCapaian(["100%", "tercapai"])).toThrow(/ke-2.*"tercapai"/);
  });

  test("nothing to average is not available", () => {
    expect(kode(() => rataCapaian([]))).toBe("notAvailable");
    expect(kode(() => rataCapaian([["", "-"]]))).toBe("notAvailable");
  });
});
