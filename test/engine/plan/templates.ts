// The usual template's shape built from the seeds' real tables: empty capaian / predikat columns.
import { pemkotPk } from "../../fixtures/data/pemkot-pk";
import type { FixtureCell, SheetSpec } from "../../fixtures/spec";

/** The PK 2024 sheet of Pemkot Binjai with its Capaian (%) column emptied and an empty Predikat column (I). */
export function pkTemplate(keep: (row: number) => boolean = () => false): SheetSpec {
  const sheet = pemkotPk.sheets[0]!;
  const rows = sheet.rows.map((r, i): FixtureCell[] => {
    const out = [...r];
    const header = r[0] === "No.";
    const numbered = r[0] === "(1)";
    if (!header && !numbered && i >= 4 && i <= 22 && !keep(i)) out[6] = null;
    if (header || numbered || (i >= 2 && i <= 23))
      out[8] = header ? "Predikat" : numbered ? "(9)" : null;
    return out;
  });
  return {
    ...sheet,
    rows,
    merges: [...(sheet.merges ?? []).filter((m) => m !== "A1:H1"), "A1:I1"],
  };
}
