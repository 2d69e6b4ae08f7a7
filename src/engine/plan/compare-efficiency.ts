// Sheet 4, Efisiensi: per sasaran the average capaian of its indicators, the pagu and realisasi of the
// programs that support it, serapan and efisiensi; then the unit's total line as the seeds compute it
// (average capaian of every indicator against the total budget). Programs come from a Program column
// beside the indicators, else from the user's mapping of the anggaran table's programs (asked in the pane).
import { normalName } from "../match/names";
import type { RecognizedTable } from "../types";
import { cellA1, columnLetter, sheetPrefix } from "./a1";
import { PERCENT, RUPIAH, arahArg, formulaCell, quote, refCell, textCell } from "./compare-cells";
import { appendChartData } from "./compare-chart-data";
import type { CompareContext } from "./compare-context";
import type { SourceTable } from "./compare-sources";
import type { CompareCell, CompareSheet } from "./compare-types";
import { cellOf, gridFor } from "./grid-cells";
import type { EfficiencyMethod } from "../settings";

const MONEY = RUPIAH;

/**
 * Columns of the per-sasaran summary. Both blocks of the sheet open with No | Sasaran, so each column
 * holds one kind of content and its width fits it (the detail block: No | Sasaran | Indikator | ...).
 */
const SUMMARY = {
  no: 0,
  sasaran: 1,
  avg: 2,
  serapan: 3,
  efisiensi: 4,
  pagu: 5,
  real: 6,
  programs: 7,
};
const PAGU_HEADER = "Pagu Program (Rp)";

interface Money {
  sheet: string;
  row: number;
  pagu: number;
  realisasi: number;
  name: string;
}
interface Group {
  sasaran: string;
  rows: { row: number; name: string }[];
  programs: Money[];
}

const at = (sheet: string, row: number, col: number): string =>
  `${sheetPrefix(sheet)}${cellA1(row, col)}`;

/** Level-1 programs of the anggaran tables, for a mapping chosen by the user. */
function anggaranPrograms(ctx: CompareContext, tables: RecognizedTable[]): Money[] {
  const out: Money[] = [];
  for (const t of tables) {
    const grid = gridFor(ctx.grids, t.sheet);
    const { uraian, anggaran, realisasi_anggaran: real } = t.columns;
    if (
      t.kind !== "anggaran" ||
      !grid ||
      uraian === undefined ||
      anggaran === undefined ||
      real === undefined
    )
      continue;
    for (const r of t.rows) {
      if (r.level !== 1) continue;
      out.push({
        sheet: t.sheet,
        row: r.row,
        pagu: anggaran,
        realisasi: real,
        name: String(cellOf(grid, r.row, uraian).value ?? "").trim(),
      });
    }
  }
  return out;
}

function groups(ctx: CompareContext, s: SourceTable, mapped: Money[]): Group[] {
  const t = s.table;
  const out: Group[] = [];
  const program = t.columns.uraian;
  for (const ind of s.indicators) {
    const row = t.rows.find((r) => r.row === ind.row)!;
    const sasaran =
      (row.sasaranRow !== undefined ? ctx.text(s, row.sasaranRow, t.columns.sasaran) : "") ||
      row.sasaran ||
      ind.name;
    let g = out.find((x) => normalName(x.sasaran) === normalName(sasaran));
    if (!g) {
      g = { sasaran, rows: [], programs: [] };
      out.push(g);
    }
    g.rows.push({ row: ind.row, name: ind.name });
    const p = program === undefined ? "" : ctx.text(s, ind.row, program);
    const { anggaran, realisasi_anggaran: real } = t.columns;
    if (
      p !== "" &&
      anggaran !== undefined &&
      real !== undefined &&
      !g.programs.some((x) => normalName(x.name) === normalName(p))
    ) {
      g.programs.push({ sheet: t.sheet, row: ind.row, pagu: anggaran, realisasi: real, name: p });
    }
  }
  if (program === undefined) {
    for (const g of out) {
      for (const m of mapped) {
        const chosen = ctx.programSasaran[m.name];
        if (chosen !== undefined && normalName(chosen) === normalName(g.sasaran))
          g.programs.push(m);
      }
    }
  }
  return out;
}

