// Serapan, sisa and efisiensi with the seeds' budget tables (pemkot Tabel 2.33, diskominfo Tabel 3.16 / 3.17).
import { SakipError, serapan, sisa, efisiensi, parseMetode } from "../../src/engine/index";

function kode(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof SakipError) return e.code;
    throw e;
  }
  return "no error";
}

const persen2 = (x: number): number => Math.round(x * 10000) / 100;

describe("serapan = realisasi / pagu", () => {
  test.each<[string, string, number]>([
    ["2.358.277.568,00", "2.257.542.046", 95.73], // Penyediaan Gaji dan Tunjangan ASN
    ["9.475.869.588", "8.664.222.212", 91.43], // TOTAL diskominfo
    ["142.970.630", "36.268.000", 25.37], // statistik sektoral
    ["17.000.000,00", "5.000.000", 29.41],
    ["333.024.000,00", "220.323.425", 66.16],
    ["Rp 1,027,930,708,667", "Rp 639,788,565,098", 62.24], // TOTAL pemkot, printed 62%
  ])("pagu %s, realisasi %s -> %d%%", (p, r, expected) => {
    expect(persen2(serapan(p, r))).toBe(expected);
  });

  test("the broken 'Rp 334.497.913,078' gives the printed 51%", () => {
    expect(Math.round(serapan("Rp 661,867,441,563", "Rp 334.497.913,078") * 100)).toBe(51);
  });

  test("realisasi above pagu gives more than 100% (Tabel 2.33, 108%)", () => {
    expect(Math.round(serapan("Rp 1,960,287,340", "Rp 2,126,674,314") * 100)).toBe(108);
  });

  test("pagu 0 is a division by zero; missing figures are not available", () => {
    expect(kode(() => serapan(0, 100))).toBe("divisionByZero");
    expect(() => serapan("0", 100)).toThrow(/Pagu "0" bernilai 0/);
    expect(kode(() => serapan("-", 100))).toBe("notAvailable");
    expect(kode(() => serapan(100, ""))).toBe("notAvailable");
    expect(() => serapan(100, "")).toThrow(/^Realisasi anggaran: /);
    expect(kode(() => serapan("seratus", 100))).toBe("invalidNumber");
  });
});

describe("sisa = pagu - realisasi", () => {
  test.each<[string, string, number]>([
    ["2.358.277.568,00", "2.257.542.046", 100735522],
    ["3.996.931.540", "3.678.577.055", 318354485],
    ["844.633.011,00", "673.112.155,00", 171520856],
    ["72.000.000,00", "72.000.000", 0], // printed "-"
  ])("pagu %s, realisasi %s -> %d", (p, r, expected) => {
    expect(sisa(p, r)).toBe(expected);
  });

  test("negative when realisasi exceeds pagu", () => {
    expect(sisa("Rp 1,960,287,340", "Rp 2,126,674,314")).toBe(-166386974);
  });
});

describe("efisiensi", () => {
  test("rasio (default): pemkot serapan 62%, capaian 98% -> 0,367", () => {
    expect(Math.round(efisiensi("98%", "62%") * 1000) / 1000).toBe(0.367);
    expect(efisiensi(0.98, 0.62)).toBeCloseTo(1 - 0.62 / 0.98, 12);
    expect(efisiensi(98, 62)).toBeCloseTo(1 - 0.62 / 0.98, 12); // percent points
    expect(efisiensi(0.98, 62)).toBeCloseTo(1 - 0.62 / 0.98, 12); // mixed
    expect(efisiensi("98%", "62%", "rasio")).toBe(efisiensi("98%", "62%"));
  });

  test("diskominfo: serapan 91,43%, capaian 130% -> 0,2967 (the report truncates to 0,2966)", () => {
    expect(Math.round(efisiensi("130%", "91,43%") * 10000) / 10000).toBe(0.2967);
  });

  test("the report's own mistake: its text divides by 174, its result 0,2966 follows 130%", () => {
    const dengan174 = efisiensi(174, "91,43%"); // 174 read as points: 174%
    expect(Math.abs(dengan174 - 0.2966)).toBeGreaterThan(0.1);
    expect(Math.abs(efisiensi("130%", "91,43%") - 0.2966)).toBeLessThan(0.0005);
  });

  test("selisih: capaian - serapan", () => {
    expect(efisiensi("98%", "62%", "selisih")).toBeCloseTo(0.36, 12);
    expect(efisiensi(80, 90, "selisih")).toBeCloseTo(-0.1, 12);
  });

  test("pmk: 50% + E/20% x 50%, E clamped to ±20%", () => {
    expect(efisiensi(1, 0.9, "pmk")).toBeCloseTo(0.75, 12); // E = 10%
    expect(efisiensi("98%", "62%", "pmk")).toBe(1); // E = 36,7% clamped to 20%
    expect(efisiensi(0.8, 1, "PMK 249/2011")).toBe(0); // E = -25% clamped to -20%
    expect(efisiensi(1, 1, "pmk")).toBe(0.5);
  });

  test("capaian 0 cannot divide; unknown metode is refused", () => {
    expect(kode(() => efisiensi(0, 0.5))).toBe("divisionByZero");
    expect(efisiensi(0, 0.5, "selisih")).toBe(-0.5);
    expect(kode(() => efisiensi(1, 0.5, "cepat"))).toBe("invalidValue");
    expect(() => efisiensi(1, 0.5, "cepat")).toThrow(/Metode efisiensi "cepat" tidak dikenal/);
    expect(kode(() => efisiensi("-", 0.5))).toBe("notAvailable");
  });

  test("metode names", () => {
    expect(parseMetode(undefined)).toBe("rasio");
    expect(parseMetode("")).toBe("rasio");
    expect(parseMetode("Selisih")).toBe("selisih");
    expect(parseMetode("pmk249")).toBe("pmk");
  });
});
