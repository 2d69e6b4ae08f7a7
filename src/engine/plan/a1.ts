// Sheet prefixes for the notes and addresses a plan writes; cell addresses come from recognize/address.
export { columnLetter, toA1 as cellA1, rangeToA1 as rectA1 } from "../recognize/address";

/** A sheet name as an address prefix: quoted when it holds anything but letters, digits, _ and . */
export function sheetPrefix(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}
