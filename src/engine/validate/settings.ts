// parseSettings: the one reader of user settings (command-line JSON file and flags strictly, with Indonesian errors
// that say which setting is wrong and what is allowed; the workbook's stored settings leniently).

import { METHOD_NAMES, POLARITY_NAMES, SCALE_NAMES, readName, type ScaleName } from "../names";
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

/** Every allowed value of a named setting, "auto" first: derived from the one table of names. */
const LOWER_FORMULAS: readonly LowerFormula[] = [
  "auto",
  ...POLARITY_NAMES.options.filter((p): p is Exclude<Polarity, "higher"> => p !== "higher"),
];
const SCALES: readonly (ScaleName | "auto")[] = ["auto", ...SCALE_NAMES.options];
const EFFICIENCIES: readonly (EfficiencyMethod | "auto")[] = ["auto", ...METHOD_NAMES.options];

/** "strict": a command-line flag or settings file, where a bad value is an error to show; "lenient": what is stored
 * in a workbook, where a value that cannot be used falls back to its default (the pane must always open). */
export type SettingsMode = "strict" | "lenient";

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function oneOf<T extends string>(name: string, v: unknown, allowed: readonly T[]): T {
  if (typeof v === "string" && (allowed as readonly string[]).includes(v.trim().toLowerCase()))
    return v.trim().toLowerCase() as T;
  throw new SettingsError(
    `Pengaturan "${name}" berisi ${JSON.stringify(v)}; pilihan yang sah: ${allowed.map((a) => `"${a}"`).join(", ")}.`
  );
}

function parseScale(v: unknown): AnalysisSettings["scale"] {
  if (Array.isArray(v)) {
    if (v.length === 0)
      throw new SettingsError(
        `Pengaturan "scale" berisi daftar kosong; isi pasangan [batas bawah, predikat], misalnya [[91, "Sangat Tinggi"], [76, "Tinggi"]].`
      );
    return v.map((band, i): ScaleBand => {
      if (
        !Array.isArray(band) ||
        band.length !== 2 ||
        typeof band[0] !== "number" ||
        !Number.isFinite(band[0]) ||
        typeof band[1] !== "string" ||
        band[1].trim() === ""
      ) {
        throw new SettingsError(
          `Pengaturan "scale" baris ke-${i + 1} (${JSON.stringify(band)}) harus berupa [batas bawah (angka), predikat (teks)], misalnya [91, "Sangat Tinggi"].`
        );
      }
      return [band[0], band[1].trim()];
    });
  }
  return oneOf("scale", v, SCALES);
}

/**
 * Reads settings from parsed JSON (in "lenient" mode also the JSON text, as a workbook stores it). Missing keys take
 * DEFAULT_SETTINGS. "strict": unknown keys and bad values throw SettingsError with an Indonesian message;
 * "lenient": they are skipped, each bad value keeping its default.
 */
export function parseSettings(json: unknown, mode: SettingsMode = "strict"): AnalysisSettings {
  const lenient = mode === "lenient";
  if (lenient && typeof json === "string") {
    try {
      json = JSON.parse(json);
    } catch {
      return { ...DEFAULT_SETTINGS, polarity: {} };
    }
  }
  if (json === undefined || json === null) return { ...DEFAULT_SETTINGS, polarity: {} };
  if (!isRecord(json)) {
    if (lenient) return { ...DEFAULT_SETTINGS, polarity: {} };
    throw new SettingsError(
      `Berkas pengaturan harus berupa objek JSON ({ ... }), bukan ${Array.isArray(json) ? "daftar" : typeof json}.`
    );
  }
  const out: AnalysisSettings = { ...DEFAULT_SETTINGS, polarity: {} };
  for (const [key, v] of Object.entries(json)) {
    try {
      readSetting(out, key, v, lenient);
    } catch (e) {
      if (!(lenient && e instanceof SettingsError)) throw e;
    }
  }
  return out;
}

/** One setting into `out`; throws SettingsError for a value it cannot use (and, unless lenient, an unknown key). */
function readSetting(out: AnalysisSettings, key: string, v: unknown, lenient: boolean): void {
  switch (key) {
    case "polarity": {
      if (!isRecord(v))
        throw new SettingsError(
          `Pengaturan "polarity" harus berupa objek { "nama indikator": "higher" | "lower" | "lower-ratio" }.`
        );
      for (const [name, p] of Object.entries(v)) {
        const word =
          typeof p === "string" && p.trim() !== "" ? readName(POLARITY_NAMES, p) : undefined;
        if (!word) {
          if (lenient) continue;
          throw new SettingsError(
            `Arah indikator "${name}" berisi ${JSON.stringify(p)}; pakai "higher" (semakin tinggi semakin baik), "lower" ((2T - R) / T) atau "lower-ratio" (T / R).`
          );
        }
        out.polarity[indicatorKey(name)] = word;
      }
      break;
    }
    case "lowerFormula":
      out.lowerFormula = oneOf("lowerFormula", v, LOWER_FORMULAS);
      break;
    case "scale":
      out.scale = parseScale(v);
      break;
    case "efficiency":
      out.efficiency = oneOf("efficiency", v, EFFICIENCIES);
      break;
    case "tolerance": {
      const n = typeof v === "string" ? Number(v.replace(",", ".")) : v;
      if (typeof n !== "number" || !Number.isFinite(n) || n < 0 || n > 100) {
        throw new SettingsError(
          `Pengaturan "tolerance" berisi ${JSON.stringify(v)}; isi angka poin persen dari 0 sampai 100, misalnya 0.5.`
        );
      }
      out.tolerance = n;
      break;
    }
    case "language":
      out.language = oneOf("language", v, ["id", "en"] as const);
      break;
    default:
      if (lenient) return;
      throw new SettingsError(
        `Pengaturan "${key}" tidak dikenal; yang dikenal: polarity, lowerFormula, scale, efficiency, tolerance, language.`
      );
  }
}
