// What Excel the pane needs, checked at start with Office.context.requirements.isSetSupported, so an older
// Excel gets a plain Indonesian answer instead of a failure half way through a scan. Kept in step with the
// <Requirements> of manifest.xml. Excel JavaScript API requirement sets:
// https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets

export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export interface NeededSet {
  name: string;
  version: string;
  why: string;
}

export const NEEDED_SETS: readonly NeededSet[] = [
  {
    name: "ExcelApi",
    version: "1.13",
    why: "membaca sel gabungan (Range.getMergedAreasOrNullObject)",
  },
  { name: "SharedRuntime", version: "1.1", why: "fungsi =SAKIP.* dan panel berjalan bersama" },
];

/** The sets this Excel lacks (all of them when it cannot say). */
export function missingSets(requirements: RequirementChecker | undefined): NeededSet[] {
  if (!requirements) return [...NEEDED_SETS];
  return NEEDED_SETS.filter((s) => {
    try {
      return !requirements.isSetSupported(s.name, s.version);
    } catch {
      return true;
    }
  });
}

/** The pane's answer to an Excel that is too old: what is missing, and which Excel to use. */
export function unsupportedMessage(missing: NeededSet[]): string {
  const list = missing.map((s) => `${s.name} ${s.version} (${s.why})`).join("; ");
  return (
    `Excel ini terlalu lama untuk SAKIP: tidak mendukung ${list}. ` +
    "Gunakan Excel 2021 atau yang lebih baru, Excel untuk Microsoft 365 (Windows atau Mac) yang diperbarui, atau Excel di web, lalu buka lagi panel ini."
  );
}
