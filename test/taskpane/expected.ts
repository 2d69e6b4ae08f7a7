// What the engine itself says about a workbook, computed without the pane, so the tests compare the
// pane's display with the engine's answers instead of with numbers typed into the test.
import { readWorkbook } from "../../src/excel/read-workbook";
import { recognize } from "../../src/engine/recognize/index";
import { validate } from "../../src/engine/validate/index";
import { DEFAULT_SETTINGS, type AnalysisSettings } from "../../src/engine/settings";
import type { Finding, Grid, RecognizedTable } from "../../src/engine/types";
import type { ExcelRun } from "../../src/taskpane/hooks/host";

export async function engineView(
  run: ExcelRun,
  settings: AnalysisSettings = DEFAULT_SETTINGS
): Promise<{ grids: Grid[]; tables: RecognizedTable[]; findings: Finding[] }> {
  const grids = await run((context) => readWorkbook(context));
  const tables: RecognizedTable[] = [];
  const findings: Finding[] = [];
  for (const grid of grids) {
    const t = recognize(grid).tables;
    tables.push(...t);
    if (t.length) findings.push(...validate(grid, t, settings).findings);
  }
  return { grids, tables, findings };
}
