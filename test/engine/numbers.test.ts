// The number reader on every format of docs/DOMAIN.md §2, with the seeds' real cells.
import {
  SakipError,
  angka,
  bacaAngka,
  bacaKolom,
  kosong,
  formatPersen,
} from "../../src/engine/index";

function kode(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof SakipError) return e.code;
    throw e;
  }
  return "no error";
}

describe("angka: the formats of docs/DOMAIN.md §2", () => {
  test.each<[string, number]>([
    ["Rp 661,867,441,563", 661867441563], // pemkot Tabel 2.33, comma thousands
    ["Rp 31,288,449,540.06", 31288449540.06], // en with decimals
    ["Rp 60.694.787.531,56", 60694787531.56], // id with decimals
    ["2.358.277.568,00", 2358277568], // diskominfo anggaran
    ["2.257.542.046", 2257542046],
    ["5.157.883.367,-", 5157883367],
    ["Rp 334.497.913,078", 334497913078], // broken: the comma is a thousands mark (51% of 661 billion)
    ["Rp. 6.288.365.287,-", 6288365287],
    ["Rp 82.237.550", 82237550],
    ["Rp. 9,407,766,959.00", 9407766959], // diskominfo text, English convention
    ["IDR 4.620.028.407", 4620028407],
    ["-Rp 5.000", -5000],
    ["74,52*", 74.52], // footnote star
    ["2,6671*", 2.6671],
    ["83 (B)", 83], // number with its category
    ["83,3 (B)", 83.3],
    ["(74,03)", 74.03], // set apart in brackets in the seed's comparison table, not a loss
    ["0%", 0],
    ["6.10", 6.1], // dot as decimal
    ["7.86", 7.86],
    ["1.100", 1100], // Indonesian convention by default
    ["1100", 1100],
    ["0,15", 0.15],
    ["0,2", 0.2],
    ["3,12", 3.12],
    ["61,00", 61],
    ["-5,2", -5.2],
    ["1 234 567", 1234567],
  ])("%s -> %d", (text, expected) => {
    expect(angka(text)).toBeCloseTo(expected, 9);
  });

  test.each<[string, number]>([
    ["91,43%", 0.9143],
    ["91.94%", 0.9194],
    ["113,75%", 1.1375],
    ["99,69%", 0.9969],
    ["130%", 1.3],
    ["40,86%", 0.4086],
    ["95,73 %", 0.9573],
  ])("percent %s -> fraction %d, exactly", (text, expected) => {
    expect(angka(text)).toBe(expected);
    expect(bacaAngka(text).percent).toBe(true);
  });

  test("numbers pass as they are", () => {
    expect(angka(0.9143)).toBe(0.9143);
    expect(angka(661867441563)).toBe(661867441563);
    expect(angka(-3)).toBe(-3);
  });

  test.each(["-", "–", "NA", "N/A", "", "   ", "Rp -", "Rp", "%", null, undefined])(
    "%p is not available",
    (v) => {
      expect(kode(() => angka(v))).toBe("notAvailable");
      expect(kosong(v)).toBe(true);
    }
  );

  test.each(["B", "WTP", "abc", "1.2.3", "12,34,5", "1.234,567,89", "1e5x", "9".repeat(400)])(
    "%p is no number",
    (v) => {
      expect(kode(() => angka(v))).toBe("invalidNumber");
      expect(kosong(v)).toBe(false);
    }
  );

  test("booleans and non-finite numbers are refused, never taken as 0 or 1", () => {
    expect(kode(() => angka(true))).toBe("invalidNumber");
    expect(kode(() => angka(Number.NaN))).toBe("invalidNumber");
    expect(kode(() => angka(Number.POSITIVE_INFINITY))).toBe("invalidNumber");
  });

  test("messages are Indonesian and quote the value", () => {
    expect(() => angka("abc")).toThrow('"abc" bukan angka');
    expect(() => angka("-")).toThrow("belum berisi angka");
  });
});

