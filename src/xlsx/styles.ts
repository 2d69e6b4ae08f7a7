// Colours, fonts, fills and alignment between ExcelJS styles and the model's Excel-JS-API shapes.

import type ExcelJS from "exceljs";
import type { FontStyle, HorizontalAlignment } from "../memory-excel/model";

/** "FF1F4E79" (ARGB) -> "#1F4E79"; theme and indexed colours are not resolved (undefined). */
export function colorFromFile(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = color?.argb;
  if (typeof argb !== "string" || !/^[0-9A-Fa-f]{6,8}$/.test(argb)) return undefined;
  return `#${argb.slice(-6).toUpperCase()}`;
}

export function colorToFile(color: string): Partial<ExcelJS.Color> {
  return { argb: `FF${color.replace(/^#/, "").toUpperCase()}` };
}

export function fontFromFile(font: Partial<ExcelJS.Font> | undefined): FontStyle | undefined {
  if (!font) return undefined;
  const out: FontStyle = {};
  if (font.bold) out.bold = true;
  if (font.italic) out.italic = true;
  const color = colorFromFile(font.color);
  if (color) out.color = color;
  // Excel stores the default font on every styled cell; the model leaves defaults out.
  if (typeof font.size === "number" && font.size !== 11) out.size = font.size;
  if (typeof font.name === "string" && font.name !== "Calibri") out.name = font.name;
  return Object.keys(out).length > 0 ? out : undefined;
}

export function fontToFile(font: FontStyle): Partial<ExcelJS.Font> {
  const out: Partial<ExcelJS.Font> = {};
  if (font.bold !== undefined) out.bold = font.bold;
  if (font.italic !== undefined) out.italic = font.italic;
  if (font.color) out.color = colorToFile(font.color);
  if (font.size !== undefined) out.size = font.size;
  if (font.name !== undefined) out.name = font.name;
  return out;
}

export function fillFromFile(fill: ExcelJS.Fill | undefined): string | undefined {
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return undefined;
  return colorFromFile(fill.fgColor);
}

export function fillToFile(color: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: colorToFile(color) };
}

const ALIGN_FROM_FILE: Record<string, HorizontalAlignment> = {
  left: "Left",
  center: "Center",
  right: "Right",
  fill: "Fill",
  justify: "Justify",
  centerContinuous: "CenterAcrossSelection",
  distributed: "Distributed",
  general: "General",
};

export function alignFromFile(h: string | undefined): HorizontalAlignment | undefined {
  return h ? ALIGN_FROM_FILE[h] : undefined;
}

export function alignToFile(h: HorizontalAlignment): ExcelJS.Alignment["horizontal"] | undefined {
  const entry = Object.entries(ALIGN_FROM_FILE).find(([, v]) => v === h);
  return entry && entry[0] !== "general"
    ? (entry[0] as ExcelJS.Alignment["horizontal"])
    : undefined;
}

/** Column width: characters in the file, points in the Excel JS API (7 px per character + 5 px padding). */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export function widthToChars(points: number): number {
  return Math.round(((points / 0.75 - 5) / 7) * 10000) / 10000;
}
