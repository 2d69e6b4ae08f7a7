// Compares two .xlsx packages the way the "nothing lost" rule reads: parts byte for byte, and where a part
// may change, only in what the tool writes. Returns the breaches as readable lines (empty = nothing lost).
import ExcelJS from "exceljs";
import JSZip from "jszip";

export interface Parts {
  names: string[];
  bytes: Map<string, Uint8Array>;
  text(name: string): string;
}

export async function parts(data: Uint8Array): Promise<Parts> {
  const zip = await JSZip.loadAsync(data);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  const bytes = new Map<string, Uint8Array>();
  for (const n of names) bytes.set(n, await zip.file(n)!.async("uint8array"));
  const decoder = new TextDecoder();
  return { names, bytes, text: (n) => decoder.decode(bytes.get(n)) };
}

const same = (a: Uint8Array | undefined, b: Uint8Array | undefined): boolean =>
  a !== undefined && b !== undefined && a.length === b.length && a.every((v, i) => v === b[i]);

/** A worksheet without the parts the patcher may change (its cells and its dimension). */
export function sheetFrame(xml: string): string {
  return xml
    .replace(
      /<(?:\w+:)?sheetData\s*\/>|<(?:\w+:)?sheetData\b[^>]*>[\s\S]*?<\/(?:\w+:)?sheetData>/,
      "<sheetData/>"
    )
    .replace(/<(?:\w+:)?dimension\b[^>]*\/>/, "");
}

/** Every <tag> item inside a section of styles.xml, as text. */
function items(xml: string, section: string, item: string): string[] {
  const m = new RegExp(`<${section}\\b[^>]*>([\\s\\S]*?)</${section}>`).exec(xml);
  if (!m) return [];
  return m[1]!.match(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, "g")) ?? [];
}

const PACKAGE_PARTS = new Set([
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
]);

/**
 * Part-level breaches: a part gone (other than calcChain), a part changed that the tool had no reason to
 * change, a sheet changed outside its cells, a style index whose meaning changed, a sheet entry altered.
 */
export function partBreaches(before: Parts, after: Parts): string[] {
  const out: string[] = [];
  for (const name of before.names) {
    if (!after.bytes.has(name)) {
      if (!/calcChain\.xml$/.test(name)) out.push(`part removed: ${name}`);
      continue;
    }
    if (same(before.bytes.get(name), after.bytes.get(name))) continue;
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
      if (sheetFrame(before.text(name)) !== sheetFrame(after.text(name)))
        out.push(`sheet changed outside its cells: ${name}`);
      continue;
    }
    if (!PACKAGE_PARTS.has(name)) {
      out.push(`part changed: ${name}`);
      continue;
    }
    if (name === "xl/styles.xml") {
      for (const [section, item] of [
        ["numFmts", "numFmt"],
        ["fonts", "font"],
        ["fills", "fill"],
        ["borders", "border"],
        ["cellXfs", "xf"],
        ["cellStyleXfs", "xf"],
        ["dxfs", "dxf"],
      ] as const) {
        const a = items(before.text(name), section, item);
        const b = items(after.text(name), section, item);
        if (b.length < a.length || a.some((x, i) => x !== b[i]))
          out.push(`styles: ${section} no longer starts with the original items`);
      }
    }
    if (name === "xl/workbook.xml") {
      const entries = (x: string) => x.match(/<sheet\b[^>]*\/>/g) ?? [];
      const a = entries(before.text(name));
      const b = entries(after.text(name));
      if (a.some((x, i) => x !== b[i])) out.push("workbook: a sheet entry changed");
      const names = (x: string) => /<definedNames>[\s\S]*<\/definedNames>/.exec(x)?.[0] ?? "";
      if (names(before.text(name)) !== names(after.text(name)))
        out.push("workbook: defined names changed");
    }
  }
  return out;
}

export interface CellRecord {
  value: unknown;
  formula?: string;
  style: string;
  note?: string;
}

/** Every cell ExcelJS sees (styled empty ones included) with everything it knows about it. */
export async function cellRecords(data: Uint8Array): Promise<Map<string, CellRecord>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const out = new Map<string, CellRecord>();
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const model = cell.model as {
          value?: unknown;
          formula?: string;
          sharedFormula?: string;
          shareType?: string;
          ref?: string;
          result?: unknown;
          type?: number;
        };
        out.set(`${ws.name}!${cell.address}`, {
          value: JSON.stringify({
            v: cell.type === ExcelJS.ValueType.Formula ? model.result : cell.value,
            t: cell.type,
          }),
          formula:
            cell.type === ExcelJS.ValueType.Formula
              ? JSON.stringify([cell.formula, model.shareType, model.ref, model.sharedFormula])
              : undefined,
          style: JSON.stringify(cell.style ?? {}),
          note: cell.note === undefined ? undefined : JSON.stringify(cell.note),
        });
      });
    });
  });
  return out;
}
