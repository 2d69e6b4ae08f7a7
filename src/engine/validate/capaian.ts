// CAPAIAN_MISMATCH and POLARITY_SUSPECT: the stated capaian against target and realisasi, under the
// indicator's direction, rounding-aware. Two phases, because "auto" lower-is-better formula is a
// property of the whole report: first every row is evaluated, then the formula is chosen, then reported.

import { arah } from "../arah";
import { capaian as hitungCapaian, capaianAngka, samakanSkala } from "../capaian";
import { indicatorKey, type AnalysisSettings, type Polarity } from "../settings";
import { points, rowLabel, type ReadCell, type ReadColumn } from "./cells";
import { isIndicatorRow, measureColumns, type TableContext } from "./context";
import { angkaId, bulat, persenId } from "./format";
import { fitsStated } from "./precision";

const POLARITIES: Polarity[] = ["higher", "lower", "lower-ratio"];

interface CapaianRowBase {
  ctx: TableContext;
  name: string;
  stated: ReadCell;
  statedPoints: number;
  /** Target and realisasi as written (for messages on categories). */
  tText: string;
  rText: string;
  explicit?: Polarity;
  suggested: Polarity;
}

/** Numeric target and realisasi: the capaian depends on the direction. */
export interface NumericCapaianRow extends CapaianRowBase {
  kind: "numeric";
  /** Recomputed capaian in percent points per direction; null when the formula is undefined (T/R with R = 0). */
  values: Record<Polarity, number | null>;
  t: number;
  r: number;
}

/** Qualitative targets (categories): one value, the direction does not apply. */
export interface QualitativeCapaianRow extends CapaianRowBase {
  kind: "qualitative";
  qualitative: number;
}

/** One indicator row with a stated capaian, evaluated under every direction. */
export type CapaianRow = NumericCapaianRow | QualitativeCapaianRow;

function formula(p: Polarity, t: number, r: number): string {
  const T = angkaId(t, 4);
  const R = angkaId(r, 4);
  if (p === "higher") return `${R} / ${T}`;
  if (p === "lower") return `(2 x ${T} - ${R}) / ${T}`;
  return `${T} / ${R}`;
}

function directionText(p: Polarity): string {
  if (p === "higher") return "semakin tinggi semakin baik";
  if (p === "lower") return "semakin rendah semakin baik";
  return "semakin rendah semakin baik (rumus T/R)";
}

function safeArah(name: string): Polarity {
  try {
    return arah(name);
  } catch {
    return "higher";
  }
}

function numericPair(t: ReadCell, r: ReadCell): [number, number] | null {
  if (t.value === null || r.value === null) return null;
  try {
    return samakanSkala(
      { value: t.value, percent: t.percent },
      { value: r.value, percent: r.percent }
    );
  } catch {
    return t.percent === r.percent ? [t.value, r.value] : null;
  }
}

/** Evaluate every indicator row of the table that states a capaian. */
export function evaluateCapaian(ctx: TableContext): CapaianRow[] {
  const out: CapaianRow[] = [];
  const { table, grid, settings, sink } = ctx;
  for (const group of measureColumns(table)) {
    // Against a standard (Tabel "realisasi vs standar nasional/provinsi") the standard plays the target.
    const targetCol =
      group.target ?? (group.year === table.year ? table.columns.standar : undefined);
    if (group.capaian === undefined || targetCol === undefined || group.realisasi === undefined)
      continue;
    const capCol: ReadColumn = ctx.column(group.capaian);
    for (const row of table.rows) {
      if (!isIndicatorRow(row)) continue;
      const stated = ctx.cell(group.capaian, row.row);
      const t = ctx.cell(targetCol, row.row);
      const r = ctx.cell(group.realisasi, row.row);
      if (!stated || !t || !r) continue;
      const statedPoints = points(stated, capCol);
      if (statedPoints === null || sink.isBad(stated.row, stated.col)) continue;
      if (sink.isBad(t.row, t.col) || sink.isBad(r.row, r.col) || t.blank || r.blank) continue;
      const name = rowLabel(grid, table, row.row);
      const explicit = settings.polarity[indicatorKey(name)];
      const suggested = safeArah(name);
      const pair = numericPair(t, r);
      const written = (c: ReadCell): string =>
        (c.text !== "" ? c.text : String(c.raw ?? "")).trim();
      const base: CapaianRowBase = {
        ctx,
        name,
        stated,
        statedPoints,
        tText: written(t),
        rText: written(r),
        explicit,
        suggested,
      };
      if (pair) {
        if (pair[0] === 0) continue; // TARGET_ZERO says it
        const values: Record<Polarity, number | null> = {
          higher: null,
          lower: null,
          "lower-ratio": null,
        };
        for (const p of POLARITIES) {
          try {
            const v = capaianAngka(pair[0], pair[1], p) * 100;
            values[p] = Number.isFinite(v) ? v : null;
          } catch {
            values[p] = null;
          }
        }
        out.push({ ...base, kind: "numeric", values, t: pair[0], r: pair[1] });
      } else {
        try {
          out.push({
            ...base,
            kind: "qualitative",
            qualitative: hitungCapaian(t.raw, r.raw, explicit ?? suggested) * 100,
          });
        } catch {
          continue; // NOT_A_NUMBER says it
        }
      }
    }
  }
  return out;
}

