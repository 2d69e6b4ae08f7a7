// xl/workbook.xml: the sheet list (name, sheetId, relationship), adding and removing a sheet entry, the
// local defined names and the workbook view that count sheets by position.
import {
  appendChildren,
  attr,
  element,
  elements,
  escapeAttr,
  replaceSpan,
  rootPrefix,
  setAttr,
  startTag,
} from "./xml-text";

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
}

const REL_NS =
  /xmlns:([A-Za-z_][\w.-]*)="http:\/\/(?:schemas\.openxmlformats\.org\/officeDocument\/2006|purl\.oclc\.org\/ooxml\/officeDocument)\/relationships"/;

/** The prefix the workbook uses for relationship ids (`r` in `r:id`). */
function relPrefix(xml: string): string | undefined {
  return REL_NS.exec(xml)?.[1];
}

export function readSheets(xml: string): SheetEntry[] {
  const p = rootPrefix(xml, "workbook");
  const r = relPrefix(xml) ?? "r";
  return elements(xml, `${p}sheet`).map((s) => ({
    name: attr(s.text, "name") ?? "",
    sheetId: Number(attr(s.text, "sheetId") ?? 0),
    relId: attr(s.text, `${r}:id`) ?? "",
  }));
}

export function addSheetEntry(xml: string, name: string, relId: string): string {
  const p = rootPrefix(xml, "workbook");
  let out = xml;
  let r = relPrefix(out);
  if (!r) {
    // Declare the relationships namespace on the root so the new entry's r:id is bound.
    r = "r";
    const root = element(out, `${p}workbook`)!;
    const tag = startTag(root.text);
    out =
      out.slice(0, root.start) +
      setAttr(
        tag,
        "xmlns:r",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
      ) +
      out.slice(root.start + tag.length);
  }
  const sheetId = Math.max(0, ...readSheets(out).map((s) => s.sheetId)) + 1;
  const sheets = element(out, `${p}sheets`);
  if (!sheets) return out;
  const child = `<${p}sheet name="${escapeAttr(name)}" sheetId="${sheetId}" ${r}:id="${escapeAttr(relId)}"/>`;
  return replaceSpan(out, sheets, appendChildren(sheets.text, child, `${p}sheets`));
}

export function renameSheetEntry(xml: string, oldName: string, newName: string): string {
  const p = rootPrefix(xml, "workbook");
  const entry = elements(xml, `${p}sheet`).find((s) => attr(s.text, "name") === oldName);
  if (!entry) return xml;
  const tag = startTag(entry.text);
  return replaceSpan(xml, entry, setAttr(tag, "name", newName) + entry.text.slice(tag.length));
}

/**
 * Removes the sheet at `index` (its position in <sheets>): the entry, the defined names local to it,
 * and shifts the positions that count sheets (localSheetId, activeTab, firstSheet).
 */
export function removeSheetEntry(xml: string, index: number): string {
  const p = rootPrefix(xml, "workbook");
  const entries = elements(xml, `${p}sheet`);
  const entry = entries[index];
  if (!entry) return xml;
  let out = replaceSpan(xml, entry, "");
  const count = entries.length - 1;
  for (const dn of elements(out, `${p}definedName`).reverse()) {
    const local = attr(dn.text, "localSheetId");
    if (local === undefined) continue;
    const n = Number(local);
    const tag = startTag(dn.text);
    if (n === index) out = replaceSpan(out, dn, "");
    else if (n > index)
      out = replaceSpan(
        out,
        dn,
        setAttr(tag, "localSheetId", String(n - 1)) + dn.text.slice(tag.length)
      );
  }
  const names = element(out, `${p}definedNames`);
  if (names && elements(names.text, `${p}definedName`).length === 0)
    out = replaceSpan(out, names, "");
  for (const view of elements(out, `${p}workbookView`).reverse()) {
    let tag = startTag(view.text);
    for (const a of ["activeTab", "firstSheet"]) {
      const v = attr(tag, a);
      if (v === undefined) continue;
      const n = Number(v);
      const next = n > index ? n - 1 : Math.min(n, Math.max(0, count - 1));
      if (next !== n) tag = setAttr(tag, a, String(next));
    }
    out = replaceSpan(out, view, tag + view.text.slice(startTag(view.text).length));
  }
  return out;
}

/** Sets fullCalcOnLoad="1" on <calcPr> (adding the element after <sheets>/<definedNames> when missing). */
export function requestFullCalc(xml: string): string {
  const p = rootPrefix(xml, "workbook");
  const calc = element(xml, `${p}calcPr`);
  if (calc) {
    const tag = startTag(calc.text);
    return replaceSpan(
      xml,
      calc,
      setAttr(tag, "fullCalcOnLoad", "1") + calc.text.slice(tag.length)
    );
  }
  // Schema order: sheets, functionGroups, externalReferences, definedNames, calcPr.
  const after =
    element(xml, `${p}definedNames`) ??
    element(xml, `${p}externalReferences`) ??
    element(xml, `${p}functionGroups`) ??
    element(xml, `${p}sheets`);
  if (!after) return xml;
  return xml.slice(0, after.end) + `<${p}calcPr fullCalcOnLoad="1"/>` + xml.slice(after.end);
}
