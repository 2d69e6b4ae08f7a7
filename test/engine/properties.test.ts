// Property tests (fast-check): monotone capaian, only SakipError ever thrown, predikat total on numbers.
import fc from "fast-check";
import {
  SakipError,
  angka,
  bacaKolom,
  capaian,
  capaianAngka,
  efisiensi,
  predikat,
  rataCapaian,
  serapan,
  sisa,
  arah,
  type ScaleBand,
} from "../../src/engine/index";
import type { CellValue } from "../../src/engine/types";

/** Throws when `f` throws anything but a SakipError; SakipError must carry an Indonesian-looking message. */
function hanyaSakipError(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    if (!(e instanceof SakipError)) throw e;
    if (e.message.trim().length < 10) throw new Error(`empty message for ${e.code}`);
  }
}

const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 });
const positive = fc.double({ noNaN: true, noDefaultInfinity: true, min: 1e-6, max: 1e9 });

// Cell values users really produce: numbers, report-like text, categories, dashes, and noise.
const teksLaporan = fc.oneof(
  fc.constantFrom(
    "-",
    "NA",
    "",
    "B",
    "BB",
    "WTP",
    "Baik",
    "Sangat Baik",
    "83 (B)",
    "74,52*",
    "(74,03)",
    "1.100",
    "6.10",
    "Rp 661,867,441,563",
    "Rp 334.497.913,078",
    "5.157.883.367,-",
    "91,43%",
    "0%",
    "abc",
    "1,2,3",
    "Rp -",
    "%",
    "–"
  ),
  fc
    .tuple(finite, fc.constantFrom("", "%", "*", " (B)", ",-"))
    .map(([n, s]) => `${String(n).replace(".", ",")}${s}`),
  fc.string({ maxLength: 30 })
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  finite,
  fc.double(),
  teksLaporan,
  fc.boolean(),
  fc.constant(null)
);
const arahArb = fc.oneof(
  fc.constantFrom("higher", "lower", "lower-ratio", "naik", "turun", "", null, undefined),
  fc.string({ maxLength: 8 })
);

describe("capaian is monotone in realisasi", () => {
  test("higher: more realisasi never lowers capaian", () => {
    fc.assert(
      fc.property(
        positive,
        fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e9 }),
        fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e9 }),
        (t, a, b) => {
          const [r1, r2] = a <= b ? [a, b] : [b, a];
          expect(capaian(t, r1)).toBeLessThanOrEqual(capaian(t, r2));
        }
      )
    );
  });

  test("lower ((2T-R)/T): more realisasi never raises capaian, and it is never negative", () => {
    fc.assert(
      fc.property(
        positive,
        fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e9 }),
        fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e9 }),
        (t, a, b) => {
          const [r1, r2] = a <= b ? [a, b] : [b, a];
          const c1 = capaian(t, r1, "lower");
          const c2 = capaian(t, r2, "lower");
          expect(c1).toBeGreaterThanOrEqual(c2);
          expect(c2).toBeGreaterThanOrEqual(0);
        }
      )
    );
  });

  test("lower-ratio (T/R): more realisasi never raises capaian", () => {
    fc.assert(
      fc.property(positive, positive, positive, (t, a, b) => {
        const [r1, r2] = a <= b ? [a, b] : [b, a];
        expect(capaianAngka(t, r1, "lower-ratio")).toBeGreaterThanOrEqual(
          capaianAngka(t, r2, "lower-ratio")
        );
      })
    );
  });

  test("the cap is never exceeded", () => {
    fc.assert(
      fc.property(
        positive,
        positive,
        fc.double({ noNaN: true, min: 0.01, max: 5 }),
        (t, r, cap) => {
          expect(capaian(t, r, null, cap)).toBeLessThanOrEqual(cap);
        }
      )
    );
  });
});

describe("the reader gives back what was written", () => {
  /** Writes an integer part with `sep` every three digits. */
  const kelompok = (n: number, sep: string): string =>
    String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

  test("Indonesian 1.234.567,89 and English 1,234,567.89, with or without Rp, ,- and %", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.boolean(),
        (whole, cents, rp) => {
          const dua = String(cents).padStart(2, "0");
          const expected = whole + cents / 100;
          const id = `${rp ? "Rp " : ""}${kelompok(whole, ".")},${dua}`;
          const en = `${rp ? "Rp " : ""}${kelompok(whole, ",")}.${dua}`;
          const dekat = (a: number, b: number) =>
            expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));
          dekat(angka(id), expected);
          dekat(angka(en), expected);
          expect(angka(`${kelompok(whole, ".")},-`)).toBe(whole);
          dekat(angka(`${whole},${dua}%`), expected / 100);
        }
      ),
      { numRuns: 1000 }
    );
  });
});

