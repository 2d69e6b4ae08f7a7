// One measured step in its own process, so its peak memory (maxRSS) is its own:
//   node -r tsx/cjs bench/peak-memory.ts exceljs|check|fill FILE.xlsx
// Prints one JSON line { step, ms, peakMB }.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { runCli } from "../src/cli/run";

async function main(): Promise<void> {
  const [step, file] = process.argv.slice(2);
  const started = Date.now();
  if (step === "exceljs") {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file!) as unknown as ExcelJS.Buffer);
    if (wb.worksheets.length === 0) throw new Error("no sheets");
  } else {
    const args =
      step === "check" ? ["check", file!, "--json"] : ["fill", file!, "-o", `${file}.terisi.xlsx`];
    const code = await runCli(args, {
      out: () => undefined,
      err: (l) => process.stderr.write(`${l}\n`),
    });
    if (code !== 0) throw new Error(`sakip ${step} exit ${code}`);
  }
  const peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify({ step, ms: Date.now() - started, peakMB }));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
