// Sheet 2, Target akhir periode: this year's realisasi against the RPJMD / Renstra final-year target,
// progress with the indicator's direction, and what remains. Sources: tables with a target_akhir
// column, or a Renstra table's last plan year; realisasi: the latest the workbook has for the indicator
// (the base table, i.e. the PK of the latest year, unless the source's own realisasi is as recent), never
// a Renstra's older columns (Kondisi Awal). Target and realisasi are put on one unit (a % indicator
// typed 55% against a target of 75 is 55 against 75), so the remaining gap is in the indicator's unit.
import { cellA1, sheetPrefix } from "./a1";
import { cellOf } from "./grid-cells";
import type { Grid } from "../types";
import { PERCENT, arahArg, formulaCell, textCell } from "./compare-cells";
import { appendChartData } from "./compare-chart-data";
import type { CompareContext } from "./compare-context";
import type { SourceTable } from "./compare-sources";
import type { CompareCell, CompareSheet } from "./compare-types";

interface Plan {
  source: SourceTable;
  targetCol: number;
  label: string;
}

function targets(ctx: CompareContext): Plan[] {
  const out: Plan[] = [];
  for (const s of ctx.sources) {
    const head = Math.min(...s.table.headerRows, s.table.range.row);
    const col = s.table.columns.target_akhir;
    if (col !== undefined) {
      out.push({ source: s, targetCol: col, label: ctx.text(s, head, col) || "Target Akhir" });
      continue;
    }
    if (s.table.kind !== "renstra") continue;
    const planYears = [...s.years.entries()]
      .filter(([, c]) => c.target !== undefined)
      .map(([y]) => y);
    if (planYears.length < 2) continue;
    const last = Math.max(...planYears);
    out.push({
      source: s,
      targetCol: s.years.get(last)!.target!,
      label: `Target ${last} (akhir periode)`,
    });
  }
  return out;
}

/** A "Kondisi Awal" (baseline) column: the year before the plan, never a realisasi to measure progress with. */
function isBaseline(s: SourceTable, col: number): boolean {
  return [...s.table.headerRows, s.table.range.row].some((r) =>
    /kondisi\s*awal|baseline/i.test(String(cellOf(s.grid, r, col).value ?? ""))
  );
}

function latestRealisasi(s: SourceTable): [number, number] | null {
  const ys = [...s.years.entries()]
    .filter(([, c]) => c.realisasi !== undefined && !isBaseline(s, c.realisasi))
    .sort((a, b) => b[0] - a[0]);
  return ys[0] ? [ys[0][0], ys[0][1].realisasi!] : null;
}

/** A cell typed or formatted as a percent (0,55 shown as 55%, or the text "55%"). */
function percentCell(grid: Grid, row: number, col: number): boolean {
  const c = cellOf(grid, row, col);
  return c.numberFormat.includes("%") || (typeof c.value === "string" && c.value.includes("%"));
}

/** A reference that shows the percent cell in points (55% -> 55), so both sides share the indicator's unit. */
function pointsRef(sheet: string, row: number, col: number): CompareCell {
  const at = `${sheetPrefix(sheet)}${cellA1(row, col)}`;
  return formulaCell(`=IF(${at}="","",SAKIP.ANGKA(${at})*100)`, "0.00");
}

