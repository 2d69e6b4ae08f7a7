// `sakip fill FILE -o OUT [--mode formulas|values]`: the task pane's fill, on a copy; never over its input.
import { cliRun } from "./cli-run";
import { fill } from "../app/fill";
import type { AnalysisSettings, FillMode } from "../engine/index";
import { createMemoryExcel } from "../memory-excel/index";
import type { FillArgs } from "./args";
import type { CliIO } from "./io";
import { FileProblem, openXlsx, sameFile, saveXlsx } from "./workbook-file";

export async function fillCommand(
  args: FillArgs,
  settings: AnalysisSettings,
  io: CliIO
): Promise<number> {
  const {
    files: [input],
    output,
  } = args;
  if (sameFile(input, output)) {
    io.err(
      `sakip fill: berkas keluaran ${output} sama dengan berkas masukan; berkas asli tidak pernah ditimpa. Pilih nama lain dengan -o, misalnya ${input.replace(/\.xlsx$/i, "")}-terisi.xlsx.`
    );
    return 2;
  }
  try {
    const model = await openXlsx(input);
    const mode: FillMode = args.mode ?? "formulas";
    const { analysis, plan, applied } = await fill(cliRun(createMemoryExcel(model)), settings, {
      mode,
    });
    const warnings = await saveXlsx(model, output);
    if (args.json) {
      io.out(
        JSON.stringify({
          file: input,
          output,
          mode,
          columns: plan.preview,
          notes: plan.notes,
          withheld: plan.withheld.map((w) => ({
            sheet: w.sheet,
            header: w.header,
            reason: w.reason,
          })),
          warnings,
          stats: { syncs: applied.syncs, cellsWritten: applied.cellsWritten },
        })
      );
      return 0;
    }
    if (plan.columns.length === 0 && plan.withheld.length > 0) {
      io.out(
        `Tidak ada kolom yang ditulis ke ${input}: ${plan.withheld.length} kolom tidak diisi karena kolom yang dibacanya belum pasti. Salinannya ditulis ke ${output}.`
      );
    } else if (plan.columns.length === 0) {
      io.out(
        `Tidak ada kolom yang perlu ditambahkan ke ${input}: setiap tabel sudah punya kolom capaian, predikat, serapan dan sisanya (${analysis.tables.length} tabel). Salinannya ditulis ke ${output}.`
      );
    } else {
      io.out(
        `${plan.columns.length} kolom baru (${mode === "formulas" ? "rumus =SAKIP.*" : "angka"}) ditulis ke ${output}:`
      );
      for (const p of plan.preview)
        io.out(`  ${p.sheet}!${p.range}  "${p.header}"  contoh ${p.example}`);
    }
    for (const w of plan.withheld) io.out(`  Tidak diisi: ${w.sheet}: ${w.reason}`);
    for (const n of plan.notes) io.out(`  Catatan: ${n}`);
    for (const w of warnings) io.out(`  Peringatan: ${w}`);
    return 0;
  } catch (e) {
    if (!(e instanceof FileProblem)) throw e;
    io.err(`sakip fill: ${e.message}`);
    return 2;
  }
}