function fits(row: CapaianRow, v: number | null, tolerance: number): boolean {
  return v !== null && fitsStated(v, row.statedPoints, row.stated.decimals, tolerance);
}

export interface LowerChoice {
  formula: "lower" | "lower-ratio";
  note?: string;
}

/** The lower-is-better formula to check with: the setting, or under "auto" the one the report itself uses. */
export function chooseLowerFormula(rows: CapaianRow[], settings: AnalysisSettings): LowerChoice {
  if (settings.lowerFormula !== "auto") return { formula: settings.lowerFormula };
  let onlyLower = 0;
  let onlyRatio = 0;
  for (const row of rows) {
    if (row.explicit || row.suggested === "higher" || row.kind !== "numeric") continue;
    const a = fits(row, row.values.lower, settings.tolerance);
    const b = fits(row, row.values["lower-ratio"], settings.tolerance);
    if (a && !b) onlyLower++;
    if (b && !a) onlyRatio++;
  }
  if (onlyRatio > 0 && onlyLower === 0) {
    return {
      formula: "lower-ratio",
      note: "Laporan ini konsisten memakai rumus T/R untuk indikator yang semakin rendah semakin baik; pemeriksaan mengikutinya.",
    };
  }
  if (onlyLower > 0 && onlyRatio === 0) {
    return {
      formula: "lower",
      note: "Laporan ini konsisten memakai rumus (2T - R) / T untuk indikator yang semakin rendah semakin baik; pemeriksaan mengikutinya.",
    };
  }
  if (onlyLower > 0 && onlyRatio > 0) {
    return {
      formula: "lower",
      note:
        "Laporan ini memakai dua rumus berbeda untuk indikator yang semakin rendah semakin baik (T/R dan (2T - R) / T); " +
        "pemeriksaan memakai (2T - R) / T. Pilih satu rumus di pengaturan bila laporan menetapkan yang lain.",
    };
  }
  return { formula: "lower" };
}

