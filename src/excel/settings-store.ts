// Task-pane settings kept in the workbook (`context.workbook.settings`), so whoever opens the file
// next sees the same choices. Stored as one JSON string under one key.

import type { ExcelContext } from "./excel-subset";
import {
  DEFAULT_SETTINGS,
  parseSettings as parseAnySettings,
  type AnalysisSettings,
} from "../engine/index";

export const SETTINGS_KEY = "sakip.settings";

/** The stored settings merged over the defaults; unreadable or missing -> defaults (never a crash). */
export async function loadSettings(context: ExcelContext): Promise<AnalysisSettings> {
  const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  item.load("value");
  await context.sync();
  if (item.isNullObject) return { ...DEFAULT_SETTINGS, polarity: {} };
  return parseSettings(item.value as unknown);
}

export async function saveSettings(
  context: ExcelContext,
  settings: AnalysisSettings
): Promise<void> {
  context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
  await context.sync();
}

/** The stored JSON string (or an object, as some hosts return), read leniently: what cannot be used keeps its default. */
export function parseSettings(raw: unknown): AnalysisSettings {
  return parseAnySettings(raw, "lenient");
}
