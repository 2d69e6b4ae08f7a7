// One error type for every bad input, so hosts can map it (custom functions -> #VALUE!, #DIV/0!, #N/A).

export type SakipErrorCode = "invalidValue" | "divisionByZero" | "notAvailable" | "invalidNumber";

export class SakipError extends Error {
  readonly code: SakipErrorCode;

  constructor(code: SakipErrorCode, message: string) {
    super(message);
    this.name = "SakipError";
    this.code = code;
    // Keeps `instanceof` working when compiled down to ES5-style classes.
    Object.setPrototypeOf(this, SakipError.prototype);
  }
}

export function isSakipError(e: unknown): e is SakipError {
  return e instanceof SakipError;
}

/** How a value is quoted in a message: text in quotes, blanks named as such. */
export function tampil(v: unknown): string {
  if (v === null || v === undefined) return "(kosong)";
  if (typeof v === "string") return v.trim() === "" ? "(kosong)" : `"${v}"`;
  if (typeof v === "number") return formatAngka(v);
  return String(v);
}

/** A number written the Indonesian way (decimal comma), for messages. */
export function formatAngka(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Math.round(n * 1e6) / 1e6;
  return String(rounded).replace(".", ",");
}

/** Guards a result: figures so extreme that the division overflows are reported, not returned as Infinity. */
export function terhingga(x: number, apa: string): number {
  if (!Number.isFinite(x)) {
    throw new SakipError(
      "invalidNumber",
      `${apa} tidak dapat dihitung: angkanya terlalu besar atau terlalu kecil. Periksa angka yang dipakai.`
    );
  }
  return x;
}
