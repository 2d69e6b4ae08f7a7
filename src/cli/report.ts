// What `sakip check` prints: the JSON object of docs/ARCHITECTURE.md ("Contracts"), or a short Indonesian summary.
import {
  columnLetter,
  rangeToA1,
  type Finding,
  type RecognizedTable,
  type Severity,
} from "../engine/index";
import type { Analysis } from "../app/scan";

export interface Stats {
  syncs: number;
  cellsRead: number;
  cellsWritten: number;
  ms: number;
  /** Bytes of the read responses as Excel would send them: total, and the largest single sync. */
  responseBytes: number;
  responseBytesMax: number;
  /** The most merged areas one request returned (Excel refuses more than 512). */
  mergedAreasMax: number;
}

export const NO_STATS: Stats = {
  syncs: 0,
  cellsRead: 0,
  cellsWritten: 0,
  ms: 0,
  responseBytes: 0,
  responseBytesMax: 0,
  mergedAreasMax: 0,
};

export interface TableJson {
  sheet: string;
  range: string;
  kind: RecognizedTable["kind"];
  columns: Record<string, string>;
  rows: number;
}

export interface CheckJson {
  file: string;
  tables: TableJson[];
  findings: Finding[];
  stats: Stats;
  /** Only when the file could not be checked (a folder's unreadable file): the Indonesian reason. */
  error?: string;
}

export function tableJson(t: RecognizedTable): TableJson {
  const columns: Record<string, string> = {};
  const entries = Object.entries(t.columns).filter(
    (e): e is [string, number] => typeof e[1] === "number"
  );
  for (const [role, col] of entries.sort((a, b) => a[1] - b[1])) columns[role] = columnLetter(col);
  return { sheet: t.sheet, range: rangeToA1(t.range), kind: t.kind, columns, rows: t.rows.length };
}

export function checkJson(file: string, analysis: Analysis, stats: Stats): CheckJson {
  return {
    file,
    tables: analysis.tables.map(tableJson),
    findings: analysis.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      message: f.message,
      expected: f.expected ?? null,
      actual: f.actual ?? null,
      // A TABLE_DOUBT carries every doubt about its table (reason, columns, the column taken, uncertain).
      ...(f.items ? { items: f.items } : {}),
    })),
    stats,
  };
}

const KIND: Record<RecognizedTable["kind"], string> = {
  pk: "PK (perjanjian/pengukuran kinerja)",
  anggaran: "realisasi anggaran",
  renstra: "target Renstra",
  comparison: "perbandingan antartahun",
  efisiensi: "efisiensi",
};
const SEVERITY: Record<Severity, string> = {
  error: "kesalahan",
  warning: "peringatan",
  info: "info",
};

const id = (n: number): string => n.toLocaleString("id-ID");

export function checkSummary(report: CheckJson, notes: string[], withStats: boolean): string {
  const lines: string[] = [];
  const count = (s: Severity) => report.findings.filter((f) => f.severity === s).length;
  lines.push(
    `${report.file}: ${report.tables.length} tabel, ${report.findings.length} temuan` +
      (report.findings.length > 0
        ? ` (${count("error")} kesalahan, ${count("warning")} peringatan, ${count("info")} info)`
        : "")
  );
  if (report.tables.length === 0)
    lines.push("  Tidak ada tabel PK, Renstra atau realisasi anggaran yang dikenali.");
  for (const t of report.tables) {
    lines.push(`  Tabel ${KIND[t.kind]} di lembar "${t.sheet}" ${t.range}, ${t.rows} baris data`);
    lines.push(
      `    kolom: ${Object.entries(t.columns)
        .map(([r, c]) => `${r}=${c}`)
        .join(", ")}`
    );
  }
  if (report.findings.length > 0) lines.push("  Temuan:");
  for (const f of report.findings)
    lines.push(`  - [${SEVERITY[f.severity]}] ${f.sheet}!${f.cell} ${f.rule}: ${f.message}`);
  for (const n of notes) lines.push(`  Catatan: ${n}`);
  if (withStats) {
    const s = report.stats;
    lines.push(
      `  Statistik: ${id(s.syncs)} sinkronisasi, ${id(s.cellsRead)} sel dibaca, ${id(s.cellsWritten)} sel ditulis, ${id(s.ms)} ms`
    );
    lines.push(
      `  Muatan: ${id(s.responseBytes)} bita diterima, paling besar ${id(s.responseBytesMax)} bita per sinkronisasi (batas Excel web 5 MB); paling banyak ${id(s.mergedAreasMax)} sel gabungan per permintaan (batas 512)`
    );
  }
  return lines.join("\n");
}
