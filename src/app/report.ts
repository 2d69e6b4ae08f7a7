// The reviewer's summary of one workbook (unit, year, tables by kind, findings by rule, average capaian, budget
// totals) and of a batch of them, as plain rows and text. Host-independent: `sakip report` writes these rows to
// an .xlsx, the task pane copies or downloads them for the open workbook.
import {
  budgetTotals,
  statedCapaianAverage,
  type Finding,
  type Grid,
  type RecognizedTable,
  type Severity,
  type TableKind,
} from "../engine/index";

export const TABLE_KINDS: TableKind[] = ["pk", "anggaran", "renstra", "comparison", "efisiensi"];

export interface WorkbookSummary {
  file: string;
  /** The unit (perangkat daerah) as a title or label of the workbook names it; null when none does. */
  unit: string | null;
  /** The year most of its tables report on, else one a title names; null when none. */
  year: number | null;
  tables: Record<TableKind, number>;
  errors: number;
  warnings: number;
  /** Rule -> number of error and warning findings of that rule (info left out). */
  byRule: Record<string, number>;
  /** Mean of the capaian stated in the PK tables' indicator rows, as a fraction; null without any. */
  averageCapaian: number | null;
  /** Budget of the realisasi anggaran table with the largest pagu (its total row, else its top-level rows); null without. */
  pagu: number | null;
  realisasi: number | null;
  /** realisasi / pagu as a fraction. */
  serapan: number | null;
  /** Why the workbook could not be checked (the rest is then empty). */
  error?: string;
}

/** What the summary is built from: what `analyse` gives for one workbook. */
export interface AnalysedWorkbook {
  grids: Grid[];
  tables: RecognizedTable[];
  findings: Finding[];
}

const emptyKinds = (): Record<TableKind, number> => ({
  pk: 0,
  anggaran: 0,
  renstra: 0,
  comparison: 0,
  efisiensi: 0,
});

/** The summary of a workbook that could not be read. */
export function failedSummary(file: string, error: string): WorkbookSummary {
  return {
    file,
    unit: null,
    year: null,
    tables: emptyKinds(),
    errors: 0,
    warnings: 0,
    byRule: {},
    averageCapaian: null,
    pagu: null,
    realisasi: null,
    serapan: null,
    error,
  };
}

export function summarizeWorkbook(file: string, workbook: AnalysedWorkbook): WorkbookSummary {
  const s = failedSummary(file, "");
  delete s.error;
  for (const t of workbook.tables) s.tables[t.kind]++;
  for (const f of workbook.findings) {
    if (f.severity === "info") continue;
    if (f.severity === "error") s.errors++;
    else s.warnings++;
    s.byRule[f.rule] = (s.byRule[f.rule] ?? 0) + 1;
  }
  s.unit = unitOf(workbook.grids, workbook.tables);
  s.year = yearOf(workbook.grids, workbook.tables);
  s.averageCapaian = statedCapaianAverage(workbook.grids, workbook.tables);
  const budget = budgetTotals(workbook.grids, workbook.tables);
  if (budget) {
    s.pagu = budget.pagu;
    s.realisasi = budget.realisasi;
    s.serapan = budget.pagu > 0 ? budget.realisasi / budget.pagu : null;
  }
  return s;
}

// --- unit and year, from what the workbook says about itself ---------------------------------------------

/**
 * Title texts: each sheet's text cells above its first table (the first 12 rows of a sheet without one), line
 * by line. A table's own cells are left out: an indicator such as "Kantor Regional ... BKN" is no unit.
 */
function titleTexts(grids: Grid[], tables: RecognizedTable[]): string[] {
  const out: string[] = [];
  for (const g of grids) {
    const tops = tables.filter((t) => t.sheet === g.sheet).map((t) => t.range.row);
    const end = (tops.length > 0 ? Math.min(...tops) : g.originRow + 12) - g.originRow;
    for (const row of g.values.slice(0, Math.max(0, end))) {
      for (const v of new Set(row)) {
        if (typeof v !== "string") continue;
        for (const line of v.split(/\r?\n/))
          if (line.trim() !== "") out.push(line.replace(/\s+/g, " ").trim());
      }
    }
  }
  return out;
}

const LABELLED =
  /^(?:perangkat daerah|unit kerja|satuan kerja|nama (?:opd|skpd|instansi)|opd|skpd|instansi)\s*:\s*(.{3,120})$/i;
const UNIT_WORDS =
  "Dinas|Badan|Kantor|Sekretariat|Inspektorat|Kecamatan|Kelurahan|RSUD|Rumah Sakit Umum Daerah|Satuan Polisi|Bagian";
const TITLED = new RegExp(
  `\\b((?:${UNIT_WORDS})\\b.{3,120}?)(?:\\s+(?:Tahun|TA\\.?|T\\.A\\.?|Periode)\\b|\\s*[(:;]|$)`,
  "i"
);
const TITLE_YEAR =
  /\b(?:Tahun(?: Anggaran)?|TA\.?|Periode(?: Pelaksanaan)?)\s*:?\s*((?:19|20)\d{2})\b/i;

/** A unit named by a label ("Perangkat Daerah : Dinas ...") first, else by a title ("... Dinas X Kota Y Tahun 2024"). */
export function unitOf(grids: Grid[], tables: RecognizedTable[]): string | null {
  const texts = titleTexts(grids, tables);
  for (const t of texts) {
    const m = LABELLED.exec(t);
    if (m) return m[1].trim();
  }
  for (const t of texts) {
    const m = TITLED.exec(t);
    if (m) return m[1].trim();
  }
  return null;
}

