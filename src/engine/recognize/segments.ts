// Shapes inside a header row: two tables side by side on the same rows (split at blank spacer columns),
// and a header merged over a spacer column and the column that holds the figures (the role belongs to
// the column with figures, not to the merge's first column).
import type { RoleKey } from "../types";
import type { ColumnPlan } from "./columns";
import type { HeaderBlock } from "./header";
import { headerWords } from "./header";
import type { HeaderWord } from "./roles";
import { ANCHOR_WORDS } from "./roles";
import type { SheetView } from "./view";

export interface Segment {
  c0: number;
  /** Exclusive. */
  c1: number;
}

/** Rows below the header looked at to tell a spacer column (blank all the way down) from a data column. */
const LOOK_DOWN = 60;
/** Words that name a row: each of two tables side by side has its own. */
const ROW_NAME: ReadonlySet<HeaderWord> = new Set<HeaderWord>(["indikator", "uraian", "sasaran"]);

function blankBelow(v: SheetView, row: number, col: number): boolean {
  const end = Math.min(v.bottom, row + 1 + LOOK_DOWN);
  for (let r = row + 1; r < end; r++) {
    if (v.text(r, col) !== "" || v.merge(r, col) !== undefined) return false;
  }
  return true;
}

/**
 * The column windows of two or more tables side by side whose header row is `row`, or null when the row
 * heads one table. A split needs a column blank in the header row and below it, and on each side a
 * complete header of its own (two distinct header words, an anchor, a row name): a blank spacer column
 * inside one table ("Target | (blank) | Realisasi") has no row name on its right and is no split.
 */
export function sideBySide(v: SheetView, row: number): Segment[] | null {
  const filled = v.filled(row);
  if (filled.length < 4) return null;
  const first = filled[0],
    last = filled[filled.length - 1];
  const gap: boolean[] = [];
  for (let c = first; c <= last; c++)
    gap[c - first] =
      v.text(row, c) === "" && v.merge(row, c) === undefined && blankBelow(v, row, c);
  const segments: Segment[] = [];
  let start = -1;
  for (let c = first; c <= last + 1; c++) {
    const isGap = c > last || gap[c - first];
    if (!isGap && start < 0) start = c;
    if (isGap && start >= 0) {
      segments.push({ c0: start, c1: c });
      start = -1;
    }
  }
  if (segments.length < 2) return null;
  for (const s of segments) {
    const words = new Set(headerWords(v.clip(s.c0, s.c1), row).values());
    if (words.size < 2) return null;
    if (![...words].some((w) => ANCHOR_WORDS.has(w))) return null;
    if (![...words].some((w) => ROW_NAME.has(w))) return null;
  }
  return segments;
}

/**
 * "Target" merged over C:D with the figures in D only: moves each role whose column is blank in every
 * data row to the one column of the same merge that holds figures and has no role yet. Edits plan.columns.
 */
export function moveToFigures(
  v: SheetView,
  block: HeaderBlock,
  plan: ColumnPlan,
  dataRows: number[]
): void {
  if (dataRows.length === 0) return;
  const hasData = (c: number): boolean => dataRows.some((r) => v.text(r, c) !== "");
  // A column with a header text of its own ("K | Rp" under a merge) is a column of its own, not a spacer's twin.
  const headerless = (c: number): boolean =>
    block.rows.every((r) => block.numberedRows.includes(r) || v.text(r, c) === "");
  const taken = new Set(Object.values(plan.columns));
  // One column may hold several keys (`realisasi@2024` and `realisasi`): moved once, to one place.
  const moves = new Map<number, number>();
  const moved = (key: RoleKey, col: number, to: number): void => {
    plan.columns[key] = to;
    const cols = plan.candidates[key];
    if (cols) for (let i = 0; i < cols.length; i++) if (cols[i] === col) cols[i] = to;
  };
  for (const key of Object.keys(plan.columns) as RoleKey[]) {
    const col = plan.columns[key] as number;
    const done = moves.get(col);
    if (done !== undefined) {
      moved(key, col, done);
      continue;
    }
    if (hasData(col)) continue;
    let merge;
    for (const r of block.rows) {
      const m = v.merge(r, col);
      if (m && m.col === col && m.colCount >= 2) merge = m;
    }
    if (!merge) continue;
    const withData: number[] = [];
    for (let c = merge.col + 1; c < merge.col + merge.colCount; c++)
      if (!taken.has(c) && headerless(c) && hasData(c)) withData.push(c);
    if (withData.length !== 1) continue;
    const to = withData[0];
    moved(key, col, to);
    moves.set(col, to);
    plan.labels.set(to, plan.labels.get(col) ?? "");
    taken.add(to);
  }
}
