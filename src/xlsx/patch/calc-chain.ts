// xl/calcChain.xml lists the formula cells in the order Excel last calculated them. Once cells or sheets
// change it can name a cell that holds no formula any more or a sheet that is gone, which Excel reports
// as unreadable content; without it Excel simply rebuilds the chain on load. So a package whose sheets
// change loses its calcChain (part, relationship and content type), and nothing else is affected.
import { removeOverride } from "./content-types";
import type { Relationship } from "./relationships";
import { removeRelationship, resolveTarget } from "./relationships";

export const REL_CALC_CHAIN =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain";

export interface CalcChainDrop {
  rels: string;
  contentTypes: string;
  /** The part to delete, if there was one. */
  part?: string;
}

export function dropCalcChain(
  workbookPart: string,
  relsXml: string,
  rels: Relationship[],
  contentTypes: string
): CalcChainDrop {
  const rel = rels.find((r) => r.type.endsWith("/calcChain"));
  if (!rel) return { rels: relsXml, contentTypes };
  const part = resolveTarget(workbookPart, rel.target);
  return {
    rels: removeRelationship(relsXml, rel.id),
    contentTypes: removeOverride(contentTypes, part),
    part,
  };
}
