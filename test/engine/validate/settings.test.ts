import { DEFAULT_SETTINGS } from "../../../src/engine/settings";
import { parseSettings, SettingsError } from "../../../src/engine/validate";

describe("parseSettings", () => {
  test("nothing gives the defaults", () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  test("every setting, with polarity names normalized and Indonesian words accepted", () => {
    const s = parseSettings({
      polarity: {
        "Tingkat Pengangguran Terbuka (TPT)": "lower-ratio",
        "Persentase Pelanggaran Disiplin ASN": "turun",
        "Indeks X": "naik",
      },
      lowerFormula: "lower",
      scale: [
        [91, "Sangat Tinggi"],
        [76, "Tinggi"],
      ],
      efficiency: "selisih",
      tolerance: "0,25",
      language: "en",
    });
    expect(s.polarity).toEqual({
      "tingkat pengangguran terbuka tpt": "lower-ratio",
      "persentase pelanggaran disiplin asn": "lower",
      "indeks x": "higher",
    });
    expect(s.lowerFormula).toBe("lower");
    expect(s.scale).toEqual([
      [91, "Sangat Tinggi"],
      [76, "Tinggi"],
    ]);
    expect(s.efficiency).toBe("selisih");
    expect(s.tolerance).toBe(0.25);
    expect(s.language).toBe("en");
  });

  test.each([
    [[1, 2], /objek JSON/],
    [{ tolerance: -1 }, /tolerance/],
    [{ tolerance: "banyak" }, /tolerance/],
    [{ lowerFormula: "kebalikan" }, /"lowerFormula".*"auto", "lower", "lower-ratio"/],
    [{ scale: "bappenas" }, /"scale"/],
    [{ scale: [[91]] }, /baris ke-1/],
    [{ efficiency: "x" }, /"efficiency"/],
    [{ polarity: { "Indeks X": "atas" } }, /Arah indikator "Indeks X"/],
    [{ polarity: [] }, /"polarity"/],
    [{ toleransi: 1 }, /tidak dikenal/],
  ])("bad settings %j throw an Indonesian SettingsError", (json, message) => {
    expect(() => parseSettings(json)).toThrow(SettingsError);
    expect(() => parseSettings(json)).toThrow(message);
  });
});
