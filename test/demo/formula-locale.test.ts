import {
  formulaFromIndonesian,
  formulaToIndonesian,
  parseEntry,
} from "../../src/demo/formula-locale";

describe("formula display with Indonesian separators", () => {
  it("shows ; between arguments and a comma decimal, but not inside text", () => {
    expect(formulaToIndonesian('=SAKIP.CAPAIAN(E18,F18,"lower")')).toBe(
      '=SAKIP.CAPAIAN(E18;F18;"lower")'
    );
    expect(formulaToIndonesian('=ROUND(G7*0.5,2)&"a,b.5"')).toBe('=ROUND(G7*0,5;2)&"a,b.5"');
  });
  it("round-trips back to en-US", () => {
    for (const f of [
      '=SAKIP.CAPAIAN(E18,F18,"lower")',
      "=SUM(D5:D113)/2.5",
      '=IF(A1="x,y",1.25,0)',
    ]) {
      expect(formulaFromIndonesian(formulaToIndonesian(f))).toBe(f);
    }
  });
  it("reads typed entries the way Indonesian Excel does", () => {
    expect(parseEntry("91,43")).toEqual({ value: 91.43 });
    expect(parseEntry("2.358.277.568")).toEqual({ value: 2358277568 });
    expect(parseEntry("91,43%")).toEqual({ value: 0.9143, percent: true });
    expect(parseEntry("=SAKIP.SERAPAN(C5;D5)")).toEqual({ formula: "=SAKIP.SERAPAN(C5,D5)" });
    expect(parseEntry("Rp 334.497.913,078")).toEqual({ value: "Rp 334.497.913,078" });
    expect(parseEntry("")).toEqual({ value: "" });
  });
});
