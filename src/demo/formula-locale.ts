// Formulas are stored en-US (`=SAKIP.CAPAIAN(E7,F7,"lower")`); Indonesian Excel shows `;` between
// arguments and a comma decimal. Only outside string literals.

function convert(formula: string, map: (ch: string, prev: string, next: string) => string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i]!;
    if (ch === '"') inString = !inString;
    out += inString || ch === '"' ? ch : map(ch, formula[i - 1] ?? "", formula[i + 1] ?? "");
  }
  return out;
}

const digit = (s: string) => s >= "0" && s <= "9";

export function formulaToIndonesian(formula: string): string {
  if (!formula.startsWith("=")) return formula;
  return convert(formula, (ch, prev, next) => {
    if (ch === ",") return ";";
    if (ch === "." && digit(prev) && digit(next)) return ",";
    return ch;
  });
}

export function formulaFromIndonesian(formula: string): string {
  if (!formula.startsWith("=")) return formula;
  return convert(formula, (ch, prev, next) => {
    if (ch === ";") return ",";
    if (ch === "," && digit(prev) && digit(next)) return ".";
    return ch;
  });
}

/**
 * What a typed entry becomes, the way Indonesian Excel reads it: "=..." a formula, "91,43" and
 * "2.358.277.568" numbers, "91,43%" a percent, anything else text.
 */
export function parseEntry(
  input: string
): { formula: string } | { value: number | string; percent?: boolean } {
  const s = input.trim();
  if (s.startsWith("=") && s.length > 1) return { formula: formulaFromIndonesian(s) };
  const m = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(%?)$/.exec(s);
  if (m) {
    const digits = `${m[1]}${m[2]!.replace(/\./g, "")}.${m[3] ?? "0"}`;
    // "e-2" moves the decimal point in the text, so 91,43% is exactly 0.9143 (not 91.43 / 100).
    return m[4] ? { value: Number(`${digits}e-2`), percent: true } : { value: Number(digits) };
  }
  return { value: input };
}
