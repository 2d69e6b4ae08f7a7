// Engine errors -> Excel error values with the Indonesian message. Excel shows a custom function's message
// only with #VALUE! and #N/A ("Handle and return errors from your custom function",
// https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors): #DIV/0! goes without one,
// and invalidNumber maps to #VALUE!, since "text is not a number" is a #VALUE! in Excel's own terms.
// CustomFunctions.Error needs CustomFunctionsRuntime 1.2, which comes with SharedRuntime 1.1 (manifest.xml).
import { SakipError } from "../engine/index";

/**
 * The part of the Office runtime's `CustomFunctions` global used here. Typed locally (the
 * @types/custom-functions-runtime package is not a dependency) and looked up at call time, so tests
 * can install a stub global.
 */
export interface CustomFunctionsApi {
  Error: new (code: string, message?: string) => Error;
  ErrorCode: { invalidValue: string; divisionByZero: string; notAvailable: string };
}

function api(): CustomFunctionsApi {
  const g = globalThis as unknown as { CustomFunctions?: CustomFunctionsApi };
  if (!g.CustomFunctions) throw new Error("CustomFunctions runtime is not loaded");
  return g.CustomFunctions;
}

/** Excel on the Mac cuts error hints at about 255 characters. */
const BATAS_PESAN = 250;

function pendek(s: string): string {
  return s.length <= BATAS_PESAN ? s : `${s.slice(0, BATAS_PESAN - 1)}…`;
}

export function keErrorExcel(e: unknown): Error {
  const CustomFunctions = api();
  if (e instanceof SakipError) {
    if (e.code === "divisionByZero")
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    const code =
      e.code === "notAvailable"
        ? CustomFunctions.ErrorCode.notAvailable
        : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, pendek(e.message));
  }
  const detail = e instanceof Error ? e.message : String(e);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    pendek(
      `Kesalahan tak terduga di fungsi SAKIP (${detail}). Periksa isi sel, lalu laporkan bila berulang.`
    )
  );
}

/** Runs an engine call; any throw comes out as a CustomFunctions.Error. */
export function jalankan<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw keErrorExcel(e);
  }
}
