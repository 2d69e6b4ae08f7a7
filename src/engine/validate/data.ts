// Data problems: text where a number belongs (NOT_A_NUMBER), a missing target or realisasi
// (MISSING_VALUE), a target of zero (TARGET_ZERO). Cells reported here are marked so that other rules
// do not build figures on them.

import { capaian as hitungCapaian } from "../capaian";
import type { ColumnRole, RoleKey } from "../types";
import type { ReadCell } from "./cells";
import { isIndicatorRow, measureColumns, type TableContext } from "./context";

/** Columns whose cells must be numbers. Target and realisasi may also be categories (B, WTP, Baik). */
const NUMERIC_ROLES: ColumnRole[] = [
  "capaian",
  "anggaran",
  "realisasi_anggaran",
  "serapan",
  "sisa",
  "efisiensi",
];

function shown(cell: ReadCell): string {
  return cell.text !== "" ? cell.text : cell.raw === null ? "" : String(cell.raw);
}

/** A category pair the capaian formula understands (B vs B, WTP vs WTP, 83 (B)). */
function qualitativeOk(a: ReadCell, b: ReadCell | undefined): boolean {
  const other = b && !b.blank ? b.raw : a.raw;
  try {
    const v = hitungCapaian(a.raw, other);
    return Number.isFinite(v);
  } catch {
    try {
      const v = hitungCapaian(other, a.raw);
      return Number.isFinite(v);
    } catch {
      return false;
    }
  }
}

/** "80-85", "80 s.d. 85", ">= 80", "min. 80", "maks 10 %": a range or a bound, written on purpose. */
const RANGE_OR_BOUND =
  /^\s*(?:(?:≥|≤|>=|<=|>|<|min(?:imal|imum)?\.?|maks(?:imal|imum)?\.?|max\.?)\s*[\d.,]+\s*%?|[\d.,]+\s*%?\s*(?:-|–|s\.?\s*d\.?|s\/d|sampai)\s*[\d.,]+\s*%?)\s*$/i;

/** A target or realisasi written as a range or bound: no capaian to judge, said as a note, not an error. */
function reportRange(ctx: TableContext, cell: ReadCell, what: string): void {
  const text = shown(cell);
  ctx.sink.add({
    rule: "NOT_A_NUMBER",
    severity: "info",
    row: cell.row,
    col: cell.col,
    message:
      `${what} "${text}" berupa rentang atau batas, bukan satu angka, jadi capaian indikator ini tidak dihitung ` +
      `dan tidak diperiksa. Bila perlu dihitung, tulis satu angka (mis. batas bawahnya) dan rentangnya di keterangan.`,
    expected: null,
    actual: text,
  });
  ctx.sink.markBad(cell.row, cell.col);
}

function reportUnreadable(ctx: TableContext, cell: ReadCell, what: string): void {
  const text = shown(cell);
  const ambiguous = cell.issue?.kind === "ambiguous";
  const why =
    cell.issue?.message ??
    `"${text}" bukan angka. Tulis angka seperti 91,43 atau 91,43% atau 1.234.567,89.`;
  ctx.sink.add({
    rule: "NOT_A_NUMBER",
    severity: ambiguous ? "warning" : "error",
    row: cell.row,
    col: cell.col,
    message: `${what} di sel ini tidak dapat dibaca dengan pasti: ${why} Sel ini tidak ikut diperiksa sampai diperbaiki.`,
    expected: null,
    actual: text,
  });
  ctx.sink.markBad(cell.row, cell.col);
}

const ROLE_NAMES: Partial<Record<ColumnRole, string>> = {
  target: "Target",
  realisasi: "Realisasi",
  capaian: "Capaian",
  anggaran: "Pagu anggaran",
  realisasi_anggaran: "Realisasi anggaran",
  serapan: "Persentase serapan",
  sisa: "Sisa anggaran",
  efisiensi: "Efisiensi",
};

