// Excel's documented limits, enforced here so that code which passes in the in-memory Excel also passes in
// real Excel. Each rule names the Microsoft page it comes from.

/**
 * Excel on the web refuses a request or a response larger than 5 MB (RichApi.Error
 * RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded). Counted as the UTF-8 bytes of the
 * JSON Excel would send: every property loaded in one sync (response), every value written (request).
 * "Resource limits and performance optimization for Office Add-ins", section "Excel add-ins" / data transfer
 * limits: https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 * 5,000,000 rather than 5 MiB: stricter than Excel, never kinder.
 */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/**
 * `Range.getMergedAreasOrNullObject()` "fails to return the result" when the range holds more than 512
 * merged areas. https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
 */
export const MERGED_AREAS_LIMIT = 512;

const nodeBuffer = (globalThis as { Buffer?: { byteLength(s: string, encoding: "utf8"): number } })
  .Buffer;

/** Bytes of `s` in UTF-8, without allocating an encoded copy (Node's own count where there is one). */
export function utf8Length(s: string): number {
  if (nodeBuffer) return nodeBuffer.byteLength(s, "utf8");
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Text JSON writes as is (printable ASCII, no quote or backslash): its bytes are its length plus quotes. */
const PLAIN_ASCII = /^[\x20-\x21\x23-\x5b\x5d-\x7e]*$/;

/**
 * Bytes of a value as JSON, the way Excel ships a payload: the same count as utf8Length(JSON.stringify(value)),
 * walked value by value so that a 4,500 x 60 block of cells is not first built as one long string.
 */
export function jsonBytes(value: unknown): number {
  switch (typeof value) {
    case "string":
      return PLAIN_ASCII.test(value) ? value.length + 2 : utf8Length(JSON.stringify(value));
    case "number":
      return Number.isFinite(value) ? String(value).length : 4; // NaN and Infinity are written null
    case "boolean":
      return value ? 4 : 5;
    case "undefined":
    case "function":
    case "symbol":
      return 0;
    case "bigint":
      return utf8Length(JSON.stringify(value)); // throws as JSON.stringify does
  }
  if (value === null) return 4;
  if (Array.isArray(value)) {
    let n = 2 + Math.max(0, value.length - 1); // brackets and commas
    for (const x of value) {
      const b = jsonBytes(x);
      // An array writes undefined, functions and symbols as null.
      n += b === 0 && (x === undefined || typeof x === "function" || typeof x === "symbol") ? 4 : b;
    }
    return n;
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") {
    const json = JSON.stringify(value);
    return json === undefined ? 0 : utf8Length(json);
  }
  let n = 2,
    members = 0;
  for (const [k, x] of Object.entries(value as Record<string, unknown>)) {
    const b = jsonBytes(x);
    if (b === 0 && (x === undefined || typeof x === "function" || typeof x === "symbol")) continue;
    n += jsonBytes(k) + 1 + b;
    members++;
  }
  return n + Math.max(0, members - 1);
}

/**
 * Requirement sets (https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets):
 * the in-memory Excel claims the newest ExcelApi it imitates unless told to be an older Excel, and then refuses
 * the members that came later (ApiNotFound), as an older Excel does. Versions compare as numbers ("1.13" > "1.4").
 */
export interface RequirementSets {
  ExcelApi: string;
  SharedRuntime: string;
  CustomFunctionsRuntime: string;
}

export const NEWEST_SETS: RequirementSets = {
  ExcelApi: "1.17",
  SharedRuntime: "1.1",
  CustomFunctionsRuntime: "1.3",
};

export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number),
    b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0,
      y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export function isSetSupported(
  sets: RequirementSets,
  name: string,
  minVersion?: string | number
): boolean {
  const have = (sets as unknown as Record<string, string | undefined>)[name];
  if (have === undefined) return false;
  return minVersion === undefined ? true : versionAtLeast(have, String(minVersion));
}
