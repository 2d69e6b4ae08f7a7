// When a sheet is renamed, Excel rewrites every formula that refers to it ('PK 2024'!B2 -> 'PK'!B2).
// HyperFormula follows by itself; this keeps the formula text of the model (what `range.formulas`
// shows) in step.

import type { WorkbookModel } from "../model";
import { quoteSheet } from "./address";

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function renameReferences(formula: string, oldName: string, newName: string): string {
  const quoted = `'${escapeRegExp(oldName.replace(/'/g, "''"))}'!`;
  const bare = `(?<![A-Za-z0-9_.'])${escapeRegExp(oldName)}!`;
  const pattern = new RegExp(`${quoted}|${bare}`, "gi");
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(pattern, `${quoteSheet(newName)}!`)))
    .join("");
}

export function renameInFormulas(model: WorkbookModel, oldName: string, newName: string): void {
  for (const sheet of model.sheets) {
    for (const cell of sheet.cells.values()) {
      if (
        cell.formula !== undefined &&
        cell.formula.toLowerCase().includes(oldName.toLowerCase())
      ) {
        cell.formula = renameReferences(cell.formula, oldName, newName);
      }
    }
  }
}
