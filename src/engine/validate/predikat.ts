// PREDIKAT_MISMATCH: a stated kategori / predikat that does not fit its capaian (or serapan) under the
// scale in use. Rounding-aware: a capaian printed 91% may be 90,6% underneath, so any label of the
// printed value's rounding interval is accepted.

import type { ReadCell } from "./cells";
import { cellText, points } from "./cells";
import { measureColumns, type TableContext } from "./context";
import { persenId } from "./format";
import { halfUnit } from "./precision";
import { labelForPoints, type ScaleInUse } from "./scale";

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function bandText(s: ScaleInUse, label: string): string {
  const bands = s.scale.bands;
  const i = bands.findIndex(([, l]) => l === label);
  if (i < 0) return "";
  const lo = bands[i][0];
  const hi = bands[i + 1]?.[0];
  const pct = (v: number): string => persenId(s.unit === "fraction" ? v * 100 : v);
  const cmp = s.scale.exclusive ? ">" : ">=";
  if (!Number.isFinite(lo)) return hi !== undefined ? `< ${pct(hi)}` : "";
  return hi !== undefined ? `${cmp} ${pct(lo)} dan < ${pct(hi)}` : `${cmp} ${pct(lo)}`;
}

export function checkPredikat(ctx: TableContext, scale: ScaleInUse): void {
  const { table, grid, sink } = ctx;
  const known = new Map(scale.scale.bands.map(([, l]) => [norm(l), l]));
  const serapanCol = table.columns.serapan;
  for (const group of measureColumns(table)) {
    if (group.predikat === undefined) continue;
    const sourceCol = group.capaian ?? serapanCol;
    if (sourceCol === undefined) continue;
    const what = group.capaian !== undefined ? "capaian" : "serapan";
    const column = ctx.column(sourceCol);
    for (const row of table.rows) {
      if (row.kind === "sasaran") continue;
      const stated = cellText(grid, row.row, group.predikat);
      if (stated === "" || /^[-–—]+$/.test(stated)) continue;
      const source: ReadCell | undefined = ctx.cell(sourceCol, row.row);
      if (!source || sink.isBad(source.row, source.col)) continue;
      const p = points(source, column);
      if (p === null) continue;
      const half = halfUnit(source.decimals);
      const accepted = new Set(
        [p - half, p, p + half - 1e-9].map((v) => norm(labelForPoints(scale, v)))
      );
      const label = norm(stated);
      if (accepted.has(label)) continue;
      // The capaian itself was found wrong: a predikat that fits the true capaian is right, and the capaian's
      // finding already says what to fix (one typo, one finding).
      const truth = sink.expectedAt(
        what === "capaian" ? "CAPAIAN_MISMATCH" : "SERAPAN_MISMATCH",
        source.row,
        source.col
      );
      if (truth !== null && norm(labelForPoints(scale, truth)) === label) continue;
      const expected = labelForPoints(scale, p);
      if (!known.has(label)) {
        sink.add({
          rule: "PREDIKAT_MISMATCH",
          severity: "warning",
          row: row.row,
          col: group.predikat,
          message:
            `Predikat "${stated}" tidak ada pada ${scale.title}; untuk ${what} ${persenId(p)} predikatnya "${expected}" ` +
            `(${bandText(scale, expected)}). Pakai nama predikat dari skala, atau pilih skala laporan di pengaturan.`,
          expected,
          actual: stated,
        });
        continue;
      }
      sink.add({
        rule: "PREDIKAT_MISMATCH",
        severity: "error",
        row: row.row,
        col: group.predikat,
        message:
          `Predikat tertulis "${stated}", seharusnya "${expected}" untuk ${what} ${persenId(p)} menurut ${scale.title} ` +
          `(${expected}: ${bandText(scale, expected)}). Perbaiki predikatnya, atau periksa angka ${what}.`,
        expected,
        actual: stated,
      });
    }
  }
}
