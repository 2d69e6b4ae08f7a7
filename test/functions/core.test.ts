// The host-agnostic =SAKIP.* implementations, called as the in-memory Excel (HyperFormula) calls them.
import fc from "fast-check";
import {
  SAKIP_FUNCTIONS,
  SAKIP_FUNCTION_NAMES,
  bacaSkala,
  satuSel,
} from "../../src/functions/core";
import { SakipError } from "../../src/engine/index";

function kode(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof SakipError) return e.code;
    throw e;
  }
  return "no error";
}

const F = SAKIP_FUNCTIONS;

describe("SAKIP_FUNCTIONS", () => {
  test("lists exactly the eight Excel names", () => {
    expect(Object.keys(F).sort()).toEqual([...SAKIP_FUNCTION_NAMES].sort());
    expect(SAKIP_FUNCTION_NAMES).toEqual([
      "CAPAIAN",
      "PREDIKAT",
      "SERAPAN",
      "SISA",
      "EFISIENSI",
      "RATA_CAPAIAN",
      "ARAH",
      "ANGKA",
    ]);
  });

  test("CAPAIAN with scalars, text numbers, optional arah and batas", () => {
    expect(Math.round((F.CAPAIAN("73,00", "74,52*") as number) * 100)).toBe(102);
    expect(Math.round((F.CAPAIAN("6,10", "5,44", "lower-ratio") as number) * 100)).toBe(112);
    expect(F.CAPAIAN("0,15", "0,73", "turun")).toBe(0);
    expect(F.CAPAIAN(2.98, 3.12, undefined, 1)).toBe(1);
    expect(F.CAPAIAN(2.98, 3.12, null, "")).toBeCloseTo(3.12 / 2.98, 12);
    expect(F.CAPAIAN("BB", "B")).toBeCloseTo(60 / 70, 12);
    expect(F.CAPAIAN(80, "91,00%")).toBeCloseTo(1.1375, 12);
  });

  test("a 1x1 range stands for its cell; a bigger range for a scalar is refused", () => {
    expect(F.CAPAIAN([[73]], [["74,52*"]])).toBe(F.CAPAIAN(73, "74,52*"));
    expect(kode(() => F.CAPAIAN([[1, 2]], 3))).toBe("invalidValue");
    expect(() => F.CAPAIAN([[1, 2]], 3)).toThrow(/Target harus satu sel/);
  });

  test("PREDIKAT with a name, a blank skala, or a two-column range", () => {
    expect(F.PREDIKAT(0.9143)).toBe("Sangat Tinggi");
    expect(F.PREDIKAT("79%", "")).toBe("Tinggi");
    expect(F.PREDIKAT(60, "akip")).toBe("CC");
    expect(F.PREDIKAT(60, [["akip"]])).toBe("CC");
    expect(F.PREDIKAT(3.12, "spbe")).toBe("Baik");
    const bands = [
      ["Batas bawah", "Predikat"],
      [0, "Kurang"],
      [0.51, "Cukup"],
      [0.76, "Baik"],
      [0.91, "Sangat Baik"],
    ];
    expect(F.PREDIKAT("92%", bands)).toBe("Sangat Baik");
    expect(F.PREDIKAT(0.6, bands)).toBe("Cukup");
    expect(kode(() => F.PREDIKAT(0.6, [[5]]))).toBe("invalidValue");
    // the scale table as printed in diskominfo Tabel 3.1, selected with its No. column
    const tabel31 = [
      ["No.", "Interval Nilai Realisasi Kinerja", "Kriteria"],
      [1, "91% ≤ 100%", "Sangat Tinggi"],
      [2, "76% ≤ 90%", "Tinggi"],
      [3, "66% ≤ 75%", "Sedang"],
      [4, "51% ≤ 65%", "Rendah"],
      [5, "≤ 50%", "Sangat Rendah"],
    ];
    expect(F.PREDIKAT("104,7%", tabel31)).toBe("Sangat Tinggi");
    expect(F.PREDIKAT(0.8, tabel31)).toBe("Tinggi");
    expect(F.PREDIKAT(0.3, tabel31)).toBe("Sangat Rendah");
  });

  test("SERAPAN, SISA, EFISIENSI", () => {
    expect(Math.round((F.SERAPAN("9.475.869.588", "8.664.222.212") as number) * 10000)).toBe(9143);
    expect(F.SISA("2.358.277.568,00", "2.257.542.046")).toBe(100735522);
    expect(Math.round((F.EFISIENSI("98%", "62%") as number) * 1000)).toBe(367);
    expect(F.EFISIENSI(1, 0.9, "pmk")).toBeCloseTo(0.75, 12);
    expect(kode(() => F.EFISIENSI(1, 0.9, 5))).toBe("invalidValue");
  });

  test("RATA_CAPAIAN over a range, and over several ranges", () => {
    expect(F.RATA_CAPAIAN([["100%"], ["80%"], [""], ["-"]])).toBeCloseTo(0.9, 12);
    expect(F.RATA_CAPAIAN([[1]], [[0.8]])).toBeCloseTo(0.9, 12);
    expect(kode(() => F.RATA_CAPAIAN([["x"]]))).toBe("invalidNumber");
  });

  test("ARAH and ANGKA", () => {
    expect(F.ARAH("Tingkat Pengangguran Terbuka (TPT)")).toBe("lower");
    expect(F.ARAH("Indeks Pendidikan")).toBe("higher");
    expect(kode(() => F.ARAH(""))).toBe("notAvailable");
    expect(kode(() => F.ARAH(5))).toBe("invalidValue");
    expect(F.ANGKA("Rp 661,867,441,563")).toBe(661867441563);
    expect(F.ANGKA("91,43%")).toBe(0.9143);
    expect(kode(() => F.ANGKA("-"))).toBe("notAvailable");
  });

  test("an Excel error in an argument comes out as the same kind of error", () => {
    expect(kode(() => F.CAPAIAN("#DIV/0!", 5))).toBe("divisionByZero");
    expect(kode(() => F.CAPAIAN(5, "#N/A"))).toBe("notAvailable");
    expect(kode(() => F.SERAPAN("#REF!", 5))).toBe("invalidValue");
    expect(kode(() => F.RATA_CAPAIAN([[1], ["#DIV/0!"]]))).toBe("divisionByZero");
    expect(() => F.CAPAIAN(5, "#N/A")).toThrow(/Realisasi berisi galat #N\/A/);
  });

  test("helpers: satuSel and bacaSkala", () => {
    expect(satuSel(undefined, "x")).toBeNull();
    expect(kode(() => satuSel({} as never, "Nilai"))).toBe("invalidValue");
    expect(bacaSkala(undefined)).toBeNull();
    expect(bacaSkala([[""], [null]])).toBeNull();
    expect(bacaSkala("akip")).toBe("akip");
  });
});

describe("no argument makes a function throw anything but SakipError", () => {
  const scalar = fc.oneof(
    fc.double(),
    fc.string({ maxLength: 12 }),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom("91,43%", "BB", "akip", "-", "#DIV/0!", "lower")
  );
  const range = fc.array(fc.array(scalar, { minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 4,
  });
  // What a careless host could pass: scalars, ranges, omitted arguments, even objects.
  const arg = fc.oneof(scalar, range, fc.constant(undefined), fc.constant({}), fc.constant([[{}]]));

  test.each(SAKIP_FUNCTION_NAMES)("%s", (name) => {
    fc.assert(
      fc.property(fc.array(arg, { maxLength: 5 }), (args) => {
        try {
          const v = F[name](...(args as Parameters<(typeof F)[typeof name]>));
          if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
          else expect(typeof v).toBe("string");
        } catch (e) {
          if (!(e instanceof SakipError)) throw e;
        }
      }),
      { numRuns: 500 }
    );
  });
});