describe("a column settles 1.100-like cells by its other cells", () => {
  const kelompok = (n: number, sep: string): string =>
    String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const ambigu = fc.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }));

  test("amounts with dot thousands: 1.100 is 1100", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1_000_000, max: 9_999_999_999 }), {
          minLength: 1,
          maxLength: 8,
        }),
        ambigu,
        (amounts, [a, b]) => {
          const x = `${a}.${String(b).padStart(3, "0")}`;
          const r = bacaKolom([...amounts.map((n) => ({ value: kelompok(n, ".") })), { value: x }]);
          expect(r.convention).toBe("id");
          expect(r.values).toEqual([...amounts, a * 1000 + b]);
          expect(r.issues).toEqual([]);
        }
      )
    );
  });

  test("figures with a decimal dot (6.10): 1.100 is 1,1", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })), {
          minLength: 1,
          maxLength: 8,
        }),
        ambigu,
        (figs, [a, b]) => {
          const x = `${a}.${String(b).padStart(3, "0")}`;
          const cells = figs.map(([w, c]) => ({ value: `${w}.${String(c).padStart(2, "0")}` }));
          const r = bacaKolom([...cells, { value: x }]);
          expect(r.convention).toBe("en");
          expect(r.values[r.values.length - 1]).toBeCloseTo(a + b / 1000, 9);
          expect(r.issues).toEqual([]);
        }
      )
    );
  });
});

describe("no input makes a function throw anything but SakipError", () => {
  test("angka, kosong via bacaKolom", () => {
    fc.assert(
      fc.property(cell, (v) => {
        hanyaSakipError(() => angka(v));
      }),
      { numRuns: 2000 }
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            value: cell,
            text: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
          }),
          { maxLength: 12 }
        ),
        (cells) => {
          const r = bacaKolom(cells);
          expect(r.values).toHaveLength(cells.length);
          for (const v of r.values) if (v !== null) expect(Number.isFinite(v)).toBe(true);
        }
      )
    );
  });

  test("capaian, serapan, sisa, efisiensi, predikat, rataCapaian, arah", () => {
    const skala = fc.oneof(
      fc.constantFrom("permendagri86", "akip", "spbe", "", undefined, "x"),
      fc.array(fc.tuple(fc.double(), fc.string({ maxLength: 6 })) as fc.Arbitrary<ScaleBand>, {
        maxLength: 5,
      })
    );
    fc.assert(
      fc.property(
        cell,
        cell,
        arahArb,
        fc.oneof(cell, fc.constant(undefined)),
        skala,
        fc.string({ maxLength: 10 }),
        (a, b, ar, cap, sk, metode) => {
          hanyaSakipError(() => capaian(a, b, ar, cap));
          hanyaSakipError(() => serapan(a, b));
          hanyaSakipError(() => sisa(a, b));
          hanyaSakipError(() => efisiensi(a, b, metode));
          hanyaSakipError(() => predikat(a, sk));
          hanyaSakipError(() => rataCapaian([[a, b], [cap ?? null]]));
          hanyaSakipError(() => arah(String(a)));
        }
      ),
      { numRuns: 3000 }
    );
  });

  test("results are finite numbers whenever no error is thrown", () => {
    const extreme = fc.oneof(cell, fc.constantFrom(1e-310, 1e308, -1e308, 5e-324));
    fc.assert(
      fc.property(extreme, extreme, (a, b) => {
        for (const f of [
          () => capaian(a, b),
          () => serapan(a, b),
          () => sisa(a, b),
          () => efisiensi(a, b),
          () => rataCapaian([a, b]),
        ]) {
          let v: number | undefined;
          try {
            v = f();
          } catch (e) {
            if (!(e instanceof SakipError)) throw e;
          }
          if (v !== undefined) expect(Number.isFinite(v)).toBe(true);
        }
      }),
      { numRuns: 2000 }
    );
  });
});

describe("predikat is defined for every finite number", () => {
  const labels = {
    permendagri86: ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"],
    akip: ["AA", "A", "BB", "B", "CC", "C", "D"],
    spbe: ["Memuaskan", "Sangat Baik", "Baik", "Cukup", "Kurang"],
  } as const;

  test.each(Object.keys(labels) as (keyof typeof labels)[])("%s", (name) => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        expect(labels[name]).toContain(predikat(v, name));
      }),
      { numRuns: 2000 }
    );
  });

  test("permendagri86 never ranks a higher capaian below a lower one (within one unit)", () => {
    const order = [...labels.permendagri86].reverse();
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, min: -1, max: 2 }),
        fc.double({ noNaN: true, min: -1, max: 2 }),
        (a, b) => {
          const [x, y] = a <= b ? [a, b] : [b, a];
          expect(order.indexOf(predikat(x) as never)).toBeLessThanOrEqual(
            order.indexOf(predikat(y) as never)
          );
        }
      )
    );
  });

  test("the user's bands: every finite number gets one of the labels", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ noNaN: true, noDefaultInfinity: true }),
            fc.constantFrom("P", "Q", "R")
          ),
          { minLength: 1, maxLength: 5 }
        ),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (bands, v) => {
          expect(["P", "Q", "R"]).toContain(predikat(v, bands as ScaleBand[]));
        }
      )
    );
  });
});
