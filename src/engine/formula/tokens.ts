// A small tokenizer for en-US Excel formulas (what `range.formulas` gives): enough to find function
// calls, split their arguments at top-level commas and tell a cell reference from a literal. It keeps
// every token's position, so a rewrite can splice the original text and leave the rest untouched.

export type TokenKind =
  | "text" // "a ""quoted"" string"
  | "number" // 12, 0.5, 1E-9
  | "error" // #DIV/0!, #N/A ...
  | "name" // function names, references (A1, $B$2:C9, 'PK 2024'!G5, Sheet1!A:A), TRUE, named ranges
  | "open"
  | "close"
  | "comma"
  | "arrayOpen"
  | "arrayClose"
  | "arrayRow" // { } ;
  | "op" // + - * / ^ & = <> <= >= < > %
  | "space";

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

/** The formula cannot be read (an unterminated string or sheet name, a stray character). */
export class FormulaSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FormulaSyntaxError";
    Object.setPrototypeOf(this, FormulaSyntaxError.prototype);
  }
}

const ERRORS = [
  "#DIV/0!",
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
];
const NAME_CHAR = /[A-Za-z0-9_.$:!\\\]\[?\u00c0-\uffff]/;
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;

function quoted(s: string, i: number, q: string): number {
  // Returns the index after the closing quote; a doubled quote is an escaped one.
  let j = i + 1;
  for (;;) {
    const k = s.indexOf(q, j);
    if (k < 0) throw new FormulaSyntaxError(`Tanda ${q} di posisi ${i + 1} tidak ditutup.`);
    if (s[k + 1] === q) {
      j = k + 2;
      continue;
    }
    return k + 1;
  }
}

/** Tokens of a formula body (with or without its leading "="; the "=" itself is not a token). */
export function tokenize(formula: string): Token[] {
  const s = formula;
  const out: Token[] = [];
  let i = s.startsWith("=") ? 1 : 0;
  const push = (kind: TokenKind, end: number): void => {
    out.push({ kind, text: s.slice(i, end), start: i, end });
    i = end;
  };
  while (i < s.length) {
    const c = s[i]!;
    if (/\s/.test(c)) {
      let j = i + 1;
      while (j < s.length && /\s/.test(s[j]!)) j++;
      push("space", j);
    } else if (c === '"') {
      push("text", quoted(s, i, '"'));
    } else if (c === "'") {
      // A quoted sheet name: 'PK 2024'!G5 (the quotes may hold commas and parentheses).
      let j = quoted(s, i, "'");
      if (s[j] !== "!")
        throw new FormulaSyntaxError(`Nama lembar di posisi ${i + 1} tidak diikuti tanda "!".`);
      while (j < s.length && NAME_CHAR.test(s[j]!)) j++;
      push("name", j);
    } else if (c === "#") {
      const e = ERRORS.find((x) => s.slice(i, i + x.length).toUpperCase() === x);
      if (!e)
        throw new FormulaSyntaxError(
          `"${s.slice(i, i + 8)}" di posisi ${i + 1} bukan nilai galat Excel.`
        );
      push("error", i + e.length);
    } else if (/[0-9.]/.test(c) && NUMBER.test(s.slice(i))) {
      const m = NUMBER.exec(s.slice(i))!;
      let j = i + m[0].length;
      // A row range (1:3) or a name that starts with digits continues as a name.
      if (j < s.length && /[A-Za-z_$:!]/.test(s[j]!)) {
        while (j < s.length && NAME_CHAR.test(s[j]!)) j++;
        push("name", j);
      } else push("number", j);
    } else if (NAME_CHAR.test(c)) {
      let j = i + 1;
      while (j < s.length && NAME_CHAR.test(s[j]!)) j++;
      push("name", j);
    } else if (c === "(") push("open", i + 1);
    else if (c === ")") push("close", i + 1);
    else if (c === ",") push("comma", i + 1);
    else if (c === "{") push("arrayOpen", i + 1);
    else if (c === "}") push("arrayClose", i + 1);
    else if (c === ";") push("arrayRow", i + 1);
    else if (c === "<" || c === ">")
      push("op", s[i + 1] === "=" || (c === "<" && s[i + 1] === ">") ? i + 2 : i + 1);
    else if ("+-*/^&=%@".includes(c)) push("op", i + 1);
    else throw new FormulaSyntaxError(`Tanda "${c}" di posisi ${i + 1} tidak dikenal dalam rumus.`);
  }
  return out;
}

/** A function call found in a formula: its name token, its parentheses and each argument's span. */
export interface Call {
  name: string;
  /** Start of the name, and the position after the closing parenthesis. */
  start: number;
  end: number;
  /** Spans of the arguments in the original text, untrimmed; `f()` has none. */
  args: { start: number; end: number }[];
}

/** The call whose name is token `index` (followed directly by "("), or null when it is not a call. */
export function callAt(tokens: Token[], index: number, source: string): Call | null {
  const name = tokens[index];
  const open = tokens[index + 1];
  if (!name || name.kind !== "name" || !open || open.kind !== "open") return null;
  const args: { start: number; end: number }[] = [];
  let depth = 0;
  let argStart = open.end;
  for (let k = index + 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === "open" || t.kind === "arrayOpen") depth++;
    else if ((t.kind === "close" || t.kind === "arrayClose") && depth > 0) depth--;
    else if (t.kind === "comma" && depth === 0) {
      args.push({ start: argStart, end: t.start });
      argStart = t.end;
    } else if (t.kind === "close" && depth === 0) {
      if (args.length > 0 || source.slice(argStart, t.start).trim() !== "")
        args.push({ start: argStart, end: t.start });
      return { name: name.text, start: name.start, end: t.end, args };
    }
  }
  throw new FormulaSyntaxError(`Kurung buka fungsi ${name.text} tidak ditutup.`);
}
