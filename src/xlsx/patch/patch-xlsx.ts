// The writer of the user's workbook: the package it was read from, with the changes the journal recorded
// applied to it (cells written, formula results brought up to date, sheets added, renamed or removed).
// Every part the changes do not reach is left as it was, byte for byte; see README "Writing by patching".
import type { CellData, CellValue, SheetModel, WorkbookModel } from "../../memory-excel/model";
import { cellKey } from "../../memory-excel/model";
import { chartWarnings } from "../chart-warnings";
import { dropCalcChain } from "./calc-chain";
import { CONTENT_TYPES, WORKSHEET_TYPE, addOverride, removeOverride } from "./content-types";
import { newSheetXml } from "./new-sheet";
import {
  REL_WORKSHEET,
  addRelationship,
  freshId,
  readRelationships,
  relsPathOf,
  removeRelationship,
  resolveTarget,
} from "./relationships";
import { patchSheetXml } from "./sheet-data";
import { MINIMAL_STYLES, REL_STYLES, STYLES_TYPE, StyleBook } from "./styles-part";
import {
  addSheetEntry,
  readSheets,
  removeSheetEntry,
  renameSheetEntry,
  requestFullCalc,
} from "./workbook-part";
import { XlsxPackage } from "./zip-package";

export interface PatchOutput {
  bytes: Uint8Array;
  /** Indonesian notes on what the file could not keep (charts the tool recorded). */
  warnings: string[];
}

/** The package is not a workbook the patcher can follow (no workbook part, a sheet it cannot find). */
export class PackageError extends Error {}

const relativeTo = (ownerPart: string, part: string): string => {
  const folder = ownerPart.slice(0, ownerPart.lastIndexOf("/") + 1);
  return part.startsWith(folder) ? part.slice(folder.length) : `/${part}`;
};

async function workbookPartOf(pkg: XlsxPackage): Promise<string> {
  const rels = await pkg.text("_rels/.rels");
  const main = rels
    ? readRelationships(rels).find((r) => r.type.endsWith("/officeDocument"))
    : undefined;
  const part = main ? resolveTarget("", main.target) : "xl/workbook.xml";
  if (!pkg.has(part))
    throw new PackageError(
      "Berkas ini tidak berisi buku kerja Excel (bagian workbook.xml tidak ada)."
    );
  return part;
}

function sheetEdits(sheet: SheetModel, written: ReadonlySet<number>, results: ReadonlySet<number>) {
  const w = new Map<number, CellData | undefined>();
  for (const key of written) w.set(key, sheet.cells.get(key));
  const r = new Map<number, CellValue>();
  for (const key of results) {
    const cell = sheet.cells.get(key);
    if (!written.has(key) && cell?.formula !== undefined) r.set(key, cell.value);
  }
  return {
    written: w,
    results: r,
    formulaAt: (row: number, col: number) => sheet.cells.get(cellKey(row, col))?.formula,
  };
}

