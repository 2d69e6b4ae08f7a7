// The arguments of one =SAKIP.* call as the native rewrite needs them: omitted, a literal, a reference
// with the cells' current values, or an expression (already rewritten). A rewrite that cannot keep
// the engine's value throws NotPortable with the reason in Indonesian.
import { parseRange } from "../recognize/address";
import type { CellRect, CellValue, Grid } from "../types";
import { cellOf, gridFor } from "./grid-cells";

/** This call cannot become a native formula with the same value; `reason` says why and what to do. */
export class NotPortable extends Error {
  /** `inputCell`: the referenced cell whose content is the cause (a text number...), for the summary. */
  constructor(
    readonly reason: string,
    readonly inputCell?: string
  ) {
    super(reason);
    this.name = "NotPortable";
    Object.setPrototypeOf(this, NotPortable.prototype);
  }
}

export type Arg =
  | { kind: "omitted" }
  | { kind: "number"; text: string; value: number }
  | { kind: "string"; text: string; value: string }
  /** A reference: `text` as written, `values` the referenced cells now (rows of the rectangle). */
  | { kind: "ref"; text: string; sheet: string; rect: CellRect; values: CellValue[][] }
  /** Anything else: `text` is the argument rewritten to native, kept in parentheses where it is used. */
  | { kind: "expr"; text: string };

const REF =
  /^(?:('(?:[^']|'')+'|[A-Za-z_\u00c0-\uffff][A-Za-z0-9_.\u00c0-\uffff]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const STRING = /^"((?:[^"]|"")*)"$/;

export interface ArgContext {
  grids: Grid[];
  /** Sheet of the formula: references without a sheet point here. */
  sheet: string;
}

function sheetName(prefix: string | undefined, own: string): string {
  if (prefix === undefined) return own;
  return prefix.startsWith("'") ? prefix.slice(1, -1).replace(/''/g, "'") : prefix;
}

/** Classifies one argument. `original` is the text as written, `rewritten` the same after inner rewrites. */
export function readArg(original: string, rewritten: string, ctx: ArgContext): Arg {
  const text = original.trim();
  if (text === "") return { kind: "omitted" };
  if (NUMBER.test(text)) return { kind: "number", text, value: Number(text) };
  const str = STRING.exec(text);
  if (str) return { kind: "string", text, value: str[1]!.replace(/""/g, '"') };
  const ref = REF.exec(text);
  if (ref) {
    const sheet = sheetName(ref[1], ctx.sheet);
    const rect = parseRange(ref[2]!.replace(/\$/g, ""));
    const grid = gridFor(ctx.grids, sheet);
    if (!rect) throw new NotPortable(`alamat ${text} tidak dapat dibaca.`);
    if (!grid)
      throw new NotPortable(`${text} menunjuk lembar "${sheet}" yang tidak ada di buku kerja ini.`);
    const values: CellValue[][] = [];
    for (let r = 0; r < rect.rowCount; r++) {
      const row: CellValue[] = [];
      for (let c = 0; c < rect.colCount; c++)
        row.push(cellOf(grid, rect.row + r, rect.col + c).value);
      values.push(row);
    }
    return { kind: "ref", text, sheet: grid.sheet, rect, values };
  }
  return { kind: "expr", text: rewritten.trim() };
}

/** Where a referenced cell is, for messages: "F7" on the formula's own sheet, "'PK 2024'!F7" elsewhere. */
export function refLabel(arg: Arg & { kind: "ref" }): string {
  return arg.text.replace(/\$/g, "");
}
