// Evaluates a =SAKIP.* formula and its native rewrite side by side in the in-memory Excel (HyperFormula),
// on inputs typed into A1, B1, C1, D1 of one sheet: the two results must be the same value or error.
import { toNative } from "../../../src/engine/plan/portable";
import type { CellValue, Grid } from "../../../src/engine/types";
import { createMemoryExcel } from "../../../src/memory-excel/index";
import type { MemoryExcel } from "../../../src/memory-excel/index";
import { WorkbookModel } from "../../../src/memory-excel/model";

export type Input = number | string | null;

export interface Pair {
  sakip: CellValue;
  native: CellValue;
  formula: string;
  converted: boolean;
  reason?: string;
}

export class Bench {
  private readonly excel: MemoryExcel;
  private readonly model = new WorkbookModel();

  constructor() {
    this.model.addSheet("S");
    this.excel = createMemoryExcel(this.model);
  }

  private put(col: number, v: Input): void {
    this.putAt(0, col, v);
  }

  private putAt(row: number, col: number, v: Input): void {
    this.excel.editCell("S", row, col, v === null ? "" : typeof v === "string" ? `'${v}` : v);
  }

  /** Types the inputs, converts `formula` (reading the inputs as the plan would), evaluates both. */
  run(inputs: Input[], formula: string, below: Input[][] = []): Pair {
    inputs.forEach((v, i) => this.put(i, v));
    for (let i = inputs.length; i < 4; i++) this.put(i, null);
    // Rows 2.. (a scale table in A2:B7): written as given, the rest of the area cleared.
    for (let r = 0; r < 6; r++)
      for (let c = 0; c < 2; c++) this.putAt(r + 1, c, below[r]?.[c] ?? null);
    const sheet = this.model.getSheet("S")!;
    const rows: CellValue[][] = Array.from({ length: 7 }, (_, r) =>
      [0, 1, 2, 3].map((c) => sheet.getCell(r, c)?.value ?? "")
    );
    const grid: Grid = {
      sheet: "S",
      originRow: 0,
      originCol: 0,
      values: rows,
      text: rows.map((row) => row.map(String)),
      numberFormat: rows.map((row) => row.map(() => "General")),
      formulas: rows,
      merges: [],
    };
    const result = toNative(formula, { grids: [grid], sheet: "S" });
    this.excel.editCell("S", 0, 4, formula);
    const sakip = this.model.getSheet("S")!.getCell(0, 4)?.value ?? "";
    if (!result.ok)
      return { sakip, native: null, formula, converted: false, reason: result.reason };
    this.excel.editCell("S", 0, 5, result.formula);
    const native = this.model.getSheet("S")!.getCell(0, 5)?.value ?? "";
    return { sakip, native, formula: result.formula, converted: true };
  }
}

/** Same value: equal text / error / logical, or numbers equal up to the last bits of a double. */
export function sameValue(a: CellValue, b: CellValue): boolean {
  if (typeof a === "number" && typeof b === "number") {
    return a === b || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  return a === b;
}
