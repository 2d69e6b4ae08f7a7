// [Content_Types].xml: an Override per part added, none left for a part removed.
import { appendChildren, attr, elements, escapeAttr, rootPrefix } from "./xml-text";

export const CONTENT_TYPES = "[Content_Types].xml";
export const WORKSHEET_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** `/xl/worksheets/sheet3.xml` for the part `xl/worksheets/sheet3.xml`. */
const partName = (part: string): string => `/${part.replace(/^\//, "")}`;

export function addOverride(xml: string, part: string, type: string): string {
  const p = rootPrefix(xml, "Types");
  const name = partName(part);
  if (
    elements(xml, `${p}Override`).some(
      (o) => attr(o.text, "PartName")?.toLowerCase() === name.toLowerCase()
    )
  )
    return xml;
  const root = elements(xml, `${p}Types`)[0];
  if (!root) return xml;
  const child = `<${p}Override PartName="${escapeAttr(name)}" ContentType="${escapeAttr(type)}"/>`;
  return (
    xml.slice(0, root.start) + appendChildren(root.text, child, `${p}Types`) + xml.slice(root.end)
  );
}

export function removeOverride(xml: string, part: string): string {
  const p = rootPrefix(xml, "Types");
  const name = partName(part).toLowerCase();
  let out = xml;
  for (const o of elements(xml, `${p}Override`).reverse()) {
    if (attr(o.text, "PartName")?.toLowerCase() === name)
      out = out.slice(0, o.start) + out.slice(o.end);
  }
  return out;
}

/** The content type a part is declared with (for telling .xlsm from .xlsx). */
export function overrideType(xml: string, part: string): string | undefined {
  const p = rootPrefix(xml, "Types");
  const name = partName(part).toLowerCase();
  const o = elements(xml, `${p}Override`).find(
    (e) => attr(e.text, "PartName")?.toLowerCase() === name
  );
  return o ? attr(o.text, "ContentType") : undefined;
}
