import { formatText } from "../../src/memory-excel/api/number-format";
import { parseInput } from "../../src/memory-excel/api/input";
import { parseAddress, fullAddress } from "../../src/memory-excel/api/address";

describe("range.text formatting (en-US, as Excel's API)", () => {
  // Figures from the seeds: serapan 91,43%, pagu 2.358.277.568,00, capaian 113,75.
  test.each([
    [0.9143, "0.00%", "91.43%"],
    [0.9143, "0%", "91%"],
    [2358277568, "#,##0.00", "2,358,277,568.00"],
    [2358277568, "#,##0", "2,358,277,568"],
    [113.75, "0.00", "113.75"],
    [113.75, "0", "114"],
    [113.75, "General", "113.75"],
    [1.005, "0.00", "1.01"],
    [-811647376, "#,##0;(#,##0)", "(811,647,376)"],
    [0, '#,##0;-#,##0;"-"', "-"],
    [661867441563, '"Rp "#,##0', "Rp 661,867,441,563"],
    [6288365287, "[$Rp-421]#,##0", "Rp6,288,365,287"],
    [0.914285714285714, "General", "0.914285714"],
  ])("%p with %p shows %p", (value, format, text) => {
    expect(formatText(value, format)).toBe(text);
  });

  test("text, booleans and blanks", () => {
    expect(formatText("91,43%", "@")).toBe("91,43%");
    expect(formatText(true, "General")).toBe("TRUE");
    expect(formatText(null, "0.00")).toBe("");
  });
});

describe("typed input", () => {
  test("en-US numbers become numbers, Indonesian ones stay text", () => {
    expect(parseInput("113.75", undefined)).toEqual({ value: 113.75 });
    expect(parseInput("113,75", undefined)).toEqual({ value: "113,75" });
    expect(parseInput("2,358,277,568", undefined)).toEqual({
      value: 2358277568,
      numberFormat: "#,##0",
    });
    expect(parseInput("2.358.277.568,00", undefined)).toEqual({ value: "2.358.277.568,00" });
    expect(parseInput("130%", undefined)).toEqual({ value: 1.3, numberFormat: "0%" });
    expect(parseInput("130%", "@")).toEqual({ value: "130%" });
    expect(parseInput("TRUE", undefined)).toEqual({ value: true });
  });
});

describe("addresses", () => {
  test("parse and print", () => {
    expect(parseAddress("Sheet1!$B$2:C10")).toEqual({
      sheet: "Sheet1",
      rect: { row: 1, col: 1, rowCount: 9, colCount: 2 },
    });
    expect(parseAddress("'PK 2024'!AA1")?.sheet).toBe("PK 2024");
    expect(parseAddress("C:C")?.rect).toMatchObject({ col: 2, colCount: 1, row: 0 });
    expect(parseAddress("A1:")).toBeNull();
    expect(fullAddress("PK 2024", { row: 0, col: 26, rowCount: 2, colCount: 1 })).toBe(
      "'PK 2024'!AA1:AA2"
    );
  });
});
