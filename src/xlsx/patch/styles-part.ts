// xl/styles.xml as the patcher needs it: what number format, bold and italic a cell style (xf) gives, and
// new styles derived from an existing one. New fonts, fills, number formats and xfs are appended at the
// end of their lists (identical ones reused), so every existing style index keeps its meaning.
import { BUILTIN_FORMATS, FIRST_CUSTOM_FORMAT, builtinId } from "./number-formats";
import {
  attr,
  element,
  elements,
  escapeAttr,
  inner,
  rootPrefix,
  setAttr,
  startTag,
} from "./xml-text";

export const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
export const REL_STYLES =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** The properties the tool sets on a cell; absent ones keep what the base style has. */
export interface StyleChange {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  /** "#RRGGBB" solid fill. */
  fill?: string;
  /** OOXML horizontal alignment ("center", "left"...). */
  horizontal?: string;
  wrap?: boolean;
}

interface Section {
  name: string;
  items: string[];
  added: string[];
}

const on = (v: string | undefined): boolean => v !== undefined && v !== "0" && v !== "false";

export class StyleBook {
  private readonly p: string;
  private readonly formats = new Map<number, string>();
  private readonly addedFormats: { id: number; code: string }[] = [];
  private readonly fonts: Section;
  private readonly fills: Section;
  private readonly xfs: Section;
  private readonly derived = new Map<string, number>();
  private maxFormatId = FIRST_CUSTOM_FORMAT - 1;

  constructor(private readonly xml: string) {
    this.p = rootPrefix(xml, "styleSheet");
    const declared = element(xml, `${this.p}numFmts`);
    for (const f of declared ? elements(declared.text, `${this.p}numFmt`) : []) {
      const id = Number(attr(f.text, "numFmtId"));
      const code = attr(f.text, "formatCode");
      if (Number.isFinite(id) && code !== undefined) this.formats.set(id, code);
    }
    // Differential formats (conditional formats) declare ids too: a new id must not collide with them.
    for (const f of elements(xml, `${this.p}numFmt`))
      this.maxFormatId = Math.max(this.maxFormatId, Number(attr(f.text, "numFmtId")) || 0);
    this.fonts = this.section("fonts", "font");
    this.fills = this.section("fills", "fill");
    this.xfs = this.section("cellXfs", "xf");
  }

  private section(container: string, item: string): Section {
    const c = element(this.xml, `${this.p}${container}`);
    return {
      name: container,
      items: c ? elements(inner(c.text), `${this.p}${item}`).map((s) => s.text) : [],
      added: [],
    };
  }

  private all(s: Section): string[] {
    return [...s.items, ...s.added];
  }

  get changed(): boolean {
    return (
      this.addedFormats.length +
        this.fonts.added.length +
        this.fills.added.length +
        this.xfs.added.length >
      0
    );
  }

  /** Number format code of a style ("General" for an unknown id or index). */
  numberFormat(xfIndex: number): string {
    const xf = this.all(this.xfs)[xfIndex];
    const id = Number(xf ? (attr(startTag(xf), "numFmtId") ?? 0) : 0);
    return this.formats.get(id) ?? BUILTIN_FORMATS[id] ?? "General";
  }

  private font(xfIndex: number): string {
    const xf = this.all(this.xfs)[xfIndex];
    const id = Number(xf ? (attr(startTag(xf), "fontId") ?? 0) : 0);
    return this.all(this.fonts)[id] ?? "";
  }

  bold(xfIndex: number): boolean {
    const b = element(this.font(xfIndex), `${this.p}b`);
    return b !== undefined && (attr(b.text, "val") === undefined || on(attr(b.text, "val")));
  }

  italic(xfIndex: number): boolean {
    const i = element(this.font(xfIndex), `${this.p}i`);
    return i !== undefined && (attr(i.text, "val") === undefined || on(attr(i.text, "val")));
  }

