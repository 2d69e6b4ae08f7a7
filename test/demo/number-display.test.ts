import { displayValue, parseFormat } from "../../src/demo/number-display";

describe("Indonesian display of numbers, as Excel shows them", () => {
  it("percent formats use a comma decimal", () => {
    expect(displayValue(0.9143, "0.00%")).toBe("91,43%");
    expect(displayValue(1.1375, "0.00%")).toBe("113,75%");
    expect(displayValue(1.12, "0%")).toBe("112%");
  });
  it("thousands with dots, decimals with a comma", () => {
    expect(displayValue(2358277568, "#,##0")).toBe("2.358.277.568");
    expect(displayValue(5157883367, "#,##0.00")).toBe("5.157.883.367,00");
    expect(displayValue(-1234.5, "#,##0.00")).toBe("-1.234,50");
  });
  it("General shows no grouping and up to ten significant digits", () => {
    expect(displayValue(6.1, "General")).toBe("6,1");
    expect(displayValue(2358277568, undefined)).toBe("2358277568");
    expect(displayValue(1 / 3, undefined)).toBe("0,3333333333");
  });
  it("literal prefixes and text are kept", () => {
    expect(displayValue(661867441563, '"Rp "#,##0')).toBe("Rp 661.867.441.563");
    expect(displayValue("91,43%", "General")).toBe("91,43%");
    expect(displayValue(null, "0.00%")).toBe("");
    expect(displayValue("#DIV/0!", "0.00%")).toBe("#DIV/0!");
  });
  it("reads only the positive section of a format", () => {
    expect(parseFormat("#,##0.00_);(#,##0.00)")).toMatchObject({
      decimals: 2,
      grouping: true,
      percent: false,
    });
    expect(parseFormat("General")).toBeNull();
  });
});