/** The year a title names ("Tahun Anggaran 2026"), else the one most tables report on. */
export function yearOf(grids: Grid[], tables: RecognizedTable[]): number | null {
  for (const t of titleTexts(grids, tables)) {
    const m = TITLE_YEAR.exec(t);
    if (m) return Number(m[1]);
  }
  const counts = new Map<number, number>();
  for (const t of tables)
    if (t.year !== undefined) counts.set(t.year, (counts.get(t.year) ?? 0) + 1);
  if (counts.size === 0) return null;
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
}

// --- rows and text -------------------------------------------------------------------------------------------

export type ReportCell = string | number | null;

export interface ReportSheet {
  header: string[];
  rows: ReportCell[][];
}

const KIND_HEADER: Record<TableKind, string> = {
  pk: "Tabel PK",
  anggaran: "Tabel anggaran",
  renstra: "Tabel Renstra",
  comparison: "Tabel perbandingan",
  efisiensi: "Tabel efisiensi",
};

/** The first sheet: one row per workbook; one column per rule any workbook has (sorted), counting errors and warnings. */
export function summarySheet(summaries: WorkbookSummary[]): ReportSheet {
  const rules = [...new Set(summaries.flatMap((s) => Object.keys(s.byRule)))].sort();
  const header = [
    "Berkas",
    "Unit",
    "Tahun",
    ...TABLE_KINDS.map((k) => KIND_HEADER[k]),
    "Kesalahan",
    "Peringatan",
    ...rules,
    "Rata-rata capaian",
    "Pagu",
    "Realisasi",
    "Serapan",
    "Tidak terbaca",
  ];
  const rows = summaries.map((s) => [
    s.file,
    s.unit,
    s.year,
    ...TABLE_KINDS.map((k) => s.tables[k]),
    s.errors,
    s.warnings,
    ...rules.map((r) => s.byRule[r] ?? 0),
    s.averageCapaian,
    s.pagu,
    s.realisasi,
    s.serapan,
    s.error ?? null,
  ]);
  return { header, rows };
}

export interface FileFindings {
  file: string;
  findings: Finding[];
}

const SEVERITY_ID: Record<Severity, string> = {
  error: "kesalahan",
  warning: "peringatan",
  info: "info",
};

/** The findings sheet: every error and warning of every workbook, one per row. */
export function findingsSheet(files: FileFindings[]): ReportSheet {
  const header = ["Berkas", "Lembar", "Sel", "Aturan", "Tingkat", "Pesan"];
  const rows = files.flatMap(({ file, findings }) =>
    findings
      .filter((f) => f.severity !== "info")
      .map((f) => [file, f.sheet, f.cell, f.rule, SEVERITY_ID[f.severity], f.message])
  );
  return { header, rows };
}

const percentText = (x: number): string =>
  `${(x * 100).toLocaleString("id-ID", { maximumFractionDigits: 2 })}%`;
const rupiahText = (x: number): string =>
  `Rp ${x.toLocaleString("id-ID", { maximumFractionDigits: 2 })}`;

/** The summary of one workbook as Indonesian text (the pane's "copy"). */
export function summaryText(s: WorkbookSummary, findings: Finding[] = []): string {
  const lines = [`Ringkasan SAKIP: ${s.file}`];
  if (s.error) return [...lines, `Tidak dapat diperiksa: ${s.error}`].join("\n");
  lines.push(`Unit: ${s.unit ?? "(tidak disebut di buku kerja)"}`);
  lines.push(`Tahun: ${s.year ?? "(tidak disebut)"}`);
  const kinds = TABLE_KINDS.filter((k) => s.tables[k] > 0).map(
    (k) => `${s.tables[k]} ${KIND_HEADER[k].replace("Tabel ", "")}`
  );
  lines.push(`Tabel: ${kinds.length > 0 ? kinds.join(", ") : "tidak ada yang dikenali"}`);
  lines.push(`Temuan: ${s.errors} kesalahan, ${s.warnings} peringatan`);
  for (const [rule, n] of Object.entries(s.byRule).sort()) lines.push(`  ${rule}: ${n}`);
  if (s.averageCapaian !== null) lines.push(`Rata-rata capaian: ${percentText(s.averageCapaian)}`);
  if (s.pagu !== null && s.realisasi !== null) {
    lines.push(
      `Pagu: ${rupiahText(s.pagu)}; realisasi: ${rupiahText(s.realisasi)}` +
        (s.serapan !== null ? `; serapan: ${percentText(s.serapan)}` : "")
    );
  }
  const listed = findings.filter((f) => f.severity !== "info");
  if (listed.length > 0) lines.push("", "Daftar temuan:");
  for (const f of listed)
    lines.push(`- [${SEVERITY_ID[f.severity]}] ${f.sheet}!${f.cell} ${f.rule}: ${f.message}`);
  return lines.join("\n");
}

/** A sheet as CSV (`;` separated, as Indonesian Excel opens it), for the pane's download. */
export function sheetCsv(sheet: ReportSheet): string {
  const cell = (v: ReportCell): string => {
    const t = v === null ? "" : typeof v === "number" ? String(v).replace(".", ",") : v;
    return /[";\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  return [sheet.header, ...sheet.rows].map((r) => r.map(cell).join(";")).join("\r\n");
}