  /** The style to use: `base` itself when it already gives every property asked, else a derived one. */
  derive(base: number, change: StyleChange): number {
    const xfs = this.all(this.xfs);
    const baseIndex = base >= 0 && base < xfs.length ? base : 0;
    const key = `${baseIndex}|${JSON.stringify(change)}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    let xf =
      xfs[baseIndex] ?? `<${this.p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    let tag = startTag(xf);
    const body = xf.slice(tag.length);
    let changed = false;
    if (change.numberFormat !== undefined && change.numberFormat !== this.numberFormat(baseIndex)) {
      tag = setAttr(
        setAttr(tag, "numFmtId", String(this.formatId(change.numberFormat))),
        "applyNumberFormat",
        "1"
      );
      changed = true;
    }
    const wantBold = change.bold !== undefined && change.bold !== this.bold(baseIndex);
    const wantItalic = change.italic !== undefined && change.italic !== this.italic(baseIndex);
    if (wantBold || wantItalic) {
      let font =
        this.font(baseIndex) ||
        `<${this.p}font><${this.p}sz val="11"/><${this.p}name val="Calibri"/></${this.p}font>`;
      if (wantBold) font = toggle(font, `${this.p}b`, change.bold!);
      if (wantItalic) font = toggle(font, `${this.p}i`, change.italic!);
      tag = setAttr(setAttr(tag, "fontId", String(this.index(this.fonts, font))), "applyFont", "1");
      changed = true;
    }
    if (change.fill !== undefined) {
      const rgb = `FF${change.fill.replace(/^#/, "").toUpperCase()}`;
      const fill = `<${this.p}fill><${this.p}patternFill patternType="solid"><${this.p}fgColor rgb="${rgb}"/><${this.p}bgColor indexed="64"/></${this.p}patternFill></${this.p}fill>`;
      tag = setAttr(setAttr(tag, "fillId", String(this.index(this.fills, fill))), "applyFill", "1");
      changed = true;
    }
    let children = tag.endsWith("/>") ? "" : body.slice(0, body.lastIndexOf("</"));
    if (change.horizontal !== undefined || change.wrap !== undefined) {
      const old = element(children, `${this.p}alignment`);
      let a = old ? startTag(old.text) : `<${this.p}alignment/>`;
      if (change.horizontal !== undefined) a = setAttr(a, "horizontal", change.horizontal);
      if (change.wrap !== undefined) a = setAttr(a, "wrapText", change.wrap ? "1" : undefined);
      children = old ? children.slice(0, old.start) + a + children.slice(old.end) : a + children;
      tag = setAttr(tag, "applyAlignment", "1");
      changed = true;
    }
    if (!changed) {
      this.derived.set(key, baseIndex);
      return baseIndex;
    }
    const open = tag.endsWith("/>") ? tag.slice(0, -2).trimEnd() + ">" : tag;
    xf = children === "" ? `${open.slice(0, -1)}/>` : `${open}${children}</${this.p}xf>`;
    const index = this.index(this.xfs, xf);
    this.derived.set(key, index);
    return index;
  }

  /** Index of an identical item, or of the item appended. */
  private index(s: Section, item: string): number {
    const all = this.all(s);
    const found = all.indexOf(item);
    if (found >= 0) return found;
    s.added.push(item);
    return all.length;
  }

  private formatId(code: string): number {
    const builtin = builtinId(code);
    if (builtin !== undefined) return builtin;
    for (const [id, c] of this.formats) if (c === code) return id;
    const id = Math.max(this.maxFormatId, ...this.formats.keys()) + 1;
    this.maxFormatId = id;
    this.formats.set(id, code);
    this.addedFormats.push({ id, code });
    return id;
  }

  /** styles.xml with the appended items (the text given when nothing was added). */
  toXml(): string {
    if (!this.changed) return this.xml;
    let out = this.xml;
    // From the last section to the first, so earlier offsets stay valid.
    for (const s of [this.xfs, this.fills, this.fonts]) {
      if (s.added.length > 0)
        out = appendTo(
          out,
          `${this.p}${s.name}`,
          s.added.join(""),
          s.items.length + s.added.length
        );
    }
    if (this.addedFormats.length > 0) {
      const items = this.addedFormats
        .map((f) => `<${this.p}numFmt numFmtId="${f.id}" formatCode="${escapeAttr(f.code)}"/>`)
        .join("");
      const declared = element(out, `${this.p}numFmts`);
      const total =
        (declared ? elements(declared.text, `${this.p}numFmt`).length : 0) +
        this.addedFormats.length;
      if (declared) out = appendTo(out, `${this.p}numFmts`, items, total);
      else {
        // numFmts is the first child of styleSheet.
        const root = element(out, `${this.p}styleSheet`)!;
        const at = root.start + startTag(root.text).length;
        out = `${out.slice(0, at)}<${this.p}numFmts count="${total}">${items}</${this.p}numFmts>${out.slice(at)}`;
      }
    }
    return out;
  }
}

function toggle(font: string, qname: string, value: boolean): string {
  const existing = element(font, qname);
  let out = existing ? font.slice(0, existing.start) + font.slice(existing.end) : font;
  if (value) {
    const tag = startTag(out);
    out = tag.endsWith("/>")
      ? `${tag.slice(0, -2).trimEnd()}><${qname}/></${qname.replace(/[bi]$/, "font")}>`
      : `${tag}<${qname}/>${out.slice(tag.length)}`;
  }
  return out;
}

function appendTo(xml: string, qname: string, items: string, count: number): string {
  const c = element(xml, qname);
  if (!c) return xml;
  const tag = startTag(c.text);
  const open = setAttr(
    tag.endsWith("/>") ? `${tag.slice(0, -2).trimEnd()}>` : tag,
    "count",
    String(count)
  );
  const body = tag.endsWith("/>") ? "" : c.text.slice(tag.length, c.text.lastIndexOf("</"));
  return xml.slice(0, c.start) + `${open}${body}${items}</${qname}>` + xml.slice(c.end);
}
