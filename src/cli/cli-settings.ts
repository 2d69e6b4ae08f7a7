// Analysis settings from the command line: a settings JSON file (as the task pane keeps them), then flags.
import { readFileSync, statSync } from "node:fs";
import {
  DEFAULT_SETTINGS,
  parseSettings,
  SettingsError,
  type AnalysisSettings,
} from "../engine/index";
import type { SettingFlags } from "./args";
import { UsageError } from "./args";
import { MAX_SETTINGS_BYTES, fileErrorReason, unreadableKind } from "./file-checks";

/** A settings file that cannot be used: exit 2 like any unreadable file. */
export class SettingsFileError extends Error {}

function fromFile(path: string): AnalysisSettings {
  let text: string;
  try {
    // Checked before reading: a FIFO or /dev/zero would hang or fill memory.
    const kind = unreadableKind(statSync(path), MAX_SETTINGS_BYTES);
    if (kind)
      throw new SettingsFileError(
        `Berkas pengaturan ${path} ${kind}. Sebutkan berkas JSON pengaturan yang tersimpan di disk.`
      );
    text = readFileSync(path, "utf8");
  } catch (e) {
    if (e instanceof SettingsFileError) throw e;
    throw new SettingsFileError(
      `Berkas pengaturan ${path} tidak ditemukan atau tidak dapat dibaca (${fileErrorReason(e)}). Periksa nama dan letaknya.`
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new SettingsFileError(
      `Berkas pengaturan ${path} bukan JSON yang sah (periksa tanda kutip, koma dan kurung kurawalnya). Perbaiki isinya.`
    );
  }
  try {
    return parseSettings(data);
  } catch (e) {
    if (e instanceof SettingsError)
      throw new SettingsFileError(`Berkas pengaturan ${path}: ${e.message}`);
    throw e;
  }
}

export function settingsFrom(args: SettingFlags): AnalysisSettings {
  const s: AnalysisSettings = args.settingsFile
    ? fromFile(args.settingsFile)
    : { ...DEFAULT_SETTINGS, polarity: {} };
  if (args.arahRendah !== undefined) {
    const map: Record<string, AnalysisSettings["lowerFormula"]> = {
      lower: "lower",
      "2t-r": "lower",
      ratio: "lower-ratio",
      "lower-ratio": "lower-ratio",
      "t/r": "lower-ratio",
      auto: "auto",
    };
    const f = map[args.arahRendah.toLowerCase()];
    if (!f)
      throw new UsageError(
        `--arah-rendah "${args.arahRendah}" tidak dikenal: pakai "lower" ((2T-R)/T), "ratio" (T/R) atau "auto".`
      );
    s.lowerFormula = f;
  }
  if (args.skala !== undefined) {
    const k = args.skala.toLowerCase();
    if (k !== "permendagri86" && k !== "akip" && k !== "spbe" && k !== "auto") {
      throw new UsageError(
        `--skala "${args.skala}" tidak dikenal: pakai "permendagri86", "akip", "spbe" atau "auto".`
      );
    }
    s.scale = k;
  }
  if (args.efisiensi !== undefined) {
    const k = args.efisiensi.toLowerCase();
    if (k !== "rasio" && k !== "selisih" && k !== "pmk" && k !== "auto") {
      throw new UsageError(
        `--efisiensi "${args.efisiensi}" tidak dikenal: pakai "rasio", "selisih", "pmk" atau "auto".`
      );
    }
    s.efficiency = k;
  }
  if (args.toleransi !== undefined) {
    const n = Number(args.toleransi.replace(",", "."));
    if (!Number.isFinite(n) || n < 0)
      throw new UsageError(
        `--toleransi "${args.toleransi}" harus angka 0 atau lebih (poin persen), misalnya 0,5.`
      );
    s.tolerance = n;
  }
  return s;
}
