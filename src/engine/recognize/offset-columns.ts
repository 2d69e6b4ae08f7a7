// A header merged over a unit and its figure: "Target Renstra" over D:F with "K" merged over D:E, where
// D holds the unit ("persen") and E the target. The header gives the role to the merge's first column;
// the figures are in the next one. The role moves to the column with the figures, and the unit column
// becomes the satuan when the table has none. Said in a doubt.
import { bacaTeks } from "../number-text";
import type { RoleKey } from "../types";
import { columnLetter, toA1 } from "./address";
import type { ColumnPlan } from "./columns";
import type { SheetView } from "./view";

const FIGURE_ROLES: ReadonlySet<string> = new Set([
  "target_akhir",
  "target",
  "realisasi",
  "capaian",
]);

function counts(
  v: SheetView,
  rows: number[],
  col: number
): { figures: number; texts: number; long: number } {
  let figures = 0,
    texts = 0,
    long = 0;
  for (const r of rows) {
    const value = v.value(r, col);
    if (typeof value === "number") figures++;
    else if (typeof value === "string" && value.trim() !== "") {
      if (bacaTeks(value).kind === "number") figures++;
      else {
        texts++;
        if (value.trim().length > 20) long++;
      }
    }
  }
  return { figures, texts, long };
}

/** Moves figure roles of `plan` from a text-only column to its twin under the same header; edits plan. */
export function shiftToFigures(
  v: SheetView,
  plan: ColumnPlan,
  rows: number[],
  headerRow: number
): void {
  const used = new Set(Object.values(plan.columns));
  for (const [key, col] of Object.entries(plan.columns) as [RoleKey, number][]) {
    if (!FIGURE_ROLES.has(key.split("@")[0])) continue;
    const next = col + 1;
    const label = plan.labels.get(col);
    if (!label || plan.labels.get(next) !== label || used.has(next)) continue;
    const own = counts(v, rows, col);
    if (own.figures > 0 || own.texts < 2) continue;
    const twin = counts(v, rows, next);
    if (twin.figures < 2 || twin.texts > 0) continue;
    for (const [k, c] of Object.entries(plan.columns) as [RoleKey, number][])
      if (c === col && FIGURE_ROLES.has(k.split("@")[0])) plan.columns[k] = next;
    used.add(next);
    const unit = plan.columns.satuan === undefined && own.long === 0;
    if (unit) plan.columns.satuan = col;
    plan.doubts.push(
      `"${v.sheet}"!${toA1(headerRow, col)}: kolom ${columnLetter(col)} di bawah judul "${label}" berisi teks, angkanya di kolom ` +
        `${columnLetter(next)}; kolom ${columnLetter(next)} dipakai sebagai "${key.split("@")[0]}"` +
        `${unit ? ` dan kolom ${columnLetter(col)} sebagai satuan` : ""}. Periksa judul kolom bila yang dimaksud lain.`
    );
  }
}