/** Report the rows' mismatches under the chosen lower-is-better formula. */
export function reportCapaian(
  rows: CapaianRow[],
  choice: LowerChoice,
  settings: AnalysisSettings
): void {
  const tol = settings.tolerance;
  for (const row of rows) {
    const { stated, statedPoints } = row;
    const sink = row.ctx.sink;
    const st = persenId(statedPoints, Math.max(row.stated.decimals, 0));
    const where = row.name ? ` untuk indikator "${row.name}"` : "";
    if (row.kind === "qualitative") {
      const q = row.qualitative;
      if (fits(row, q, tol)) continue;
      if (q > 100 && fits(row, 100, tol)) continue;
      sink.add({
        rule: "CAPAIAN_MISMATCH",
        severity: "error",
        row: stated.row,
        col: stated.col,
        message:
          `Capaian tertulis ${st}${where}, seharusnya ${persenId(q)} menurut kategori target "${row.tText}" dan realisasi ` +
          `"${row.rText}": realisasi setara atau di atas target = 100%, di bawahnya = nilai jangkar realisasi / nilai jangkar target. ` +
          `Perbaiki angka capaiannya.`,
        expected: bulat(q),
        actual: bulat(statedPoints),
      });
      continue;
    }
    const { values, t, r } = row;
    const base = row.explicit ?? row.suggested;
    const pol: Polarity = base === "higher" ? "higher" : (row.explicit ?? choice.formula);
    const source = row.explicit ? "menurut pengaturan arah indikator" : "menurut nama indikatornya";
    const expected = values[pol];
    if (expected === null) {
      sink.add({
        rule: "CAPAIAN_MISMATCH",
        severity: "error",
        row: stated.row,
        col: stated.col,
        message:
          `Capaian tertulis ${st}${where} tidak dapat diperiksa: rumus T/R tidak terdefinisi karena realisasi 0 (${formula(pol, t, r)}). ` +
          `Pakai rumus (2T - R) / T atau jelaskan penilaiannya.`,
        expected: null,
        actual: bulat(statedPoints),
      });
      continue;
    }
    if (fits(row, expected, tol)) continue;
    const exp = persenId(expected);
    if (expected > 100 && fits(row, 100, tol)) {
      sink.add({
        rule: "CAPAIAN_MISMATCH",
        severity: "info",
        row: stated.row,
        col: stated.col,
        message:
          `Capaian tertulis ${st}${where} adalah hasil hitung ${exp} (${formula(pol, t, r)}) yang dibatasi 100%. ` +
          `Pembatasan ini sah bila laporan menetapkannya; sebutkan batas itu di catatan tabel.`,
        expected: bulat(expected),
        actual: bulat(statedPoints),
      });
      continue;
    }
    const how = `${formula(pol, t, r)}`;
    const higher = values.higher;
    // Nothing realised yet and a direction only guessed from the name: a stated 0% is the report's own
    // reading (higher is better), not a sign that the direction is reversed.
    if (pol !== "higher" && !row.explicit && r === 0 && higher !== null && fits(row, higher, tol))
      continue;
    if (pol !== "higher" && higher !== null && fits(row, higher, tol)) {
      sink.add({
        rule: "POLARITY_SUSPECT",
        severity: row.explicit ? "error" : "warning",
        row: stated.row,
        col: stated.col,
        message:
          `Capaian tertulis ${st}, seharusnya ${exp} karena indikator ini ${directionText(pol)} (${source}): ${how}. ` +
          `Angka tertulis adalah hasil rumus semakin tinggi semakin baik (${formula("higher", t, r)} = ${persenId(higher)}): ` +
          `arah indikator tampaknya terbalik. Hitung ulang dengan rumus yang sesuai, atau ubah arah indikator di pengaturan.`,
        expected: bulat(expected),
        actual: bulat(statedPoints),
      });
      continue;
    }
    if (pol === "higher" && !row.explicit) {
      const other = (["lower", "lower-ratio"] as const).find((p) => fits(row, values[p], tol));
      const otherValue = other ? values[other] : null;
      if (other && otherValue !== null) {
        sink.add({
          rule: "POLARITY_SUSPECT",
          severity: "warning",
          row: stated.row,
          col: stated.col,
          message:
            `Capaian tertulis ${st}, seharusnya ${exp} bila indikator ini semakin tinggi semakin baik (${how}). ` +
            `Angka tertulis cocok dengan rumus ${directionText(other)} (${formula(other, t, r)} = ${persenId(otherValue)}). ` +
            `Bila indikator ini memang semakin rendah semakin baik, atur arahnya di pengaturan; bila tidak, perbaiki capaiannya.`,
          expected: bulat(expected),
          actual: bulat(statedPoints),
        });
        continue;
      }
    }
    const otherLower = pol === "lower" ? "lower-ratio" : pol === "lower-ratio" ? "lower" : null;
    const hint =
      otherLower && fits(row, values[otherLower], tol)
        ? ` Angka tertulis cocok dengan rumus ${otherLower === "lower-ratio" ? "T/R" : "(2T - R) / T"} (${formula(otherLower, t, r)}); ` +
          `bila laporan menetapkan rumus itu, pilih di pengaturan.`
        : " Perbaiki angka capaian, atau periksa target dan realisasinya.";
    sink.add({
      rule: "CAPAIAN_MISMATCH",
      severity: hint.startsWith(" Angka") ? "warning" : "error",
      row: stated.row,
      col: stated.col,
      message: `Capaian tertulis ${st}${where}, seharusnya ${exp} karena indikator ini ${directionText(pol)}: ${how}.${hint}`,
      expected: bulat(expected),
      actual: bulat(statedPoints),
    });
  }
}