export function checkData(ctx: TableContext): void {
  const { table } = ctx;
  for (const [key, col] of Object.entries(table.columns) as [RoleKey, number | undefined][]) {
    if (col === undefined) continue;
    const role = key.split("@")[0] as ColumnRole;
    if (!NUMERIC_ROLES.includes(role)) continue;
    // A template not filled yet: a total line's =AVERAGE(...) over the empty column shows #DIV/0!; that is
    // the empty column, said nowhere as an error.
    const emptyColumn = table.rows.every(
      (row) => !isIndicatorRow(row) || (ctx.cell(col, row.row)?.blank ?? true)
    );
    for (const cell of ctx.column(col).cells) {
      if (emptyColumn && table.rows[ctx.rowIndex.get(cell.row) ?? -1]?.kind === "total") continue;
      if (cell.value === null && !cell.blank && cell.issue && cell.issue.kind !== "empty") {
        reportUnreadable(ctx, cell, ROLE_NAMES[role] ?? "Nilai");
      } else if (cell.issue?.kind === "ambiguous") {
        reportUnreadable(ctx, cell, ROLE_NAMES[role] ?? "Nilai");
      }
    }
  }

  for (const group of measureColumns(table)) {
    if (group.target === undefined || group.realisasi === undefined) continue;
    // Blank targets or realisasi are normal in plan tables (future years); they matter where a capaian is due.
    const capaianDue = group.capaian !== undefined || table.kind === "pk";
    for (const row of table.rows) {
      if (!isIndicatorRow(row)) continue;
      const t = ctx.cell(group.target, row.row);
      const r = ctx.cell(group.realisasi, row.row);
      if (!t || !r) continue;
      for (const [cell, other, name] of [
        [t, r, "Target"],
        [r, t, "Realisasi"],
      ] as const) {
        if (cell.value === null && !cell.blank && !qualitativeOk(cell, other)) {
          if (RANGE_OR_BOUND.test(shown(cell))) reportRange(ctx, cell, name);
          else reportUnreadable(ctx, cell, name);
        }
      }
      if (!capaianDue) continue;
      // A row with no indicator name (an urusan / program heading, a total) has no capaian due.
      const nameCol = table.columns.indikator;
      const nameCell = nameCol !== undefined ? ctx.cell(nameCol, row.row) : undefined;
      if (nameCol !== undefined && (!nameCell || nameCell.blank)) continue;
      // Target 0 with nothing realised (an activity not planned this year): nothing to judge.
      if (t.value === 0 && !t.blank && (r.blank || r.value === 0)) continue;
      const stated = group.capaian !== undefined ? ctx.cell(group.capaian, row.row) : undefined;
      const rowHasFigures = !t.blank || !r.blank || (stated !== undefined && !stated.blank);
      if (!rowHasFigures) continue;
      for (const [cell, name, todo] of [
        [t, "Target", "Isi target dari Perjanjian Kinerja"],
        [
          r,
          "Realisasi",
          "Isi realisasi, atau tulis keterangan mengapa belum tersedia di kolom lain",
        ],
      ] as const) {
        if (!cell.blank) continue;
        // "N/A", "Belum ada data": the unit says in words that the figure is not there; a note, not a warning
        // (an empty cell or a bare "-" may be a figure forgotten).
        const said = /[a-z]/i.test(shown(cell));
        ctx.sink.add({
          rule: "MISSING_VALUE",
          severity: said ? "info" : "warning",
          row: cell.row,
          col: cell.col,
          message: `${name} kosong${shown(cell) ? ` ("${shown(cell)}")` : ""}: capaian indikator ini tidak dapat dihitung. ${todo}.`,
          expected: null,
          actual: shown(cell) || null,
        });
        ctx.sink.markBad(cell.row, cell.col);
      }
      if (t.value === 0 && !t.blank) {
        ctx.sink.add({
          rule: "TARGET_ZERO",
          severity: "error",
          row: t.row,
          col: t.col,
          message:
            `Target bernilai 0: capaian (realisasi / target) tidak dapat dihitung karena pembagian dengan nol. ` +
            `Periksa target di Perjanjian Kinerja; untuk target nol yang disengaja, jelaskan cara menilainya.`,
          expected: null,
          actual: 0,
        });
        ctx.sink.markBad(t.row, t.col);
      }
    }
  }
}
