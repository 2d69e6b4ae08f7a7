// Findings as the rules produce them: placed at an absolute (row, col) so they can be sorted by
// sheet, row, column and kept one per rule and cell.

import type { Finding, RuleId, Severity } from "../types";
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
  private readonly seen = new Set<string>();
  /** Cells already reported as unreadable or missing: other rules skip figures built on them. */
  readonly badCells = new Set<string>();

  constructor(readonly sheet: string) {}

  add({ rule, severity, row, col, message, expected, actual }: FindingAt): void {
    const key = `${rule}|${row}|${col}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push({ row, col, finding: { rule, severity, sheet: this.sheet, cell: a1(row, col), message, expected, actual } });
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
    .sort((a, b) =>
      a.p.finding.sheet.localeCompare(b.p.finding.sheet) || a.p.row - b.p.row || a.p.col - b.p.col || a.i - b.i)
    .map(({ p }) => p.finding);
}
