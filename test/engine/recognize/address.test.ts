import {
  columnIndex,
  columnLetter,
  parseA1,
  parseRange,
  rangeToA1,
  toA1,
} from "../../../src/engine/recognize/address";

test("column letters both ways, past Z and ZZ", () => {
  expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual([
    "A",
    "Z",
    "AA",
    "AZ",
    "BA",
    "ZZ",
    "AAA",
  ]);
  for (const c of [0, 7, 25, 26, 300, 702, 16383]) expect(columnIndex(columnLetter(c))).toBe(c);
  expect(columnIndex("A1")).toBeNull();
});

test("A1 addresses and ranges of 0-based rectangles", () => {
  expect(toA1(0, 0)).toBe("A1");
  expect(toA1(19, 7)).toBe("H20");
  expect(rangeToA1({ row: 2, col: 0, rowCount: 18, colCount: 8 })).toBe("A3:H20");
  expect(rangeToA1({ row: 4, col: 2, rowCount: 1, colCount: 1 })).toBe("C5");
  expect(parseA1("$F$7")).toEqual({ row: 6, col: 5 });
  expect(parseA1("7F")).toBeNull();
  expect(parseRange("H20:A3")).toEqual({ row: 2, col: 0, rowCount: 18, colCount: 8 });
  expect(parseRange("B6")).toEqual({ row: 5, col: 1, rowCount: 1, colCount: 1 });
  expect(parseRange("x:y")).toBeNull();
});
