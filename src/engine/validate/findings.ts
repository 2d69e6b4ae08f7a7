// Findings as the rules produce them: placed at an absolute (row, col) so they can be sorted by
// sheet, row, column and kept one per rule and cell.

import type { Finding, RuleId, Severity } from "../types";
import { columnLetter } from "../recognize/address";
import { a1 } from "./format";

export interface PlacedFinding {
  row: number;
  col: number;
  finding: Finding;
}

/** One finding as a rule reports it: at an absolute (row, col) of the sheet being validated. */
export interface FindingAt {
  rule: RuleId;
  severity: Severity;
  row: number;
  col: number;
  message: string;
  expected: number | string | null;
  actual: number | string | null;
}

/** Collects findings of one validation run; a second finding of the same rule at the same cell is dropped. */
export class FindingSink {
  private readonly items: PlacedFinding[] = [];
  /** Each finding by `rule|row|col`: one per rule and cell, and found again by `expectedAt`. */
  private readonly seen = new Map<string, Finding>();
  /** Cells already reported as unreadable or missing: other rules skip figures built on them. */
  readonly badCells = new Set<string>();

  constructor(readonly sheet: string) {}

  add({ rule, severity, row, col, message, expected, actual }: FindingAt): void {
    const key = `${rule}|${row}|${col}`;
    if (this.seen.has(key)) return;
    const finding: Finding = {
      rule,
      severity,
      sheet: this.sheet,
      cell: a1(row, col),
      message,
      expected,
      actual,
    };
    this.seen.set(key, finding);
    this.items.push({ row, col, finding });
  }

  /** The figure a rule expected at a cell it found wrong (a capaian's recomputed value), if it found one. */
  expectedAt(rule: RuleId, row: number, col: number): number | null {
    const expected = this.seen.get(`${rule}|${row}|${col}`)?.expected;
    return typeof expected === "number" ? expected : null;
  }

  markBad(row: number, col: number): void {
    this.badCells.add(`${row}|${col}`);
  }

  isBad(row: number, col: number): boolean {
    return this.badCells.has(`${row}|${col}`);
  }

  placed(): PlacedFinding[] {
    return this.items;
  }
}

/** Sheet, then row, then column; stable for findings at one cell. */
export function sortFindings(items: PlacedFinding[]): Finding[] {
  return items
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        a.p.finding.sheet.localeCompare(b.p.finding.sheet) ||
        a.p.row - b.p.row ||
        a.p.col - b.p.col ||
        a.i - b.i
    )
    .map(({ p }) => p.finding);
}

/** From this many findings of one rule in one column, the column gets one finding instead of one per cell. */
export const COLUMN_GROUP_MIN = 5;

/**
 * A column that fails the same way in most of its many cells is one finding: at its first cell, saying the range, how
 * many cells and the first ones. Errors and warnings only; info stays per cell.
 */
export function groupByColumn(
  items: PlacedFinding[],
  rowsOfColumn: Map<number, number> = new Map()
): PlacedFinding[] {
  const groups = new Map<string, PlacedFinding[]>();
  for (const p of items) {
    if (p.finding.severity === "info") continue;
    const key = `${p.finding.rule}|${p.finding.severity}|${p.col}`;
    const list = groups.get(key) ?? [];
    list.push(p);
    groups.set(key, list);
  }
  const dropped = new Set<PlacedFinding>();
  const added: PlacedFinding[] = [];
  for (const list of groups.values()) {
    // Only a column that fails in most of its rows fails "the same way" (a wrong column, a broken link);
    // a few rows over their pagu in a long table are separate facts, each at its own cell.
    const rows = rowsOfColumn.get(list[0].col) ?? list.length;
    if (list.length < COLUMN_GROUP_MIN || list.length * 2 < rows) continue;
    list.sort((a, b) => a.row - b.row);
    const first = list[0];
    const last = list[list.length - 1];
    const letter = columnLetter(first.col);
    const range = `${letter}${first.row + 1}:${letter}${last.row + 1}`;
    const firstCells = list
      .slice(0, 5)
      .map((p) => p.finding.cell)
      .join(", ");
    for (const p of list) dropped.add(p);
    added.push({
      row: first.row,
      col: first.col,
      finding: {
        ...first.finding,
        message:
          `${list.length} sel di kolom ${letter} (${range}) salah dengan cara yang sama; sel pertama: ${firstCells}. ` +
          `Contoh ${first.finding.cell}: ${first.finding.message}`,
      },
    });
  }
  if (added.length === 0) return items;
  return [...items.filter((p) => !dropped.has(p)), ...added];
}
