// `sakip portable FILE -o OUT`: every =SAKIP.* formula replaced by the native formula that gives the same
// value, written to a new file (never over the input); formulas that stay are listed with their reason.
import { cliRun } from "./cli-run";
import { portable } from "../app/portable";
import { createMemoryExcel } from "../memory-excel/index";
import type { PortableArgs } from "./args";
import type { CliIO } from "./io";
import { FileProblem, openXlsx, sameFile, saveXlsx } from "./workbook-file";

export async function portableCommand(args: PortableArgs, io: CliIO): Promise<number> {
  const {
    files: [input],
    output,
  } = args;
  if (sameFile(input, output)) {
    io.err(
      `sakip portable: berkas keluaran ${output} sama dengan berkas masukan; berkas asli tidak pernah ditimpa. Pilih nama lain dengan -o, misalnya ${input.replace(/\.xlsx$/i, "")}-biasa.xlsx.`
    );
    return 2;
  }
  try {
    const model = await openXlsx(input);
    const { plan, applied } = await portable(cliRun(createMemoryExcel(model)));
    const warnings = await saveXlsx(model, output);
    if (args.json) {
      io.out(
        JSON.stringify({
          file: input,
          output,
          changes: plan.changes.map((c) => ({
            sheet: c.sheet,
            cell: c.cell,
            before: c.before,
            after: c.after,
          })),
          skipped: plan.skipped.map((s) => ({
            sheet: s.sheet,
            cell: s.cell,
            formula: s.formula,
            reason: s.reason,
          })),
          notes: plan.notes,
          warnings,
          stats: { syncs: applied.syncs, cellsWritten: applied.cellsWritten },
        })
      );
      return 0;
    }
    if (plan.changes.length === 0) {
      io.out(`Tidak ada rumus =SAKIP.* yang diganti di ${input}. Salinannya ditulis ke ${output}.`);
    } else {
      io.out(
        `${plan.changes.length} rumus =SAKIP.* diganti rumus Excel biasa, ditulis ke ${output}. Contoh:`
      );
      for (const c of plan.changes.slice(0, 3))
        io.out(`  ${c.sheet}!${c.cell}: ${c.before}  ->  ${c.after}`);
    }
    for (const s of plan.skipped) io.out(`  Dibiarkan: ${s.reason}`);
    for (const n of plan.notes) io.out(`  Catatan: ${n}`);
    for (const w of warnings) io.out(`  Peringatan: ${w}`);
    return 0;
  } catch (e) {
    if (!(e instanceof FileProblem)) throw e;
    io.err(`sakip portable: ${e.message}`);
    return 2;
  }
}
