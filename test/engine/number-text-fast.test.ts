// bacaTeks reads the commonest texts by two shortcuts; each must read exactly as the general path does,
// or a budget export would be read one way in a big file and another way in a small one.
import fc from "fast-check";
import { bacaTeks, bacaTeksUmum, formatPersen } from "../../src/engine/number-text";

/** Digits grouped by threes with `mark`, as an export writes an amount. */
const groupedAmount = (mark: string, decimal: string): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.boolean(),
      fc.integer({ min: 0, max: 999_999_999_999 }),
      fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined })
    )
    .map(([neg, n, dec]) => {
      const body = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, mark);
      return `${neg ? "-" : ""}${body}${dec === undefined ? "" : decimal + String(dec).padStart(2, "0")}`;
    });

describe("bacaTeks shortcuts read as the general path does", () => {
  test("Indonesian and English grouped amounts, with and without decimals", () => {
    fc.assert(
      fc.property(fc.oneof(groupedAmount(".", ","), groupedAmount(",", ".")), (s) => {
        expect(bacaTeks(s)).toEqual(bacaTeksUmum(s));
      }),
      { numRuns: 2000 }
    );
  });

  test("plain numbers and the near misses the shortcut must leave to the general path", () => {
    for (const s of [
      "4225",
      "73,00",
      "6.10",
      "1.234",
      "1,234",
      "12.345",
      "1.234.567",
      "1.234.567,89",
      "1,234,567.89",
      "-1.250.000",
      "01.234.567",
      "1.23.456",
      "1.234.567,",
      "1.234,567.89",
      "Rp 1.234.567",
      "(1.250)",
      " 1.234.567 ",
    ]) {
      expect(bacaTeks(s)).toEqual(bacaTeksUmum(s));
    }
  });

  test("the real figures: Indonesian amounts of the LRA export", () => {
    expect(bacaTeks("10.701.893.800,00")).toMatchObject({
      kind: "number",
      id: 10701893800,
      en: 10701893800,
      evidence: "id",
    });
    expect(bacaTeks("513.425.170.766")).toMatchObject({
      kind: "number",
      id: 513425170766,
      evidence: "id",
    });
  });
});

describe("formatPersen remembers each format's answer", () => {
  test("the same answer on the first and the second asking", () => {
    for (const f of ["0.00%", '0.00"%"', "#,##0", "[Red]0%", "0%;[Red]-0%", '"Rp"#,##0']) {
      const first = formatPersen(f);
      expect(formatPersen(f)).toBe(first);
    }
    expect(formatPersen("0.00%")).toBe(true);
    expect(formatPersen('0.00"%"')).toBe(false);
    expect(formatPersen("#,##0")).toBe(false);
  });
});
