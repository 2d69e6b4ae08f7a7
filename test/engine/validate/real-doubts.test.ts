// Precision before recall on the real workbooks (issue 11): each table says its doubts once, as one
// TABLE_DOUBT at its header, and no error or warning sits on a column that a doubt calls a guess.
import { readdirSync } from "node:fs";
import { oneDoubtPerTable } from "../../../src/app/scan";
import { parseA1, recognize, toA1 } from "../../../src/engine/recognize/index";
import { isUncertainRole } from "../../../src/engine/recognize/uncertain";
import type { Finding, RecognizedTable } from "../../../src/engine/types";
import { validate } from "../../../src/engine/validate/index";
import { REAL_DIR, realGrids } from "../../fixtures/real-workbooks/grids";

jest.setTimeout(120000);

const files = readdirSync(REAL_DIR).filter((f) => f.endsWith(".xlsx"));

async function analyse(file: string): Promise<{ tables: RecognizedTable[]; findings: Finding[] }> {
  const tables: RecognizedTable[] = [];
  const findings: Finding[] = [];
  for (const g of await realGrids(file)) {
    const own = recognize(g).tables;
    tables.push(...own);
    findings.push(...oneDoubtPerTable(own, own.length ? validate(g, own).findings : []));
  }
  return { tables, findings };
}

describe.each(files)("%s", (file) => {
  test("one TABLE_DOUBT per table, at its header; none on a guessed column", async () => {
    const { tables, findings } = await analyse(file);
    const doubts = findings.filter((f) => f.rule === "TABLE_DOUBT");
    const cells = doubts.map((f) => `${f.sheet}!${f.cell}`);
    expect(new Set(cells).size).toBe(cells.length);
    for (const t of tables) {
      const mine = doubts.filter(
        (f) => f.sheet === t.sheet && f.cell === toA1(t.range.row, t.range.col)
      );
      expect(mine.length).toBeLessThanOrEqual(1);
      if (t.doubts.length > 0) expect(mine).toHaveLength(1);
      if (t.doubts.length > 0)
        expect(mine[0]!.items!.length).toBeGreaterThanOrEqual(t.doubts.length);
      // Every column a guess is about (the one taken and the others it was chosen from).
      const named = new Set(
        (t.doubtItems ?? []).filter((i) => i.uncertain).flatMap((i) => [...i.columns, ...i.taken])
      );
      const last = t.range.row + t.range.rowCount - 1;
      const judged = findings.filter((f) => {
        if (f.sheet !== t.sheet || f.severity === "info") return false;
        const { row, col } = parseA1(f.cell)!;
        return row >= t.range.row && row <= last && named.has(col);
      });
      expect(judged.map((f) => `${f.cell} ${f.rule}`)).toEqual([]);
    }
  });
});

test("the guesses of the corpus are the ones its README describes as ambiguous", async () => {
  // LRA: four Anggaran columns (Operasi, Modal, ... groups) and no % or Jumlah to tell which: a guess.
  const lra = (await analyse("lampung-selatan-diskominfo-lra-2026.xlsx")).tables[0]!;
  expect(isUncertainRole(lra, "anggaran")).toBe(true);
  // RAK Sheet10: the % = realisasi / pagu in nearly every row settles the pair, so its mistakes are judged.
  const rak = await analyse("lampung-selatan-diskominfo-rak-belanja-2026.xlsx");
  const sheet10 = rak.tables.find((t) => t.sheet === "Sheet10")!;
  expect(isUncertainRole(sheet10, "anggaran")).toBe(false);
  expect(isUncertainRole(sheet10, "serapan")).toBe(false);
  expect(
    rak.findings
      .filter((f) => f.severity === "error")
      .map((f) => `${f.sheet}!${f.cell}`)
      .sort()
  ).toEqual(["Sheet10!D17", "Sheet10!E4"]);
});
