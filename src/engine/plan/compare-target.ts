// Sheet 2, Target akhir periode: this year's realisasi against the RPJMD / Renstra final-year target,
// progress with the indicator's direction, and what remains. Sources: tables with a target_akhir
// column, or a Renstra table's last plan year; realisasi from the same table, else from the base table.
import { cellA1 } from "./a1";
import { PERCENT, arahArg, formulaCell, refCell, textCell } from "./compare-cells";
import type { CompareContext } from "./compare-context";
import type { SourceTable } from "./compare-sources";
import type { CompareCell, CompareSheet } from "./compare-types";

interface Plan { source: SourceTable; targetCol: number; label: string }

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
    const planYears = [...s.years.entries()].filter(([, c]) => c.target !== undefined).map(([y]) => y);
    if (planYears.length < 2) continue;
    const last = Math.max(...planYears);
    out.push({ source: s, targetCol: s.years.get(last)!.target!, label: `Target ${last} (akhir periode)` });
  }
  return out;
}

function latestRealisasi(s: SourceTable): [number, number] | null {
  const ys = [...s.years.entries()].filter(([, c]) => c.realisasi !== undefined).sort((a, b) => b[0] - a[0]);
  return ys[0] ? [ys[0][0], ys[0][1].realisasi!] : null;
}

export function planTarget(ctx: CompareContext, name: string, update: boolean): CompareSheet | null {
  const plans = targets(ctx);
  if (plans.length === 0) {
    ctx.notes.push("Lembar target akhir periode tidak dibuat: tidak ada kolom target akhir RPJMD/Renstra (misalnya \"Target 2026 (RPJMD 2021-2026)\" atau \"Target Akhir Renstra\") maupun tabel Renstra per tahun. Tambahkan kolom itu ke tabel PK lalu jalankan lagi.");
    return null;
  }
  const rows: CompareCell[][] = [[textCell("Perbandingan Realisasi dengan Target Akhir Periode RPJMD / Renstra")], [], []];
  const bold = [0];
  let chart: CompareSheet["chart"];
  for (const p of plans) {
    const own = latestRealisasi(p.source);
    const baseReal = ctx.base ? latestRealisasi(ctx.base) : null;
    const year = own?.[0] ?? baseReal?.[0];
    const pairs = !own && ctx.base && baseReal ? ctx.pairs("target-akhir", `Realisasi ${baseReal[0]} (${ctx.base.table.sheet})`, p.source.indicators, ctx.base) : null;
    if (!own && !pairs) {
      ctx.notes.push(`Tabel ${p.source.table.sheet}: realisasi untuk dibandingkan dengan target akhir tidak ditemukan. Tambahkan kolom realisasi tahun ini.`);
      continue;
    }
    const H = rows.length;
    bold.push(H);
    rows.push([textCell("No"), textCell("Indikator Kinerja"), textCell("Progres thd Target Akhir (%)"), textCell("Satuan"),
      textCell(`Realisasi ${year ?? ""}`.trim()), textCell(p.label), textCell("Sisa menuju Target Akhir"), textCell("Keterangan")]);
    p.source.indicators.forEach((ind, i) => {
      const r = rows.length;
      const arah = ctx.polarity(ind.name);
      const realCell = own ? refCell(p.source.table.sheet, ind.row, own[1])
        : pairs![i]!.other ? refCell(ctx.base!.table.sheet, pairs![i]!.other!.row, baseReal![1]) : null;
      const [P, R, T] = [cellA1(r, 2), cellA1(r, 4), cellA1(r, 5)];
      const gap = arah === "higher" ? `SAKIP.ANGKA(${T})-SAKIP.ANGKA(${R})` : `SAKIP.ANGKA(${R})-SAKIP.ANGKA(${T})`;
      rows.push([
        { number: i + 1 }, textCell(ind.name),
        formulaCell(`=IF(OR(${R}="",${T}=""),"",SAKIP.CAPAIAN(${T},${R}${arahArg(arah)}))`, PERCENT),
        textCell(ctx.text(p.source, ind.row, p.source.table.columns.satuan)),
        realCell,
        refCell(p.source.table.sheet, ind.row, p.targetCol),
        // Categories (BB, WTP) have no numeric gap: the progress column says how far they are.
        formulaCell(`=IF(${P}="","",IFERROR(MAX(0,${gap}),IF(${P}>=1,0,"lihat progres")))`),
        formulaCell(`=IF(${P}="","",IF(${P}>=1,"Sudah mencapai target akhir","Belum mencapai target akhir"))`),
      ]);
    });
    chart ??= { type: "BarClustered", row: H, col: 1, rowCount: rows.length - H, colCount: 2, title: "Progres terhadap target akhir periode" };
    rows.push([]);
  }
  const sheet: CompareSheet = { kind: "target-akhir", name, update, cells: rows, boldRows: bold };
  if (chart) sheet.chart = chart;
  return sheet;
}
