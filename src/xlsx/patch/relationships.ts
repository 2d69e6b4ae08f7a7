// .rels parts: read the relationships of a part, add one with a fresh id, remove one.
import { appendChildren, attr, elements, escapeAttr, rootPrefix } from "./xml-text";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export const REL_WORKSHEET =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function readRelationships(xml: string): Relationship[] {
  const p = rootPrefix(xml, "Relationships");
  return elements(xml, `${p}Relationship`).map((r) => ({
    id: attr(r.text, "Id") ?? "",
    type: attr(r.text, "Type") ?? "",
    target: attr(r.text, "Target") ?? "",
    external: attr(r.text, "TargetMode") === "External",
  }));
}

/** The part a relationship points at, from the folder of the part that owns the .rels. */
export function resolveTarget(ownerPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = ownerPart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

export function freshId(rels: Relationship[]): string {
  const used = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

export function addRelationship(xml: string, rel: Omit<Relationship, "external">): string {
  const p = rootPrefix(xml, "Relationships");
  const root = elements(xml, `${p}Relationships`)[0];
  if (!root) return xml;
  const child = `<${p}Relationship Id="${escapeAttr(rel.id)}" Type="${escapeAttr(rel.type)}" Target="${escapeAttr(rel.target)}"/>`;
  return (
    xml.slice(0, root.start) +
    appendChildren(root.text, child, `${p}Relationships`) +
    xml.slice(root.end)
  );
}

export function removeRelationship(xml: string, id: string): string {
  const p = rootPrefix(xml, "Relationships");
  let out = xml;
  for (const r of elements(xml, `${p}Relationship`).reverse()) {
    if (attr(r.text, "Id") === id) out = out.slice(0, r.start) + out.slice(r.end);
  }
  return out;
}
