// Formula text between .xlsx and the model. In a file, formulas have no "=", newer functions carry
// "_xlfn." and functions of add-ins are saved as "_xldudf_NAMESPACE_NAME" (`=SAKIP.CAPAIAN(...)` is
// stored as `_xldudf_SAKIP_CAPAIAN(...)`). The model keeps what `range.formulas` shows: "=SAKIP.CAPAIAN(...)".

/** From the file's text to the model's en-US formula. */
export function formulaFromFile(text: string): string {
  const body = text
    .replace(/_xlfn\._xlws\./gi, "")
    .replace(/_xlfn\./gi, "")
    .replace(/_xldudf_SAKIP_([A-Za-z0-9_]+)\s*\(/gi, (_m, name: string) => `SAKIP.${name.toUpperCase()}(`);
  return body.startsWith("=") ? body : `=${body}`;
}

/**
 * From the model to the file: without "=". SAKIP functions are written by their plain name, which
 * Excel with the add-in resolves; Excel without it keeps the cached result written beside them.
 */
export function formulaToFile(formula: string): string {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}

export function isSakipFormula(formula: string | undefined): boolean {
  return formula !== undefined && /SAKIP\.[A-Z_]+\s*\(/i.test(formula);
}