describe("bacaAngka: percent from the number format and the displayed text", () => {
  test("a number formatted as percent is a fraction typed as percent", () => {
    expect(bacaAngka(0.9143, "91,43%", "0.00%")).toEqual({ value: 0.9143, percent: true });
    expect(bacaAngka(0.9143, "91,43%")).toEqual({ value: 0.9143, percent: true });
    expect(bacaAngka(91.43, "91,43", "0.00")).toEqual({ value: 91.43, percent: false });
  });

  test("a % inside quotes or a bracketed part of the format is no percent format", () => {
    expect(formatPersen('0.00"%"')).toBe(false);
    expect(formatPersen("[$%-421]0")).toBe(false);
    expect(formatPersen("0%")).toBe(true);
    expect(formatPersen(undefined)).toBe(false);
  });

  test("the convention settles 1.100 and 1,100", () => {
    expect(bacaAngka("1.100", undefined, undefined, "id").value).toBe(1100);
    expect(bacaAngka("1.100", undefined, undefined, "en").value).toBe(1.1);
    expect(bacaAngka("1,100", undefined, undefined, "id").value).toBe(1.1);
    expect(bacaAngka("1,100", undefined, undefined, "en").value).toBe(1100);
    // unambiguous texts do not depend on it
    expect(bacaAngka("6.10", undefined, undefined, "id").value).toBe(6.1);
    expect(bacaAngka("2.358.277.568,00", undefined, undefined, "en").value).toBe(2358277568);
  });

  test("rupiah never carry three decimals", () => {
    expect(bacaAngka("Rp 1.500", undefined, undefined, "en").value).toBe(1500);
    expect(bacaAngka("Rp 334.497.913,078").note).toMatch(/periksa/);
  });
});

describe("bacaKolom: the column settles the convention", () => {
  const kolom = (...texts: string[]) => texts.map((t) => ({ value: t }));

  test("a column with 6.10 and 7.86 reads 1.100 as 1,1 (dot decimal)", () => {
    const r = bacaKolom(kolom("6.10", "7.86", "1.100"));
    expect(r.convention).toBe("en");
    expect(r.values).toEqual([6.1, 7.86, 1.1]);
    expect(r.issues).toEqual([]);
  });

  test("a column of rupiah amounts with dot thousands reads 1.100 as 1100", () => {
    const r = bacaKolom(kolom("2.358.277.568,00", "84.750.188", "1.100"));
    expect(r.convention).toBe("id");
    expect(r.values).toEqual([2358277568, 84750188, 1100]);
    expect(r.issues).toEqual([]);
  });

  test("a column with decimal commas (5,44, 0,15) reads 1,100 as 1,1", () => {
    const r = bacaKolom(kolom("5,44", "0,15", "1,100"));
    expect(r.convention).toBe("id");
    expect(r.values).toEqual([5.44, 0.15, 1.1]);
  });

  test("nothing settles 1.100 alone: not read, reported as ambiguous with both readings", () => {
    const r = bacaKolom(kolom("1.100", "25"));
    expect(r.values).toEqual([null, 25]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ index: 0, kind: "ambiguous", raw: "1.100" });
    expect(r.issues[0].message).toMatch(/1100/);
    expect(r.issues[0].message).toMatch(/1,1/);
  });

  test("blanks, dashes and text are reported, never taken as 0", () => {
    const r = bacaKolom([
      { value: "74,52*" },
      { value: "-" },
      { value: "" },
      { value: "NA" },
      { value: "tidak diukur" },
      { value: true },
      { value: 0.9143, text: "91,43%", numberFormat: "0.00%" },
    ]);
    expect(r.values).toEqual([74.52, null, null, null, null, null, 0.9143]);
    expect(r.percent).toEqual([false, false, false, false, false, false, true]);
    expect(r.issues.map((i) => [i.index, i.kind])).toEqual([
      [1, "empty"],
      [2, "empty"],
      [3, "empty"],
      [4, "unreadable"],
      [5, "unreadable"],
    ]);
  });

  test("the broken rupiah cell is read and flagged", () => {
    const r = bacaKolom(kolom("Rp 661,867,441,563", "Rp 334.497.913,078"));
    expect(r.values).toEqual([661867441563, 334497913078]);
    expect(r.issues).toEqual([expect.objectContaining({ index: 1, kind: "ambiguous" })]);
  });

  test("percent cells in text keep their fraction", () => {
    const r = bacaKolom(kolom("15%", "12%", "0%"));
    expect(r.values).toEqual([0.15, 0.12, 0]);
    expect(r.percent).toEqual([true, true, true]);
  });
});
