// Rewrites one formula: every =SAKIP.* call, nested ones included, becomes its native shape; the rest
// of the formula is kept character for character. Either the whole formula converts or it stays as it
// was, with the reason.
import { FormulaSyntaxError, callAt, tokenize } from "../formula/tokens";
import { NotPortable, readArg, type ArgContext } from "./portable-args";
import { NATIVE } from "./portable-shapes";

/** Excel's limit on the length of a formula. */
export const MAX_FORMULA_CHARS = 8192;

export type ConvertResult =
  { ok: true; formula: string; calls: number } | { ok: false; reason: string; inputCell?: string };

/** SAKIP.CAPAIAN, sakip.capaian, or the file form _xldudf_SAKIP_CAPAIAN: the function's short name, else null. */
export function sakipName(token: string): string | null {
  const m = /^(?:_xldudf_)?SAKIP[._]([A-Z_]+)$/i.exec(token);
  return m ? m[1]!.toUpperCase() : null;
}

/** Does the formula call any SAKIP function? (cheap test before tokenizing) */
export function mentionsSakip(formula: string): boolean {
  return /SAKIP[._]/i.test(formula);
}

function wholeCall(text: string): boolean {
  const tokens = tokenize(text);
  if (tokens.length < 3 || tokens[0]!.kind !== "name") return false;
  const call = callAt(tokens, 0, text);
  return call !== null && call.end === text.length;
}

function atomic(text: string): string {
  return wholeCall(text) ? text : `(${text})`;
}

function rewrite(src: string, ctx: ArgContext): { text: string; calls: number } {
  const tokens = tokenize(src);
  let out = "";
  let pos = tokens[0]?.start ?? src.length;
  out += src.slice(0, pos);
  let calls = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const name = tok.kind === "name" ? sakipName(tok.text) : null;
    const call = name ? callAt(tokens, i, src) : null;
    if (!name || !call) {
      out += src.slice(pos, tok.end);
      pos = tok.end;
      continue;
    }
    const build = NATIVE[name];
    if (!build) throw new NotPortable(`fungsi SAKIP.${name} tidak dikenal.`);
    const args = call.args.map(({ start, end }) => {
      const original = src.slice(start, end);
      const inner = rewrite(original, ctx);
      calls += inner.calls;
      return readArg(original, inner.text, ctx);
    });
    try {
      out += src.slice(pos, call.start) + atomic(build(args));
    } catch (e) {
      if (e instanceof NotPortable)
        throw new NotPortable(`SAKIP.${name}: ${e.reason}`, e.inputCell);
      throw e;
    }
    calls++;
    pos = call.end;
    while (i + 1 < tokens.length && tokens[i + 1]!.start < call.end) i++;
  }
  return { text: out + src.slice(pos), calls };
}

/** The native form of `formula` (en-US, with its "="), on `ctx.sheet`, reading referenced cells from `ctx.grids`. */
export function toNative(formula: string, ctx: ArgContext): ConvertResult {
  if (!formula.startsWith("=")) return { ok: true, formula, calls: 0 };
  try {
    const { text, calls } = rewrite(formula.slice(1), ctx);
    const native = `=${text}`;
    if (native.length > MAX_FORMULA_CHARS) {
      return {
        ok: false,
        reason: `rumus Excel biasa yang setara terlalu panjang (${native.length} karakter, batas Excel ${MAX_FORMULA_CHARS}). Pecah rumusnya menjadi beberapa sel.`,
      };
    }
    return { ok: true, formula: native, calls };
  } catch (e) {
    if (e instanceof NotPortable)
      return e.inputCell
        ? { ok: false, reason: e.reason, inputCell: e.inputCell }
        : { ok: false, reason: e.reason };
    if (e instanceof FormulaSyntaxError)
      return { ok: false, reason: `rumus tidak dapat dibaca (${e.message})` };
    throw e;
  }
}
