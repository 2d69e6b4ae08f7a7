// Findings grouped the way a reviewer reads them: per table, then errors before warnings before info.
import type { Finding, RecognizedTable, Severity } from "../../engine/index";
import { parseA1 } from "./a1";

export const SEVERITY_ORDER: Severity[] = ["error", "warning", "info"];

export interface FindingGroup {
  /** The table the cells belong to; null for findings outside every recognized table. */
  table: RecognizedTable | null;
  sheet: string;
  bySeverity: { severity: Severity; findings: Finding[] }[];
  count: number;
}

function contains(table: RecognizedTable, sheet: string, row: number, col: number): boolean {
  const r = table.range;
  return (
    table.sheet === sheet &&
    row >= r.row &&
    row < r.row + r.rowCount &&
    col >= r.col &&
    col < r.col + r.colCount
  );
}

export function groupFindings(findings: Finding[], tables: RecognizedTable[]): FindingGroup[] {
  const groups = new Map<
    string,
    { table: RecognizedTable | null; sheet: string; items: Finding[] }
  >();
  const order: string[] = [];
  for (const f of findings) {
    const pos = parseA1(f.cell);
    const table = pos ? (tables.find((t) => contains(t, f.sheet, pos.row, pos.col)) ?? null) : null;
    const key = table ? `${table.sheet}|${table.range.row}|${table.range.col}` : `${f.sheet}|-`;
    let g = groups.get(key);
    if (!g) {
      g = { table, sheet: f.sheet, items: [] };
      groups.set(key, g);
      order.push(key);
    }
    g.items.push(f);
  }
  return order.map((key) => {
    const g = groups.get(key)!;
    return {
      table: g.table,
      sheet: g.sheet,
      count: g.items.length,
      bySeverity: SEVERITY_ORDER.map((severity) => ({
        severity,
        findings: g.items.filter((f) => f.severity === severity),
      })).filter((s) => s.findings.length > 0),
    };
  });
}
