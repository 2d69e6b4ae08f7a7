// Task-pane settings kept in the workbook (`context.workbook.settings`), so whoever opens the file
// next sees the same choices. Stored as one JSON string under one key.

import { DEFAULT_SETTINGS, type AnalysisSettings } from "../engine/index";

export const SETTINGS_KEY = "sakip.settings";

/** The stored settings merged over the defaults; unreadable or missing -> defaults (never a crash). */
export async function loadSettings(context: Excel.RequestContext): Promise<AnalysisSettings> {
  const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  item.load("value");
  await context.sync();
  if (item.isNullObject) return { ...DEFAULT_SETTINGS, polarity: {} };
  return parseSettings(item.value as unknown);
}

export async function saveSettings(context: Excel.RequestContext, settings: AnalysisSettings): Promise<void> {
  context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
  await context.sync();
}

/** Accepts the JSON string (or an object, as some hosts return) and keeps only known, valid fields. */
export function parseSettings(raw: unknown): AnalysisSettings {
  let data: unknown = raw;
  if (typeof raw === "string") {
    try {
      data = JSON.parse(raw);
    } catch {
      return { ...DEFAULT_SETTINGS, polarity: {} };
    }
  }
  const out: AnalysisSettings = { ...DEFAULT_SETTINGS, polarity: {} };
  if (typeof data !== "object" || data === null) return out;
  const d = data as Record<string, unknown>;
  if (typeof d.polarity === "object" && d.polarity !== null) {
    for (const [k, v] of Object.entries(d.polarity as Record<string, unknown>)) {
      if (v === "higher" || v === "lower" || v === "lower-ratio") out.polarity[k] = v;
    }
  }
  if (d.lowerFormula === "lower" || d.lowerFormula === "lower-ratio" || d.lowerFormula === "auto") out.lowerFormula = d.lowerFormula;
  if (d.scale === "auto" || d.scale === "permendagri86" || d.scale === "akip" || d.scale === "spbe") out.scale = d.scale;
  else if (Array.isArray(d.scale) && d.scale.every((b) => Array.isArray(b) && typeof b[0] === "number" && typeof b[1] === "string")) {
    out.scale = d.scale as AnalysisSettings["scale"];
  }
  if (d.efficiency === "auto" || d.efficiency === "rasio" || d.efficiency === "selisih" || d.efficiency === "pmk") out.efficiency = d.efficiency;
  if (typeof d.tolerance === "number" && Number.isFinite(d.tolerance) && d.tolerance >= 0) out.tolerance = d.tolerance;
  if (d.language === "id" || d.language === "en") out.language = d.language;
  return out;
}
