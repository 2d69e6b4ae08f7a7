// Sheet 3, Standar nasional / provinsi: realisasi against the standard where a table has one; where
// none has, the base table's indicators with an empty Standar column the user fills (kept on the next
// run), which the capaian formulas already read.
import { normalName } from "../match/names";
import { cellA1, columnLetter } from "./a1";
import { PERCENT, arahArg, formulaCell, textCell } from "./compare-cells";
import { appendChartData } from "./compare-chart-data";
import type { CompareContext } from "./compare-context";
import type { SourceTable } from "./compare-sources";
import type { CompareCell, CompareSheet } from "./compare-types";
import { cellOf } from "./grid-cells";

function latestRealisasi(s: SourceTable): [number, number] | null {
  const ys = [...s.years.entries()]
    .filter(([, c]) => c.realisasi !== undefined)
    .sort((a, b) => b[0] - a[0]);
  return ys[0] ? [ys[0][0], ys[0][1].realisasi!] : null;
}

// No | Indikator | Satuan | Realisasi | Standar | Capaian, as the report's own tables.
const REAL_COL = 3;
const STANDAR_COL = 4;
const STANDAR = "Standar Nasional/Provinsi";

const HEADER = (year: number | undefined): CompareCell[] => [
  textCell("No"),
  textCell("Indikator Kinerja"),
  textCell("Satuan"),
  textCell(`Realisasi ${year ?? ""}`.trim()),
  textCell(STANDAR),
  textCell("Capaian thd Standar (%)"),
];

function capaianFormula(r: number, arah: string): CompareCell {
  const [R, S] = [cellA1(r, REAL_COL), cellA1(r, STANDAR_COL)];
  return formulaCell(
    `=IF(OR(${R}="",${S}=""),"",SAKIP.CAPAIAN(${S},${R}${arahArg(arah)}))`,
    PERCENT
  );
}

/** What the user typed in the Standar column of the sheet made by an earlier run, by indicator name. */
function typedStandards(ctx: CompareContext): Map<string, number | string> {
  const out = new Map<string, number | string>();
  const g = ctx.previous.get("standar");
  if (!g) return out;
  // The Standar column by its header (a sheet written by an earlier version has it elsewhere).
  let col = STANDAR_COL;
  for (const row of g.values) {
    const j = row.indexOf(STANDAR);
    if (j >= 0) col = g.originCol + j;
  }
  g.values.forEach((row, i) => {
    void row;
    const name = cellOf(g, g.originRow + i, 1).value;
    const cell = cellOf(g, g.originRow + i, col);
    const f = cell.formula;
    const v = cell.value;
    if (typeof name !== "string" || v === "" || v === null || typeof v === "boolean") return;
    if (typeof f === "string" && f.startsWith("=")) return; // a reference we wrote, not a typed standard
    out.set(normalName(name), v);
  });
  return out;
}

export function planStandard(
  ctx: CompareContext,
  name: string,
  update: boolean
): CompareSheet | null {
  const rows: CompareCell[][] = [
    [textCell("Perbandingan Realisasi Kinerja dengan Standar Nasional / Provinsi")],
    [],
    [],
  ];
  const bold = [0];
  const withStandard = ctx.sources.filter((s) => s.table.columns.standar !== undefined);
  let chartRows: number[] | undefined;
  for (const s of withStandard) {
    const own = latestRealisasi(s);
    const baseReal = ctx.base ? latestRealisasi(ctx.base) : null;
    const pairs =
      !own && ctx.base && baseReal
        ? ctx.pairs(
            "standar",
            `Realisasi ${baseReal[0]} (${ctx.base.table.sheet})`,
            s.indicators,
            ctx.base
          )
        : null;
    const H = rows.length;
    bold.push(H);
    rows.push(HEADER(own?.[0] ?? baseReal?.[0]));
    s.indicators.forEach((ind, i) => {
      const r = rows.length;
      const real = own
        ? ctx.ref(s.table.sheet, ind.row, own[1])
        : pairs?.[i]?.other && baseReal
          ? ctx.ref(ctx.base!.table.sheet, pairs[i]!.other!.row, baseReal[1])
          : null;
      rows.push([
        { number: i + 1 },
        textCell(ind.name),
        textCell(ctx.text(s, ind.row, s.table.columns.satuan)),
        real,
        ctx.ref(s.table.sheet, ind.row, s.table.columns.standar!),
        capaianFormula(r, ctx.polarity(ind.name)),
      ]);
    });
    chartRows ??= Array.from({ length: rows.length - H - 1 }, (_, k) => H + 1 + k);
    rows.push([]);
  }
  if (withStandard.length === 0) {
    const base = ctx.base;
    if (!base) {
      ctx.notes.push("Lembar standar tidak dibuat: tidak ada tabel PK dengan realisasi.");
      return null;
    }
    const real = latestRealisasi(base)!;
    const typed = typedStandards(ctx);
    const H = rows.length;
    bold.push(H);
    rows.push(HEADER(real[0]));
    base.indicators.forEach((ind, i) => {
      const r = rows.length;
      const kept = typed.get(normalName(ind.name));
      rows.push([
        { number: i + 1 },
        textCell(ind.name),
        textCell(ctx.text(base, ind.row, base.table.columns.satuan)),
        ctx.ref(base.table.sheet, ind.row, real[1]),
        kept === undefined ? null : typeof kept === "number" ? { number: kept } : textCell(kept),
        capaianFormula(r, ctx.polarity(ind.name)),
      ]);
    });
    chartRows = Array.from({ length: rows.length - H - 1 }, (_, k) => H + 1 + k);
    ctx.notes.push(
      `Buku kerja ini tidak memuat standar nasional/provinsi. Isi kolom ${columnLetter(STANDAR_COL)} "${STANDAR}" di lembar ${name} (baris ${H + 2} sampai ${rows.length}); capaiannya dihitung otomatis dan isian itu dipertahankan saat lembar diperbarui.`
    );
  } else {
    rows.pop();
  }
  const sheet: CompareSheet = { kind: "standar", name, update, cells: rows, boldRows: bold };
  if (chartRows) {
    const block = appendChartData(
      rows,
      chartRows,
      1,
      [{ col: STANDAR_COL + 1, header: "Capaian thd Standar (%)", format: PERCENT }],
      { type: "BarClustered", title: "Capaian terhadap standar" }
    );
    sheet.chart = block.chart;
    bold.push(...block.boldRows);
  }
  return sheet;
}
