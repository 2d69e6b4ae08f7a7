// The in-memory Excel counts each payload's JSON bytes against Excel's 5 MB limit value by value; the count
// must be exactly the bytes of JSON.stringify, or a payload Excel refuses would pass here (or the reverse).
import fc from "fast-check";
import { jsonBytes, utf8Length } from "../../src/memory-excel/api/limits";

const stringified = (v: unknown): number => {
  const json = JSON.stringify(v);
  return json === undefined ? 0 : utf8Length(json);
};

describe("jsonBytes counts what JSON.stringify writes", () => {
  test("any JSON value, any text (quotes, control characters, emoji, Indonesian amounts)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(jsonBytes(v)).toBe(stringified(v));
      }),
      { numRuns: 3000 }
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.oneof(fc.string({ unit: "grapheme" }), fc.double(), fc.boolean(), fc.constant(null))
          )
        ),
        (v) => {
          expect(jsonBytes({ values: v })).toBe(stringified({ values: v }));
        }
      ),
      { numRuns: 1000 }
    );
  });

  test("the values JSON writes its own way", () => {
    for (const v of [
      { values: [[NaN, Infinity, -0, 1e21, 5e-7]] },
      [undefined, () => 1, Symbol("s")],
      { a: undefined, b: 1, c: () => 2 },
      { when: new Date(Date.UTC(2026, 0, 2)) },
      'quote " backslash \\ tab \t newline \n',
      "1.234.567,89 — Rp",
      "😀",
    ])
      expect(jsonBytes(v)).toBe(stringified(v));
    expect(jsonBytes(undefined)).toBe(0);
  });
});
