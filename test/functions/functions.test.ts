// The JSDoc'ed custom functions against a stub of the Office runtime's CustomFunctions global.
class StubError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
  }
}
const ErrorCode = {
  invalidValue: "#VALUE!",
  divisionByZero: "#DIV/0!",
  notAvailable: "#N/A",
  invalidNumber: "#NUM!",
};
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: StubError,
  ErrorCode,
};

import * as fns from "../../src/functions/functions";
import { keErrorExcel } from "../../src/functions/excel-error";
import { SakipError } from "../../src/engine/index";

function excelError(f: () => unknown): StubError {
  try {
    f();
  } catch (e) {
    if (e instanceof StubError) return e;
    throw e;
  }
  throw new Error("no error thrown");
}

describe("custom functions return the engine's figures", () => {
  test("CAPAIAN", () => {
    expect(Math.round(fns.capaian("73,00", "74,52*") * 100)).toBe(102);
    expect(Math.round(fns.capaian(6.1, 5.44, "lower-ratio") * 100)).toBe(112);
    expect(fns.capaian("BB", "B")).toBeCloseTo(60 / 70, 12);
    expect(fns.capaian(2.98, 3.12, undefined, 1)).toBe(1);
  });

  test("PREDIKAT: Excel passes the optional skala as a matrix", () => {
    expect(fns.predikat(0.9143)).toBe("Sangat Tinggi");
    expect(fns.predikat(75, [["akip"]])).toBe("BB");
    expect(
      fns.predikat("90%", [
        [0, "Kurang"],
        [0.91, "Sangat Baik"],
        [0.76, "Baik"],
      ])
    ).toBe("Baik");
  });

  test("SERAPAN, SISA, EFISIENSI, RATA_CAPAIAN, ARAH, ANGKA", () => {
    expect(Math.round(fns.serapan("Rp 661,867,441,563", "Rp 334.497.913,078") * 100)).toBe(51);
    expect(fns.sisa("17.000.000,00", "5.000.000")).toBe(12000000);
    expect(Math.round(fns.efisiensi("98%", "62%") * 1000)).toBe(367);
    expect(fns.rataCapaian([["100%"], ["80%"], [""]])).toBeCloseTo(0.9, 12);
    expect(fns.arah("Prevalensi Stunting")).toBe("lower");
    expect(fns.angka("5.157.883.367,-")).toBe(5157883367);
  });
});

describe("engine errors become CustomFunctions.Error with the Indonesian message", () => {
  test("target 0 -> #DIV/0!, without a message: Excel shows none with #DIV/0!", () => {
    const e = excelError(() => fns.capaian(0, 5));
    expect(e.code).toBe(ErrorCode.divisionByZero);
    expect(e.message).toBe("");
  });

  test("realisasi '-' -> #N/A", () => {
    const e = excelError(() => fns.capaian(80, "-"));
    expect(e.code).toBe(ErrorCode.notAvailable);
    expect(e.message).toMatch(/^Realisasi: /);
  });

  test("text that is no number -> #VALUE! (Excel shows no custom message with #NUM!)", () => {
    const e = excelError(() => fns.angka("sembilan"));
    expect(e.code).toBe(ErrorCode.invalidValue);
    expect(e.message).toMatch(/"sembilan" bukan angka/);
  });

  test("unknown arah, skala, metode -> #VALUE!", () => {
    expect(excelError(() => fns.capaian(1, 2, "atas")).code).toBe(ErrorCode.invalidValue);
    expect(excelError(() => fns.predikat(1, [["bintang"]])).message).toMatch(
      /Skala "bintang" tidak dikenal/
    );
    expect(excelError(() => fns.efisiensi(1, 2, "x")).code).toBe(ErrorCode.invalidValue);
  });

  test("pagu 0 -> #DIV/0!, empty range -> #N/A, blank indikator -> #N/A", () => {
    expect(excelError(() => fns.serapan(0, 5)).code).toBe(ErrorCode.divisionByZero);
    expect(excelError(() => fns.rataCapaian([[""]])).code).toBe(ErrorCode.notAvailable);
    expect(excelError(() => fns.arah("")).code).toBe(ErrorCode.notAvailable);
  });

  test("messages are cut to what Excel shows (about 255 characters)", () => {
    const e = keErrorExcel(new SakipError("invalidValue", "x".repeat(400))) as StubError;
    expect(e.message.length).toBeLessThanOrEqual(250);
    expect(e.message.endsWith("…")).toBe(true);
  });

  test("an unexpected JavaScript error is still an Excel error, never a crash", () => {
    const e = keErrorExcel(new TypeError("boom")) as StubError;
    expect(e).toBeInstanceOf(StubError);
    expect(e.code).toBe(ErrorCode.invalidValue);
    expect(e.message).toMatch(/Kesalahan tak terduga.*boom/);
  });
});
