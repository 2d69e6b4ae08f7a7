// parseSettings: the one reader of user settings (command-line JSON file, task pane storage), with
// Indonesian errors that say which setting is wrong and what is allowed.

import {
  DEFAULT_SETTINGS,
  indicatorKey,
  type AnalysisSettings,
  type EfficiencyMethod,
  type LowerFormula,
  type Polarity,
  type ScaleBand,
} from "../settings";

/** A settings value the add-in cannot use. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SettingsError";
  }
}

const POLARITY_WORDS: Record<string, Polarity> = {
  higher: "higher", naik: "higher", positif: "higher", tinggi: "higher",
  lower: "lower", turun: "lower", negatif: "lower", rendah: "lower",
  "lower-ratio": "lower-ratio", "lower ratio": "lower-ratio", "t/r": "lower-ratio", rasio: "lower-ratio",
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function oneOf<T extends string>(name: string, v: unknown, allowed: readonly T[]): T {
  if (typeof v === "string" && (allowed as readonly string[]).includes(v.trim().toLowerCase())) return v.trim().toLowerCase() as T;
  throw new SettingsError(`Pengaturan "${name}" berisi ${JSON.stringify(v)}; pilihan yang sah: ${allowed.map((a) => `"${a}"`).join(", ")}.`);
}

function parseScale(v: unknown): AnalysisSettings["scale"] {
  if (Array.isArray(v)) {
    if (v.length === 0) throw new SettingsError(`Pengaturan "scale" berisi daftar kosong; isi pasangan [batas bawah, predikat], misalnya [[91, "Sangat Tinggi"], [76, "Tinggi"]].`);
    return v.map((band, i): ScaleBand => {
      if (!Array.isArray(band) || band.length !== 2 || typeof band[0] !== "number" || !Number.isFinite(band[0]) || typeof band[1] !== "string" || band[1].trim() === "") {
        throw new SettingsError(`Pengaturan "scale" baris ke-${i + 1} (${JSON.stringify(band)}) harus berupa [batas bawah (angka), predikat (teks)], misalnya [91, "Sangat Tinggi"].`);
      }
      return [band[0], band[1].trim()];
    });
  }
  return oneOf("scale", v, ["auto", "permendagri86", "akip", "spbe"] as const);
}

/**
 * Reads settings from parsed JSON. Missing keys take DEFAULT_SETTINGS; unknown keys and bad values throw
 * SettingsError with an Indonesian message.
 */
export function parseSettings(json: unknown): AnalysisSettings {
  if (json === undefined || json === null) return { ...DEFAULT_SETTINGS, polarity: {} };
  if (!isRecord(json)) throw new SettingsError(`Berkas pengaturan harus berupa objek JSON ({ ... }), bukan ${Array.isArray(json) ? "daftar" : typeof json}.`);
  const out: AnalysisSettings = { ...DEFAULT_SETTINGS, polarity: {} };
  for (const [key, v] of Object.entries(json)) {
    switch (key) {
      case "polarity": {
        if (!isRecord(v)) throw new SettingsError(`Pengaturan "polarity" harus berupa objek { "nama indikator": "higher" | "lower" | "lower-ratio" }.`);
        for (const [name, p] of Object.entries(v)) {
          const word = typeof p === "string" ? POLARITY_WORDS[p.trim().toLowerCase()] : undefined;
          if (!word) {
            throw new SettingsError(`Arah indikator "${name}" berisi ${JSON.stringify(p)}; pakai "higher" (semakin tinggi semakin baik), "lower" ((2T - R) / T) atau "lower-ratio" (T / R).`);
          }
          out.polarity[indicatorKey(name)] = word;
        }
        break;
      }
      case "lowerFormula":
        out.lowerFormula = oneOf<LowerFormula>("lowerFormula", v, ["auto", "lower", "lower-ratio"] as const);
        break;
      case "scale":
        out.scale = parseScale(v);
        break;
      case "efficiency":
        out.efficiency = oneOf<EfficiencyMethod | "auto">("efficiency", v, ["auto", "rasio", "selisih", "pmk"] as const);
        break;
      case "tolerance": {
        const n = typeof v === "string" ? Number(v.replace(",", ".")) : v;
        if (typeof n !== "number" || !Number.isFinite(n) || n < 0 || n > 100) {
          throw new SettingsError(`Pengaturan "tolerance" berisi ${JSON.stringify(v)}; isi angka poin persen dari 0 sampai 100, misalnya 0.5.`);
        }
        out.tolerance = n;
        break;
      }
      case "language":
        out.language = oneOf("language", v, ["id", "en"] as const);
        break;
      default:
        throw new SettingsError(`Pengaturan "${key}" tidak dikenal; yang dikenal: polarity, lowerFormula, scale, efficiency, tolerance, language.`);
    }
  }
  return out;
}
