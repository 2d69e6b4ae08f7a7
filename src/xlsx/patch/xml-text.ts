// Small, lenient helpers over XML text. The patcher edits parts as text: it finds the elements it changes
// and leaves every other byte as it was, so what it does not understand (extensions, mc:AlternateContent,
// unknown attributes, namespace prefixes such as <x:c>) passes through untouched.

export function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, "&quot;");
}

export function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_m, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    if (e === "amp") return "&";
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** The value of an attribute in a start tag (`<c r="A1" s="3">`), unescaped; undefined when absent. */
export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(
    tag
  );
  if (!m) return undefined;
  return unescapeXml(m[1] ?? m[2] ?? "");
}

/** Sets (or with undefined removes) an attribute in a start tag, keeping the others as written. */
export function setAttr(tag: string, name: string, value: string | undefined): string {
  const re = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  if (value === undefined) return tag.replace(re, "");
  const text = ` ${name}="${escapeAttr(value)}"`;
  if (re.test(tag)) return tag.replace(re, text);
  const end = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)}${text}${tag.slice(end)}`;
}

/** The namespace prefix of a part's root element ("x:" in `<x:worksheet ...>`, "" usually). */
export function rootPrefix(xml: string, local: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s>/]`).exec(xml);
  return m?.[1] ?? "";
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Every element `<p:name ...>...</p:name>` or `<p:name .../>` (not nested in itself) within [from, to). */
export function elements(xml: string, qname: string, from = 0, to = xml.length): Span[] {
  const q = qname.replace(/[.:]/g, "\\$&");
  const re = new RegExp(`<${q}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${q}\\s*>)`, "g");
  re.lastIndex = from;
  const out: Span[] = [];
  for (let m = re.exec(xml); m && m.index < to; m = re.exec(xml)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** The first element of that name, or undefined. */
export function element(xml: string, qname: string, from = 0): Span | undefined {
  return elements(xml, qname, from)[0];
}

/** The start tag at the beginning of an element's text. */
export function startTag(elementText: string): string {
  return elementText.slice(0, elementText.indexOf(">") + 1);
}

/** Inner text of an element (between its start and end tags); "" for an empty element. */
export function inner(elementText: string): string {
  const open = startTag(elementText);
  if (open.endsWith("/>")) return "";
  return elementText.slice(open.length, elementText.lastIndexOf("</"));
}

/** Puts children at the end of a container element, turning `<x/>` into `<x>...</x>`. */
export function appendChildren(containerText: string, children: string, qname: string): string {
  const open = startTag(containerText);
  if (open.endsWith("/>")) return `${open.slice(0, -2).trimEnd()}>${children}</${qname}>`;
  const close = containerText.lastIndexOf("</");
  return containerText.slice(0, close) + children + containerText.slice(close);
}

export function replaceSpan(xml: string, span: Span, text: string): string {
  return xml.slice(0, span.start) + text + xml.slice(span.end);
}
