// Every engine API function that takes cell values accepts any cell value (number, text, boolean, blank,
// an Excel error string) in every argument, and gives its result or throws SakipError, never a TypeError.
import fc from "fast-check";
import type { CellValue } from "../../src/engine/types";
import {
  SakipError,
  angka,
  arah,
  bacaBatas,
  batasBawah,
  capaian,
  efisiensi,
  kategori,
  kosong,
  parseMetode,
  parsePolarity,
  predikat,
  rataCapaian,
  sebagaiFraksi,
  serapan,
  sisa,
} from "../../src/engine/index";

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 16 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(""),
  fc.constantFrom(
    "#DIV/0!",
    "#N/A",
    "#VALUE!",
    "#BUSY!",
    "#REF!",
    "91,43%",
    "Rp 6.288.365.287,-",
    "74,52*",
    "-",
    "BB",
    "WTP",
    "naik",
    "turun",
    "lower",
    "lower-ratio",
    "akip",
    "spbe",
    "rasio",
    "pmk",
    "Tingkat Pengangguran Terbuka"
  )
);

type AnyFn = (...args: never[]) => unknown;
const API: Record<string, { fn: AnyFn; arity: number }> = {
  angka: { fn: angka as AnyFn, arity: 1 },
  kosong: { fn: kosong as AnyFn, arity: 1 },
  arah: { fn: arah as AnyFn, arity: 1 },
  parsePolarity: { fn: parsePolarity as AnyFn, arity: 1 },
  parseMetode: { fn: parseMetode as AnyFn, arity: 1 },
  bacaBatas: { fn: bacaBatas as AnyFn, arity: 1 },
  batasBawah: { fn: batasBawah as AnyFn, arity: 1 },
  kategori: { fn: kategori as AnyFn, arity: 1 },
  sebagaiFraksi: { fn: sebagaiFraksi as AnyFn, arity: 2 },
  capaian: { fn: capaian as AnyFn, arity: 4 },
  predikat: { fn: predikat as AnyFn, arity: 2 },
  serapan: { fn: serapan as AnyFn, arity: 2 },
  sisa: { fn: sisa as AnyFn, arity: 2 },
  efisiensi: { fn: efisiensi as AnyFn, arity: 3 },
  rataCapaian: { fn: ((v: CellValue) => rataCapaian([[v], [v]])) as AnyFn, arity: 1 },
};

test.each(Object.keys(API))("%s: any cell value in, a result or SakipError out", (name) => {
  const { fn, arity } = API[name];
  fc.assert(
    fc.property(fc.array(cell, { minLength: arity, maxLength: arity }), (args) => {
      try {
        const v = (fn as (...a: CellValue[]) => unknown)(...args);
        if (typeof v === "number") expect(Number.isNaN(v)).toBe(false);
      } catch (e) {
        if (!(e instanceof SakipError)) throw e;
      }
    }),
    { numRuns: 300 }
  );
});

test("arah of a number or a blank: an answer or SakipError, not a TypeError", () => {
  expect(arah(null as unknown as string)).toBe("higher");
  expect(() => arah(2024 as unknown as string)).toThrow(SakipError);
  expect(arah("Persentase Balita Stunting")).toBe("lower");
});
