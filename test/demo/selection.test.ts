import { parseAddress } from "../../src/demo/selection";

describe("selection addresses", () => {
  it("reads quoted sheet names and ranges", () => {
    expect(parseAddress("'PK 2024'!G18")).toEqual({
      sheet: "PK 2024",
      rect: { row: 17, col: 6, rowCount: 1, colCount: 1 },
    });
    expect(parseAddress("Renstra!A3:I17")).toEqual({
      sheet: "Renstra",
      rect: { row: 2, col: 0, rowCount: 15, colCount: 9 },
    });
    expect(parseAddress("'It''s'!B2")?.sheet).toBe("It's");
    expect(parseAddress("A1")).toBeNull();
  });
});
