// Formula text between .xlsx and the model. In a file, formulas have no "=", newer functions carry
// "_xlfn." and functions of add-ins are saved as "_xldudf_NAMESPACE_NAME" (`=SAKIP.CAPAIAN(...)` is
// stored as `_xldudf_SAKIP_CAPAIAN(...)`). The model keeps what `range.formulas` shows: "=SAKIP.CAPAIAN(...)".

/** From the file's text to the model's en-US formula. */
export function formulaFromFile(text: string): string {
  let body = replaceOutsideStrings(text, /_xlfn\.(?:_xlws\.)?/gi, () => "");
  body = replaceOutsideStrings(
    body,
    /_xldudf_SAKIP_([A-Za-z0-9_]+)\s*\(/gi,
    (_m, name: string) => `SAKIP.${name.toUpperCase()}(`
  );
  return body.startsWith("=") ? body : `=${body}`;
}

/**
 * From the model to the file: without "=", and SAKIP functions written the way Excel itself saves
 * add-in functions (`_xldudf_SAKIP_CAPAIAN`), so Excel with the add-in resolves them as after its own
 * save, and Excel without it shows the cached result written beside them.
 */
export function formulaToFile(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  const sakip = replaceOutsideStrings(
    body,
    /\bSAKIP\.([A-Za-z0-9_]+)\s*\(/gi,
    (_m, name: string) => `_xldudf_SAKIP_${name.toUpperCase()}(`
  );
  // Functions newer than Excel 2007 are saved with "_xlfn." (and "_xlfn._xlws." for FILTER and SORT);
  // without it Excel reads the name as unknown (#NAME?).
  return replaceOutsideStrings(sakip, FUTURE_CALL, (name: string) => {
    const upper = name.toUpperCase();
    if (!FUTURE_FUNCTIONS.has(upper)) return name;
    return `${WORKSHEET_FUNCTIONS.has(upper) ? "_xlfn._xlws." : "_xlfn."}${name}`;
  });
}

/** A function name not already prefixed or qualified (no "." or "_" before it), followed by "(". */
const FUTURE_CALL = /(?<![\w.])([A-Za-z][A-Za-z0-9.]*)(?=\s*\()/g;

const FUTURE_FUNCTIONS = new Set([
  "AGGREGATE",
  "ARRAYTOTEXT",
  "BYCOL",
  "BYROW",
  "CEILING.MATH",
  "CHOOSECOLS",
  "CHOOSEROWS",
  "CONCAT",
  "DAYS",
  "DROP",
  "EXPAND",
  "FILTER",
  "FLOOR.MATH",
  "FORECAST.LINEAR",
  "FORMULATEXT",
  "HSTACK",
  "IFNA",
  "IFS",
  "ISFORMULA",
  "ISOWEEKNUM",
  "LAMBDA",
  "LET",
  "MAKEARRAY",
  "MAP",
  "MAXIFS",
  "MINIFS",
  "MODE.SNGL",
  "NUMBERVALUE",
  "PERCENTILE.EXC",
  "PERCENTILE.INC",
  "QUARTILE.EXC",
  "QUARTILE.INC",
  "RANDARRAY",
  "RANK.AVG",
  "RANK.EQ",
  "REDUCE",
  "SCAN",
  "SEQUENCE",
  "SHEET",
  "SHEETS",
  "SORT",
  "SORTBY",
  "STDEV.P",
  "STDEV.S",
  "SWITCH",
  "TAKE",
  "TEXTAFTER",
  "TEXTBEFORE",
  "TEXTJOIN",
  "TEXTSPLIT",
  "TOCOL",
  "TOROW",
  "UNIQUE",
  "VALUETOTEXT",
  "VAR.P",
  "VAR.S",
  "VSTACK",
  "WRAPCOLS",
  "WRAPROWS",
  "XLOOKUP",
  "XMATCH",
  "XOR",
]);
const WORKSHEET_FUNCTIONS = new Set(["FILTER", "SORT"]);

/** Applies a replacement to the parts of a formula outside "string literals". */
function replaceOutsideStrings(
  formula: string,
  pattern: RegExp,
  replacer: (m: string, name: string) => string
): string {
  // Quoted sheet names ('PK 2024'!A1) are left alone too.
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(pattern, replacer)))
    .join("");
}

export function isSakipFormula(formula: string | undefined): boolean {
  return formula !== undefined && /SAKIP\.[A-Z_]+\s*\(/i.test(formula);
}
