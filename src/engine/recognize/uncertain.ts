// Precision before recall: which of a table's roles rest on a guess. Validation judges only the certain
// table (a copy without the guessed roles) and fill never reads from or writes into a guessed column, so no
// error or warning is ever claimed on a column recognition was not sure of; the doubt is said once instead.
import type { DoubtItem, DoubtReason, RecognizedTable, RoleKey } from "../types";

/**
 * Roles whose figures a check or a fill rests on. A guess among name columns (uraian, kode, satuan ...)
 * is said, but no figure is judged on it, so it does not make the role uncertain.
 */
const FIGURE_ROLES: ReadonlySet<string> = new Set([
  "target",
  "realisasi",
  "capaian",
  "predikat",
  "anggaran",
  "realisasi_anggaran",
  "serapan",
  "sisa",
  "target_akhir",
  "standar",
  "efisiensi",
]);

/** `realisasi@2023` -> `realisasi`. */
function baseRole(role: RoleKey): string {
  const at = role.indexOf("@");
  return at < 0 ? role : role.slice(0, at);
}

export function isFigureRole(role: RoleKey): boolean {
  return FIGURE_ROLES.has(baseRole(role));
}

/** A data settlement counts as certain when the % or sisa fits the pair in this share of the rows checked ... */
export const FIT_SHARE = 0.9;
/** ... and in at least this many rows (fewer rows prove nothing). */
export const FIT_MIN_ROWS = 4;

/** Does a fit of `fit` rows out of `seen` settle a role from the data? */
export function fitIsCertain(fit: number, seen: number): boolean {
  return seen >= FIT_MIN_ROWS && fit >= FIT_SHARE * seen - 1e-9;
}

/** Builds a doubt item; a guess on name columns only is never uncertain. */
export function doubtItem(
  reason: DoubtReason,
  message: string,
  parts: { columns?: number[]; taken?: number[]; roles?: RoleKey[]; uncertain?: boolean } = {}
): DoubtItem {
  const roles = parts.roles ?? [];
  const uncertain =
    (parts.uncertain ?? false) && (reason === "hierarchy" || roles.some(isFigureRole));
  return {
    reason,
    columns: parts.columns ?? parts.taken ?? [],
    taken: parts.taken ?? [],
    roles,
    uncertain,
    message,
  };
}

/** The items of `doubts`, in order: the structured one where one was recorded, else a plain note. */
export function itemsOf(doubts: string[], items: DoubtItem[]): DoubtItem[] {
  const byMessage = new Map(items.map((i) => [i.message, i]));
  return doubts.map((m) => byMessage.get(m) ?? doubtItem("other", m));
}

/** Columns the table took for a role by a guess. */
export function uncertainColumns(table: RecognizedTable): Set<number> {
  const out = new Set<number>();
  for (const item of table.doubtItems ?? [])
    if (item.uncertain && item.reason !== "hierarchy") for (const c of item.taken) out.add(c);
  return out;
}

/** Is the column of `role` (e.g. `realisasi@2024`) a guess? */
export function isUncertainRole(table: RecognizedTable, role: RoleKey): boolean {
  const col = table.columns[role];
  return col !== undefined && uncertainColumns(table).has(col);
}

/** Were parent and child rows told by a guess (then no sum per parent is judged)? */
export function hierarchyUncertain(table: RecognizedTable): boolean {
  return (table.doubtItems ?? []).some((i) => i.uncertain && i.reason === "hierarchy");
}

/** The uncertain doubt items of a table. */
export function uncertainItems(table: RecognizedTable): DoubtItem[] {
  return (table.doubtItems ?? []).filter((i) => i.uncertain);
}

/**
 * A copy of the table without its guessed roles: every role key on an uncertain column is dropped (the
 * plain `realisasi` as well as `realisasi@2024` when both point there). The same object when nothing is.
 */
export function certainTable(table: RecognizedTable): RecognizedTable {
  const unsure = uncertainColumns(table);
  if (unsure.size === 0) return table;
  const columns: Partial<Record<RoleKey, number>> = {};
  for (const [key, col] of Object.entries(table.columns) as [RoleKey, number][])
    if (!unsure.has(col)) columns[key] = col;
  return { ...table, columns };
}