export function planTarget(
  ctx: CompareContext,
  name: string,
  update: boolean
): CompareSheet | null {
  const plans = targets(ctx);
  if (plans.length === 0) {
    ctx.notes.push(
      'Lembar target akhir periode tidak dibuat: tidak ada kolom target akhir RPJMD/Renstra (misalnya "Target 2026 (RPJMD 2021-2026)" atau "Target Akhir Renstra") maupun tabel Renstra per tahun. Tambahkan kolom itu ke tabel PK lalu jalankan lagi.'
    );
    return null;
  }
  const rows: CompareCell[][] = [
    [textCell("Perbandingan Realisasi dengan Target Akhir Periode RPJMD / Renstra")],
    [],
    [],
  ];
  const bold = [0];
  let chartRows: number[] | undefined;
  for (const p of plans) {
    const baseReal = ctx.base && ctx.base !== p.source ? latestRealisasi(ctx.base) : null;
    const ownReal = latestRealisasi(p.source);
    // The source's own realisasi only when it is as recent as the latest in the workbook.
    const own = ownReal && (!baseReal || ownReal[0] >= baseReal[0]) ? ownReal : null;
    const year = own?.[0] ?? baseReal?.[0];
    const pairs =
      !own && ctx.base && baseReal
        ? ctx.pairs(
            "target-akhir",
            `Realisasi ${baseReal[0]} (${ctx.base.table.sheet})`,
            p.source.indicators,
            ctx.base
          )
        : null;
    if (!own && !pairs) {
      ctx.notes.push(
        `Tabel ${p.source.table.sheet}: realisasi untuk dibandingkan dengan target akhir tidak ditemukan. Tambahkan kolom realisasi tahun ini.`
      );
      continue;
    }
    const H = rows.length;
    bold.push(H);
    rows.push([
      textCell("No"),
      textCell("Indikator Kinerja"),
      textCell("Satuan"),
      textCell(`Realisasi ${year ?? ""}`.trim()),
      textCell(p.label),
      textCell("Progres thd Target Akhir (%)"),
      textCell("Sisa menuju Target Akhir"),
      textCell("Keterangan"),
    ]);
    p.source.indicators.forEach((ind, i) => {
      const r = rows.length;
      const arah = ctx.polarity(ind.name);
      const realAt = own
        ? { grid: p.source.grid, sheet: p.source.table.sheet, row: ind.row, col: own[1] }
        : pairs![i]!.other
          ? {
              grid: ctx.base!.grid,
              sheet: ctx.base!.table.sheet,
              row: pairs![i]!.other!.row,
              col: baseReal![1],
            }
          : null;
      const tPct = percentCell(p.source.grid, ind.row, p.targetCol);
      const rPct = realAt ? percentCell(realAt.grid, realAt.row, realAt.col) : tPct;
      const realCell = !realAt
        ? null
        : rPct && !tPct
          ? pointsRef(realAt.sheet, realAt.row, realAt.col)
          : ctx.ref(realAt.sheet, realAt.row, realAt.col);
      const targetCell =
        tPct && !rPct
          ? pointsRef(p.source.table.sheet, ind.row, p.targetCol)
          : ctx.ref(p.source.table.sheet, ind.row, p.targetCol);
      const [R, T, P] = [cellA1(r, 3), cellA1(r, 4), cellA1(r, 5)];
      const gap =
        arah === "higher"
          ? `SAKIP.ANGKA(${T})-SAKIP.ANGKA(${R})`
          : `SAKIP.ANGKA(${R})-SAKIP.ANGKA(${T})`;
      rows.push([
        { number: i + 1 },
        textCell(ind.name),
        textCell(ctx.text(p.source, ind.row, p.source.table.columns.satuan)),
        realCell,
        targetCell,
        formulaCell(
          `=IF(OR(${R}="",${T}=""),"",SAKIP.CAPAIAN(${T},${R}${arahArg(arah)}))`,
          PERCENT
        ),
        // Categories (BB, WTP) have no numeric gap: the progress column says how far they are. Both sides
        // percent: the gap is a fraction too, shown as percent.
        formulaCell(
          `=IF(${P}="","",IFERROR(MAX(0,${gap}),IF(${P}>=1,0,"lihat progres")))`,
          tPct && rPct ? PERCENT : undefined
        ),
        formulaCell(
          `=IF(${P}="","",IF(${P}>=1,"Sudah mencapai target akhir","Belum mencapai target akhir"))`
        ),
      ]);
    });
    // The chart shows the first table's progress (the block under the last table reads it).
    chartRows ??= Array.from({ length: rows.length - H - 1 }, (_, k) => H + 1 + k);
    rows.push([]);
  }
  const sheet: CompareSheet = { kind: "target-akhir", name, update, cells: rows, boldRows: bold };
  if (chartRows) {
    rows.pop();
    const block = appendChartData(
      rows,
      chartRows,
      1,
      [{ col: 5, header: "Progres thd Target Akhir (%)", format: PERCENT }],
      { type: "BarClustered", title: "Progres terhadap target akhir periode" }
    );
    sheet.chart = block.chart;
    bold.push(...block.boldRows);
  }
  return sheet;
}