/** Pagu and realisasi the user typed on the sheet of an earlier run (no program mapping), by sasaran. */
function typedBudgets(ctx: CompareContext): Map<string, [CompareCell, CompareCell]> {
  const out = new Map<string, [CompareCell, CompareCell]>();
  const g = ctx.previous.get("efisiensi");
  if (!g) return out;
  const typed = (row: number, col: number): CompareCell => {
    const c = cellOf(g, row, col);
    if (typeof c.formula === "string" && c.formula.startsWith("=")) return null;
    return typeof c.value === "number"
      ? { number: c.value, format: MONEY }
      : typeof c.value === "string" && c.value !== ""
        ? textCell(c.value)
        : null;
  };
  // The columns by the summary's header (a sheet written by an earlier version has them elsewhere).
  let nameCol = SUMMARY.sasaran;
  let paguCol = SUMMARY.pagu;
  for (const line of g.values) {
    const p = line.indexOf(PAGU_HEADER);
    if (p < 0) continue;
    paguCol = g.originCol + p;
    const n = line.indexOf("Sasaran");
    if (n >= 0) nameCol = g.originCol + n;
    break;
  }
  for (let i = 0; i < g.values.length; i++) {
    const row = g.originRow + i;
    const name = cellOf(g, row, nameCol).value;
    if (typeof name !== "string" || name === "") continue;
    const pair: [CompareCell, CompareCell] = [typed(row, paguCol), typed(row, paguCol + 1)];
    if ((pair[0] || pair[1]) && !out.has(normalName(name))) out.set(normalName(name), pair);
  }
  return out;
}

function sumOf(items: Money[], key: "pagu" | "realisasi"): CompareCell {
  if (items.length === 0) return null;
  return formulaCell(
    `=${items.map((m) => `SAKIP.ANGKA(${at(m.sheet, m.row, m[key])})`).join("+")}`,
    MONEY
  );
}

