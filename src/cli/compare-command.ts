// `sakip compare FILE -o OUT`: the comparison sheets of the task pane's Bandingkan tab, on a copy; never
// over its input. Charts are recorded in the workbook, but the .xlsx writer cannot carry them: said plainly.
import { compare } from "../app/compare";
import { cliRun } from "./cli-run";
import type { AnalysisSettings } from "../engine/index";
import { createMemoryExcel } from "../memory-excel/index";
import type { CompareArgs } from "./args";
import type { CliIO } from "./io";
import { FileProblem, openXlsx, sameFile, saveXlsx } from "./workbook-file";

export const CHART_WARNING =
  "Grafik tidak ikut tersimpan: baris perintah tidak dapat menulis grafik ke berkas .xlsx. Buka berkasnya di Excel dengan add-in SAKIP lalu jalankan Bandingkan untuk mendapatkan grafiknya.";

export async function compareCommand(
  args: CompareArgs,
  settings: AnalysisSettings,
  io: CliIO
): Promise<number> {
  const {
    files: [input],
    output,
  } = args;
  if (sameFile(input, output)) {
    io.err(
      `sakip compare: berkas keluaran ${output} sama dengan berkas masukan; berkas asli tidak pernah ditimpa. Pilih nama lain dengan -o, misalnya ${input.replace(/\.xlsx$/i, "")}-perbandingan.xlsx.`
    );
    return 2;
  }
  try {
    const model = await openXlsx(input);
    const { tables, plan, applied } = await compare(cliRun(createMemoryExcel(model)), settings);
    const warnings = await saveXlsx(model, output);
    if (applied.charts > 0) warnings.unshift(CHART_WARNING);
    if (args.json) {
      io.out(
        JSON.stringify({
          file: input,
          output,
          sheets: plan.sheets.map((s) => ({
            kind: s.kind,
            name: s.name,
            updated: s.update,
            rows: s.cells.length,
          })),
          matches: plan.matches.map((m) => ({
            kind: m.kind,
            purpose: m.purpose,
            indicator: m.base.name,
            sheet: m.base.sheet,
            row: m.base.row + 1,
            matchedSheet: m.other?.sheet ?? null,
            matchedRow: m.other ? m.other.row + 1 : null,
            matched: m.other?.name ?? null,
            how: m.how,
          })),
          notes: plan.notes,
          warnings,
          stats: { syncs: applied.syncs, cellsWritten: applied.cellsWritten },
        })
      );
      return 0;
    }
    if (plan.sheets.length === 0) {
      io.out(
        `Tidak ada lembar perbandingan yang dapat dibuat dari ${input} (${tables.length} tabel). Salinannya ditulis ke ${output}.`
      );
    } else {
      io.out(`${plan.sheets.length} lembar perbandingan ditulis ke ${output}:`);
      for (const s of plan.sheets)
        io.out(
          `  ${s.name}${s.update ? " (diperbarui)" : " (baru)"}: ${s.cells.length} baris, rumus hidup ke tabel sumber`
        );
      const fuzzy = plan.matches.filter((m) => m.how === "mirip");
      for (const m of fuzzy)
        io.out(
          `  Dicocokkan karena namanya mirip: "${m.base.name}" = "${m.other!.name}" (${m.other!.sheet} baris ${m.other!.row + 1}); periksa.`
        );
      const missing = plan.matches.filter((m) => m.how === "tidak-ada");
      for (const m of missing)
        io.out(
          `  Tidak ditemukan untuk ${m.purpose}: "${m.base.name}" (${m.base.sheet} baris ${m.base.row + 1}).`
        );
    }
    for (const n of plan.notes) io.out(`  Catatan: ${n}`);
    for (const w of warnings) io.out(`  Peringatan: ${w}`);
    return 0;
  } catch (e) {
    if (!(e instanceof FileProblem)) throw e;
    io.err(`sakip compare: ${e.message}`);
    return 2;
  }
}
