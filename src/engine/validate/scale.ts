// The rating scale in use: the user's choice, else a scale table printed in the workbook
// ("Interval Nilai | Kriteria": `91% ≤ 100% | Sangat Tinggi` ...), else Permendagri 86/2017.

import {
  labelPada,
  PERMENDAGRI86,
  skala as engineSkala,
  skalaSendiri,
  type Scale,
} from "../scales";
import type { AnalysisSettings, ScaleBand } from "../settings";
import type { Grid, RecognizedTable } from "../types";
import { a1 } from "./format";

/** A scale with the unit its bounds are written in. */
export interface ScaleInUse {
  scale: Scale;
  /** "fraction": 0.91 = 91%; "points": 91 = 91%. */
  unit: "fraction" | "points";
  /** How users know it, for messages ("skala Permendagri 86/2017"). */
  title: string;
  note?: string;
}

const SCALE_TITLES: Record<Scale["name"], string> = {
  permendagri86: "skala Permendagri 86/2017",
  akip: "skala predikat AKIP (PermenPAN-RB 88/2021)",
  spbe: "skala indeks SPBE",
  custom: "skala pengaturan",
};

function fromSettings(spec: Exclude<AnalysisSettings["scale"], "auto">): ScaleInUse {
  if (Array.isArray(spec)) {
    const scale = skalaSendiri(spec);
    const finite = scale.bands.map(([b]) => b).filter((b) => Number.isFinite(b));
    return {
      scale,
      unit: finite.every((b) => Math.abs(b) <= 3) ? "fraction" : "points",
      title: SCALE_TITLES.custom,
    };
  }
  const scale = engineSkala(spec);
  return {
    scale,
    unit: scale.name === "permendagri86" ? "fraction" : "points",
    title: SCALE_TITLES[scale.name],
  };
}

// "91% ≤ 100%", "≥ 90%", "> 90", "< 50%", "<u>&lt;</u> 50%" (as pasted from the seeds' PDF).
const INTERVAL = /^\s*(?:(<=?|≤|<u>&lt;<\/u>|&lt;)|(>=?|≥|&gt;))?\s*(\d+(?:[.,]\d+)?)\s*%?/;

function cellString(grid: Grid, r: number, c: number): string {
  const t = grid.text[r]?.[c];
  if (t !== undefined && t !== "") return t.trim();
  const v = grid.values[r]?.[c];
  return v === null || v === undefined ? "" : String(v).trim();
}

function insideTables(tables: RecognizedTable[], row: number, col: number): boolean {
  return tables.some(
    (t) =>
      row >= t.range.row &&
      row < t.range.row + t.range.rowCount &&
      col >= t.range.col &&
      col < t.range.col + t.range.colCount
  );
}

interface Candidate {
  row: number;
  col: number;
  bound: number;
  label: string;
  percent: boolean;
}

/** Find a percent scale table on the grid: three or more consecutive rows of `interval | label`. */
export function detectScale(
  grid: Grid,
  tables: RecognizedTable[]
): { bands: ScaleBand[]; where: string } | null {
  const byCol = new Map<number, Candidate[]>();
  grid.values.forEach((line, r) => {
    for (let c = 0; c < line.length - 1; c++) {
      const text = cellString(grid, r, c);
      if (text === "" || !/\d/.test(text) || text.length > 40) continue;
      const m = text.match(INTERVAL);
      if (!m || !/%|≤|<|>|≥|-|–/.test(text)) continue;
      const row = grid.originRow + r;
      const col = grid.originCol + c;
      if (insideTables(tables, row, col)) continue;
      let label = "";
      for (let k = c + 1; k < Math.min(line.length, c + 4); k++) {
        label = cellString(grid, r, k);
        if (label !== "") break;
      }
      if (!/^[\p{L} ]{3,30}$/u.test(label)) continue;
      const upperOnly = m[1] !== undefined;
      const bound = upperOnly ? -Infinity : Number(m[3].replace(",", "."));
      const list = byCol.get(col) ?? [];
      list.push({ row, col, bound, label, percent: text.includes("%") });
      byCol.set(col, list);
    }
  });
  for (const list of byCol.values()) {
    let run: Candidate[] = [];
    const flush = (): { bands: ScaleBand[]; where: string } | null => {
      if (run.length >= 3 && run.some((x) => x.percent)) {
        const bounds = new Set(run.map((x) => x.bound));
        if (bounds.size === run.length) {
          const first = run[0];
          const last = run[run.length - 1];
          return {
            bands: run.map((x): ScaleBand => [x.bound, x.label]),
            where: `${a1(first.row, first.col)}:${a1(last.row, last.col + 1)}`,
          };
        }
      }
      return null;
    };
    for (const cand of list) {
      if (run.length > 0 && cand.row - run[run.length - 1].row > 2) {
        const found = flush();
        if (found) return found;
        run = [];
      }
      run.push(cand);
    }
    const found = flush();
    if (found) return found;
  }
  return null;
}

/** The scale to check predikat with. */
export function scaleInUse(
  grid: Grid,
  tables: RecognizedTable[],
  settings: AnalysisSettings & { scaleFrom?: string }
): ScaleInUse {
  if (settings.scale !== "auto") {
    const chosen = fromSettings(settings.scale);
    // A scale that "auto" found printed in the workbook (resolveSettings) keeps saying where it is.
    if (Array.isArray(settings.scale) && settings.scaleFrom)
      chosen.title = `skala laporan ini (${settings.scaleFrom})`;
    return chosen;
  }
  const found = detectScale(grid, tables);
  if (found) {
    try {
      const scale = skalaSendiri(found.bands);
      return {
        scale,
        unit: "points",
        title: `skala laporan ini (${grid.sheet}!${found.where})`,
        note: `Predikat diperiksa dengan skala yang tertulis di lembar ${grid.sheet} sel ${found.where}, bukan skala bawaan Permendagri 86/2017.`,
      };
    } catch {
      // fall through to the default scale
    }
  }
  return { scale: PERMENDAGRI86, unit: "fraction", title: SCALE_TITLES.permendagri86 };
}

/** The label of a capaian given in percent points. */
export function labelForPoints(s: ScaleInUse, pointsValue: number): string {
  return labelPada(s.scale, s.unit === "fraction" ? pointsValue / 100 : pointsValue);
}
