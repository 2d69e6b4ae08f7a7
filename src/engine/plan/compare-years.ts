// Sheet 1, Antar tahun: each indicator of the base table with its realisasi for every year found in
// the workbook (the base table's own year columns, or other tables matched by name), the target and
// capaian where a year has a target, and the trend between the last two years by the indicator's direction.
import { cellA1 } from "./a1";
import { PERCENT, arahArg, formulaCell, textCell } from "./compare-cells";
import { appendChartData } from "./compare-chart-data";
import type { CompareContext } from "./compare-context";
import type { SourceTable } from "./compare-sources";
import type { CompareCell, CompareSheet } from "./compare-types";

interface Source {
  source: SourceTable;
  row: number;
}

/** Where each base indicator's figures of a year come from (null: not found). */
function sourcesFor(
  ctx: CompareContext,
  year: number,
  role: "realisasi" | "target"
): (Source | null)[] {
  const base = ctx.base!;
  const out: (Source | null)[] = base.indicators.map(() => null);
  const ordered = [base, ...ctx.sources.filter((s) => s !== base && s.table.kind !== "efisiensi")];
  for (const s of ordered) {
    // Another table is only asked for what the base table lacks (a second unit's PK of the same year is not a source).
    if (out.every((x) => x !== null)) break;
    if (s.years.get(year)?.[role] === undefined) continue;
    if (s === base) {
      base.indicators.forEach((ind, i) => {
        out[i] ??= { source: s, row: ind.row };
      });
      continue;
    }
    const purpose = `${role === "realisasi" ? "Realisasi" : "Target"} ${year} (${s.table.sheet})`;
    ctx.pairs("antar-tahun", purpose, base.indicators, s).forEach((p, i) => {
      if (p.other && !out[i]) out[i] = { source: s, row: p.other.row };
    });
  }
  return out;
}

export function planYears(ctx: CompareContext, name: string, update: boolean): CompareSheet | null {
  const base = ctx.base;
  if (!base) {
    ctx.notes.push(
      'Lembar antar tahun tidak dibuat: tidak ada tabel PK atau perbandingan dengan kolom realisasi dan tahunnya. Pastikan judul kolom menyebut tahun, misalnya "Realisasi 2024".'
    );
    return null;
  }
  const years = [
    ...new Set(
      ctx.sources
        .filter((s) => s.table.kind !== "efisiensi")
        .flatMap((s) =>
          [...s.years.entries()].filter(([, c]) => c.realisasi !== undefined).map(([y]) => y)
        )
    ),
  ].sort((a, b) => a - b);
  const real = new Map(years.map((y) => [y, sourcesFor(ctx, y, "realisasi")]));
  const targetYears = years.filter((y) => sourcesFor(ctx, y, "target").some((s) => s !== null));
  const target = new Map(targetYears.map((y) => [y, sourcesFor(ctx, y, "target")]));
  if (years.length < 2) {
    ctx.notes.push(
      `Lembar antar tahun hanya memuat tahun ${years.join(", ")}: realisasi tahun sebelumnya tidak ditemukan. Tambahkan kolom "Realisasi ${(years[0] ?? 2024) - 1}" atau tabel PK tahun lalu, lalu jalankan lagi.`
    );
  }
  const satuanCol = base.table.columns.satuan;
  const H = 3; // header row
  // No | Indikator | Satuan | per year: [Target] Realisasi [Capaian] | Tren, as the report's own tables.
  const hasTarget = new Set(targetYears);
  const cols = new Map<number, { target?: number; real: number; capaian?: number }>();
  let next = 3;
  for (const y of years) {
    const entry: { target?: number; real: number; capaian?: number } = { real: 0 };
    if (hasTarget.has(y)) entry.target = next++;
    entry.real = next++;
    if (hasTarget.has(y)) entry.capaian = next++;
    cols.set(y, entry);
  }
  const header: CompareCell[] = [textCell("No"), textCell("Indikator Kinerja"), textCell("Satuan")];
  for (const y of years) {
    if (hasTarget.has(y)) header.push(textCell(`Target ${y}`));
    header.push(textCell(`Realisasi ${y}`));
    if (hasTarget.has(y)) header.push(textCell(`Capaian ${y} (%)`));
  }
  const last = years.length - 1;
  if (years.length >= 2) header.push(textCell(`Tren ${years[last - 1]} ke ${years[last]}`));
  const rows: CompareCell[][] = base.indicators.map((ind, i) => {
    const r = H + 1 + i;
    const arah = arahArg(ctx.polarity(ind.name));
    const cells: CompareCell[] = [
      { number: i + 1 },
      textCell(ind.name),
      satuanCol === undefined ? null : textCell(ctx.text(base, ind.row, satuanCol)),
    ];
    for (const y of years) {
      const c = cols.get(y)!;
      if (c.target !== undefined) {
        const s = target.get(y)![i];
        const col = s?.source.years.get(y)?.target;
        cells.push(s && col !== undefined ? ctx.ref(s.source.table.sheet, s.row, col) : null);
      }
      const s = real.get(y)![i];
      const col = s?.source.years.get(y)?.realisasi;
      cells.push(s && col !== undefined ? ctx.ref(s.source.table.sheet, s.row, col) : null);
      if (c.capaian !== undefined) {
        const T = cellA1(r, c.target!);
        const R = cellA1(r, c.real);
        cells.push(
          formulaCell(`=IF(OR(${T}="",${R}=""),"",SAKIP.CAPAIAN(${T},${R}${arah}))`, PERCENT)
        );
      }
    }
    if (years.length >= 2) {
      const P = cellA1(r, cols.get(years[last - 1]!)!.real);
      const C = cellA1(r, cols.get(years[last]!)!.real);
      const up = `SAKIP.CAPAIAN(${P},${C}${arah})`;
      const back = `SAKIP.CAPAIAN(${C},${P}${arah})`;
      // Categories score 100% at or above the other's rank, so "equal" is told from the reverse comparison.
      cells.push(
        formulaCell(
          `=IF(OR(${P}="",${C}=""),"",IFERROR(IF(${up}>1,"Membaik",IF(${up}<1,"Memburuk",IF(${back}<1,"Membaik","Tetap"))),"Periksa data"))`
        )
      );
    }
    return cells;
  });
  const title = `Perbandingan Realisasi Kinerja Antar Tahun (${years.join(", ")})`;
  const cells: CompareCell[][] = [[textCell(title)], [], [], header, ...rows];
  const block = appendChartData(
    cells,
    rows.map((_, i) => H + 1 + i),
    1,
    years.map((y) => ({ col: cols.get(y)!.real, header: `Realisasi ${y}` })),
    { type: "ColumnClustered", title: "Realisasi antar tahun" }
  );
  return {
    kind: "antar-tahun",
    name,
    update,
    cells,
    boldRows: [0, H, ...block.boldRows],
    chart: block.chart,
  };
}