export function planEfficiency(
  ctx: CompareContext,
  name: string,
  update: boolean,
  method: EfficiencyMethod,
  tables: RecognizedTable[]
): CompareSheet | null {
  const source = ctx.sources.find((s) => s.table.kind === "efisiensi") ?? ctx.base;
  if (!source) {
    ctx.notes.push(
      "Lembar efisiensi tidak dibuat: tidak ada tabel capaian kinerja per indikator. Pindai tabel PK atau tabel efisiensi lebih dulu."
    );
    return null;
  }
  const t = source.table;
  const mapped = t.columns.uraian === undefined ? anggaranPrograms(ctx, tables) : [];
  const gs = groups(ctx, source, mapped);
  const metode = method === "rasio" ? "" : `,${quote(method)}`;
  const rows: CompareCell[][] = [
    [textCell(`Analisis Efisiensi Penggunaan Sumber Daya${t.year ? ` Tahun ${t.year}` : ""}`)],
    [],
    [],
  ];
  const H = 3;
  rows.push([
    textCell("No"),
    textCell("Sasaran"),
    textCell("Rata-rata Capaian Kinerja (%)"),
    textCell("Serapan Anggaran (%)"),
    textCell("Tingkat Efisiensi"),
    textCell(PAGU_HEADER),
    textCell("Realisasi Program (Rp)"),
    textCell("Program Pendukung"),
  ]);
  const detailHeader = H + gs.length + 3;
  let next = detailHeader + 1;
  const ranges = gs.map((g) => {
    const from = next;
    next += g.rows.length;
    return [from, next - 1] as const;
  });
  const lastDetail = next - 1;
  const line = (
    r: number,
    no: number | null,
    label: string,
    avg: string,
    pagu: CompareCell,
    real: CompareCell,
    programs: string
  ): CompareCell[] => {
    const [B, C, E, F] = [
      cellA1(r, SUMMARY.avg),
      cellA1(r, SUMMARY.serapan),
      cellA1(r, SUMMARY.pagu),
      cellA1(r, SUMMARY.real),
    ];
    return [
      no === null ? null : { number: no },
      textCell(label),
      formulaCell(avg, PERCENT),
      formulaCell(`=IF(OR(${E}="",${F}=""),"",SAKIP.SERAPAN(${E},${F}))`, PERCENT),
      // Fractions: SAKIP.EFISIENSI reads a bare number up to 10 (1000%) as a fraction, so 2,92 is 292%.
      formulaCell(`=IF(OR(${B}="",${C}=""),"",SAKIP.EFISIENSI(${B},${C}${metode}))`, PERCENT),
      pagu,
      real,
      textCell(programs),
    ];
  };
  // Without any program source the user types each sasaran's budget on the sheet: kept on the next run.
  const typed =
    t.columns.uraian === undefined
      ? typedBudgets(ctx)
      : new Map<string, [CompareCell, CompareCell]>();
  gs.forEach((g, i) => {
    const [a, b] = ranges[i]!;
    const kept = g.programs.length === 0 ? typed.get(normalName(g.sasaran)) : undefined;
    rows.push(
      line(
        rows.length,
        i + 1,
        g.sasaran,
        `=SAKIP.RATA_CAPAIAN(${cellA1(a, 3)}:${cellA1(b, 3)})`,
        kept ? kept[0] : sumOf(g.programs, "pagu"),
        kept ? kept[1] : sumOf(g.programs, "realisasi"),
        g.programs.map((p) => p.name).join("; ")
      )
    );
  });
  // The unit's line: the table's own total row where it has one, else the distinct programs above.
  const totalRow = t.rows.find((r) => r.kind === "total");
  const { anggaran, realisasi_anggaran: realCol } = t.columns;
  const distinct = gs
    .flatMap((g) => g.programs)
    .filter((p, i, all) => all.findIndex((q) => normalName(q.name) === normalName(p.name)) === i);
  const anggaranTotal = tables.find(
    (x) => x.kind === "anggaran" && x.rows.some((r) => r.kind === "total")
  );
  let pagu: CompareCell;
  let real: CompareCell;
  if (totalRow && anggaran !== undefined && realCol !== undefined) {
    pagu = refCell(t.sheet, totalRow.row, anggaran, MONEY);
    real = refCell(t.sheet, totalRow.row, realCol, MONEY);
  } else if (
    distinct.length === 0 &&
    anggaranTotal &&
    anggaranTotal.columns.anggaran !== undefined &&
    anggaranTotal.columns.realisasi_anggaran !== undefined
  ) {
    const tr = anggaranTotal.rows.find((r) => r.kind === "total")!;
    pagu = refCell(anggaranTotal.sheet, tr.row, anggaranTotal.columns.anggaran, MONEY);
    real = refCell(anggaranTotal.sheet, tr.row, anggaranTotal.columns.realisasi_anggaran, MONEY);
  } else {
    pagu = sumOf(distinct, "pagu");
    real = sumOf(distinct, "realisasi");
  }
  rows.push(
    line(
      rows.length,
      null,
      "Total perangkat daerah",
      `=SAKIP.RATA_CAPAIAN(${cellA1(detailHeader + 1, 3)}:${cellA1(lastDetail, 3)})`,
      pagu,
      real,
      ""
    )
  );
  const summaryEnd = rows.length;
  while (rows.length < detailHeader) rows.push([]);
  rows.push([
    textCell("No"),
    textCell("Sasaran"),
    textCell("Indikator Kinerja"),
    textCell("Capaian Kinerja (%)"),
    textCell("Program"),
    textCell("Pagu (Rp)"),
    textCell("Realisasi (Rp)"),
  ]);
  const { capaian: capCol, target: tCol, realisasi: rCol, uraian: progCol } = t.columns;
  let n = 0;
  for (const g of gs) {
    for (const ind of g.rows) {
      const arah = arahArg(ctx.polarity(ind.name));
      const cap: CompareCell =
        capCol !== undefined
          ? ctx.ref(t.sheet, ind.row, capCol)
          : tCol !== undefined && rCol !== undefined
            ? formulaCell(
                `=SAKIP.CAPAIAN(${at(t.sheet, ind.row, tCol)},${at(t.sheet, ind.row, rCol)}${arah})`,
                PERCENT
              )
            : null;
      rows.push([
        { number: ++n },
        textCell(g.sasaran),
        textCell(ind.name),
        cap,
        progCol === undefined ? null : textCell(ctx.text(source, ind.row, progCol)),
        progCol !== undefined && anggaran !== undefined
          ? refCell(t.sheet, ind.row, anggaran, MONEY)
          : null,
        progCol !== undefined && realCol !== undefined
          ? refCell(t.sheet, ind.row, realCol, MONEY)
          : null,
      ]);
    }
  }
  const open = gs.filter((g) => g.programs.length === 0).length;
  if (t.columns.uraian === undefined && open > 0) {
    // The pane has no program -> sasaran picker yet: the user types those budgets on the sheet instead.
    ctx.notes.push(
      `Lembar ${name}: program pendukung ${open} sasaran tidak dapat dibaca dari buku kerja (tabel capaian tidak punya kolom Program). Isi pagu dan realisasi programnya di kolom ${columnLetter(SUMMARY.pagu)} dan ${columnLetter(SUMMARY.real)} baris ${H + 2} sampai ${H + 1 + gs.length}; serapan dan efisiensinya dihitung otomatis dan isian itu dipertahankan saat lembar diperbarui.${distinct.length === 0 && anggaranTotal ? ` Baris total memakai total tabel anggaran di lembar ${anggaranTotal.sheet}.` : ""}`
    );
  }
  // The chart reads a "Data grafik" block like every comparison sheet's (the sasaran lines and the total).
  const block = appendChartData(
    rows,
    Array.from({ length: summaryEnd - H - 1 }, (_, k) => H + 1 + k),
    SUMMARY.sasaran,
    [
      { col: SUMMARY.avg, header: "Rata-rata Capaian Kinerja (%)", format: PERCENT },
      { col: SUMMARY.serapan, header: "Serapan Anggaran (%)", format: PERCENT },
      { col: SUMMARY.efisiensi, header: "Tingkat Efisiensi", format: PERCENT },
    ],
    {
      type: "ColumnClustered",
      title: "Capaian, serapan dan efisiensi per sasaran",
      categories: "Sasaran",
    }
  );
  return {
    kind: "efisiensi",
    name,
    update,
    cells: rows,
    boldRows: [0, H, summaryEnd - 1, detailHeader, ...block.boldRows],
    chart: block.chart,
  };
}