export async function patchXlsx(original: Uint8Array, model: WorkbookModel): Promise<PatchOutput> {
  const warnings = chartWarnings(model);
  const journal = model.journal;
  if (journal.isEmpty(model.sheets)) return { bytes: original.slice(), warnings };

  const pkg = await XlsxPackage.open(original);
  const wbPart = await workbookPartOf(pkg);
  const wbRelsPart = relsPathOf(wbPart);
  let wbXml = (await pkg.text(wbPart))!;
  let wbRels =
    (await pkg.text(wbRelsPart)) ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  let types = (await pkg.text(CONTENT_TYPES)) ?? "";

  const partOfSheet = (name: string): string | undefined => {
    const entries = readSheets(wbXml);
    const entry =
      entries.find((e) => e.name === name) ??
      entries.find((e) => e.name.toLowerCase() === name.toLowerCase());
    const rel = entry ? readRelationships(wbRels).find((r) => r.id === entry.relId) : undefined;
    return rel ? resolveTarget(wbPart, rel.target) : undefined;
  };

  // Styles: the workbook's own, or a minimal one when it has none.
  let stylesPart = readRelationships(wbRels)
    .map((r) =>
      r.type === REL_STYLES || r.type.endsWith("/styles") ? resolveTarget(wbPart, r.target) : ""
    )
    .find((p) => p !== "");
  if (!stylesPart || !pkg.has(stylesPart)) {
    stylesPart = `${wbPart.slice(0, wbPart.lastIndexOf("/") + 1)}styles.xml`;
    pkg.setText(stylesPart, MINIMAL_STYLES);
    wbRels = addRelationship(wbRels, {
      id: freshId(readRelationships(wbRels)),
      type: REL_STYLES,
      target: relativeTo(wbPart, stylesPart),
    });
    types = addOverride(types, stylesPart, STYLES_TYPE);
  }
  const styles = new StyleBook((await pkg.text(stylesPart))!);

  let sheetsChanged = false;
  let fullCalc = false;

  // Sheets removed (compare's undo): entry, relationship, part and its own relationships, content type.
  for (const name of journal.removed(model.sheets)) {
    const entries = readSheets(wbXml);
    const index = entries.findIndex((e) => e.name === name);
    if (index < 0) continue;
    const part = partOfSheet(name);
    wbXml = removeSheetEntry(wbXml, index);
    wbRels = removeRelationship(wbRels, entries[index]!.relId);
    if (part) {
      pkg.remove(part);
      pkg.remove(relsPathOf(part));
      types = removeOverride(types, part);
    }
    sheetsChanged = true;
  }

  for (const sheet of model.sheets) {
    const origin = journal.originalName(sheet);
    if (origin === undefined) continue;
    const written = journal.writtenCells(sheet);
    const results = journal.changedResults(sheet);
    if (origin !== sheet.name) {
      wbXml = renameSheetEntry(wbXml, origin, sheet.name);
      sheetsChanged = true;
    }
    if (written.size === 0 && results.size === 0) continue;
    const part = partOfSheet(sheet.name) ?? partOfSheet(origin);
    const xml = part ? await pkg.text(part) : undefined;
    if (!part || xml === undefined)
      throw new PackageError(
        `Lembar "${origin}" tidak ditemukan di dalam berkas aslinya; berkas keluaran tidak ditulis.`
      );
    const patched = patchSheetXml(xml, sheetEdits(sheet, written, results), styles);
    if (patched.xml !== xml) {
      pkg.setText(part, patched.xml);
      sheetsChanged = true;
    }
    fullCalc ||= patched.needsFullCalc;
  }

  // Sheets added: a new part each, listed after the sheets the workbook had.
  const folder = wbPart.slice(0, wbPart.lastIndexOf("/") + 1);
  for (const sheet of model.sheets) {
    if (journal.originalName(sheet) !== undefined) continue;
    let n = 1;
    while (pkg.has(`${folder}worksheets/sheet${n}.xml`)) n++;
    const part = `${folder}worksheets/sheet${n}.xml`;
    const id = freshId(readRelationships(wbRels));
    pkg.setText(part, newSheetXml(sheet, styles));
    wbRels = addRelationship(wbRels, { id, type: REL_WORKSHEET, target: relativeTo(wbPart, part) });
    types = addOverride(types, part, WORKSHEET_TYPE);
    wbXml = addSheetEntry(wbXml, sheet.name, id);
    sheetsChanged = true;
  }

  if (sheetsChanged) {
    const dropped = dropCalcChain(wbPart, wbRels, readRelationships(wbRels), types);
    wbRels = dropped.rels;
    types = dropped.contentTypes;
    if (dropped.part) pkg.remove(dropped.part);
  }
  if (fullCalc) wbXml = requestFullCalc(wbXml);
  pkg.setText(stylesPart, styles.toXml());
  pkg.setText(wbPart, wbXml);
  pkg.setText(wbRelsPart, wbRels);
  if (types) pkg.setText(CONTENT_TYPES, types);
  if (!pkg.modified) return { bytes: original.slice(), warnings };
  return { bytes: await pkg.bytes(), warnings };
}
