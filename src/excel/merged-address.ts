// Turns a RangeAreas address ("Sheet1!A1:B2, 'Lembar 2'!C3:D4") into rectangles.
import { parseRange, type CellRect } from "../engine/index";

/** Splits at commas outside single quotes (a quoted sheet name may hold a comma). */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") parts.push(current);
  return parts;
}

export function parseAreas(address: string): CellRect[] {
  const out: CellRect[] = [];
  for (const part of splitAreas(address)) {
    const local = part
      .slice(part.lastIndexOf("!") + 1)
      .replace(/\$/g, "")
      .trim();
    const rect = parseRange(local);
    if (rect) out.push(rect);
  }
  return out;
}
