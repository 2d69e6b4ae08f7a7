// Sheet prefixes for the notes and addresses a plan writes; cell addresses come from recognize/address.
export { columnLetter, toA1 as cellA1, rangeToA1 as rectA1 } from "../recognize/address";

/**
 * A sheet name as an address prefix. Quoted when it holds anything but letters, digits, _ and ., and when
 * Excel could read it as a cell reference: A1 style (`PK2024` is column PK, row 2024) or R1C1 style
 * (`R1C1`, `R2`, `C`, `RC`), or as TRUE / FALSE. Quoting is always valid, so a doubt quotes.
 */
export function sheetPrefix(sheet: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !looksLikeReference(sheet);
  return plain ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

function looksLikeReference(name: string): boolean {
  return (
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^(?:R\d*)?(?:C\d*)?$/i.test(name) ||
    /^(?:TRUE|FALSE)$/i.test(name)
  );
}
