// An offline stand-in for Microsoft's online manifest validator (unreachable from this machine): the rules of
// the add-in-only XML manifest schema (element order, resource references and kinds, string lengths) that
// matter for this add-in, plus what the product needs (shared runtime, SAKIP namespace, Home tab button).
// Returns the problems found, so a test can show them all at once.

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

/** Children of OfficeApp (TaskPaneApp) in the order the schema's sequence requires. */
const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "VersionOverrides",
];
const HOST_ORDER = ["Runtimes", "AllFormFactors", "DesktopFormFactor"];
const DESKTOP_ORDER = ["GetStarted", "FunctionFile", "ExtensionPoint"];

export function elementChildren(parent: Element): Element[] {
  return Array.from(parent.children);
}

function childNamed(parent: Element, name: string, ns: string): Element | undefined {
  return elementChildren(parent).find((e) => e.localName === name && e.namespaceURI === ns);
}

function xsiType(e: Element): string | null {
  return e.getAttributeNS(NS.xsi, "type");
}

/** True when `names` appear in the same relative order as in `order` (unknown names are reported apart). */
function inOrder(names: string[], order: string[]): boolean {
  const positions = names.map((n) => order.indexOf(n));
  return positions.every((p, i) => i === 0 || p >= positions[i - 1]);
}

export interface ManifestFacts {
  runtimeResid?: string;
  namespace?: string;
  urls: Map<string, string>;
}

export function checkManifest(doc: Document): { problems: string[]; facts: ManifestFacts } {
  const problems: string[] = [];
  const urls = new Map<string, string>();
  const facts: ManifestFacts = { urls };
  const root = doc.documentElement;
  if (doc.getElementsByTagName("parsererror").length > 0)
    return { problems: ["XML tidak dapat dibaca"], facts };
  if (root.localName !== "OfficeApp" || root.namespaceURI !== NS.app)
    problems.push("root is not appforoffice/1.1 OfficeApp");
  if (xsiType(root) !== "TaskPaneApp") problems.push("OfficeApp xsi:type is not TaskPaneApp");

  const top = elementChildren(root).map((e) => e.localName);
  const unknownTop = top.filter((n) => !OFFICE_APP_ORDER.includes(n));
  if (unknownTop.length) problems.push(`unknown OfficeApp children: ${unknownTop.join(", ")}`);
  if (!inOrder(top, OFFICE_APP_ORDER))
    problems.push(`OfficeApp children out of schema order: ${top.join(", ")}`);
  for (const required of [
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "Hosts",
    "DefaultSettings",
    "Permissions",
    "VersionOverrides",
  ]) {
    if (!top.includes(required)) problems.push(`missing OfficeApp/${required}`);
  }
  const text = (name: string): string => childNamed(root, name, NS.app)?.textContent?.trim() ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text("Id")))
    problems.push("Id is not a GUID");
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text("Version"))) problems.push("Version is not n.n.n.n");
  if (text("ProviderName").length > 32)
    problems.push("ProviderName longer than 32 characters (cut in the unified manifest)");

  // Display name and description: Indonesian default, English override, within the schema's lengths.
  for (const [name, max] of [
    ["DisplayName", 125],
    ["Description", 250],
  ] as const) {
    const e = childNamed(root, name, NS.app);
    const values = [
      e?.getAttribute("DefaultValue") ?? "",
      ...Array.from(e?.children ?? []).map((o) => o.getAttribute("Value") ?? ""),
    ];
    if (values.some((v) => v.length === 0 || v.length > max))
      problems.push(`${name} empty or longer than ${max}`);
  }

  const vo = childNamed(root, "VersionOverrides", NS.ov);
  if (!vo) {
    problems.push(
      "VersionOverrides is missing or not in the taskpaneappversionoverrides namespace"
    );
    return { problems, facts };
  }
  if (xsiType(vo) !== "VersionOverridesV1_0")
    problems.push("TaskPaneApp only supports VersionOverridesV1_0");

  // Resources: id -> kind, and every id under 32 characters as the schema requires.
  const resources = new Map<string, string>();
  const res = childNamed(vo, "Resources", NS.ov);
  for (const [group, item] of [
    ["Images", "Image"],
    ["Urls", "Url"],
    ["ShortStrings", "String"],
    ["LongStrings", "String"],
  ] as const) {
    const g = res && childNamed(res, group, NS.bt);
    for (const e of g ? elementChildren(g) : []) {
      const id = e.getAttribute("id") ?? "";
      const value = e.getAttribute("DefaultValue") ?? "";
      if (e.localName !== item) problems.push(`${group} holds a ${e.localName}`);
      if (id.length === 0 || id.length > 32)
        problems.push(`resource id "${id}" empty or longer than 32`);
      if (resources.has(id)) problems.push(`resource id "${id}" defined twice`);
      resources.set(id, group);
      if (group === "Urls" || group === "Images") {
        urls.set(id, value);
        const locations = [value, ...elementChildren(e).map((o) => o.getAttribute("Value") ?? "")];
        if (locations.some((url) => !url.startsWith("https://")))
          problems.push(`${id} is not an https URL`);
      }
      const max = group === "ShortStrings" ? 125 : group === "LongStrings" ? 250 : 2048;
      const all = [value, ...elementChildren(e).map((o) => o.getAttribute("Value") ?? "")];
      if (all.some((v) => v.length === 0 || v.length > max))
        problems.push(`${id}: a value is empty or longer than ${max}`);
    }
  }

  // Every resid points at a resource of the right kind; every resource is used.
  const used = new Set<string>();
  const kindOf = (e: Element): string => {
    if (e.localName === "Image") return "Images";
    if (["SourceLocation", "LearnMoreUrl", "FunctionFile", "Runtime"].includes(e.localName))
      return "Urls";
    if (e.localName === "Description") return "LongStrings";
    return "ShortStrings";
  };
  for (const e of Array.from(vo.getElementsByTagName("*"))) {
    const resid = e.getAttribute("resid");
    if (resid === null) continue;
    used.add(resid);
    const kind = resources.get(resid);
    if (!kind) problems.push(`${e.localName} resid="${resid}" has no resource`);
    else if (kind !== kindOf(e))
      problems.push(`${e.localName} resid="${resid}" points at ${kind}, expected ${kindOf(e)}`);
  }
  for (const id of resources.keys())
    if (!used.has(id)) problems.push(`resource "${id}" is never used`);

  // The Excel host: one shared, long-lived runtime used by every part of the add-in.
  const hosts = childNamed(vo, "Hosts", NS.ov);
  const host = hosts && elementChildren(hosts).find((h) => xsiType(h) === "Workbook");
  if (!host) {
    problems.push("no Workbook host in VersionOverrides");
    return { problems, facts };
  }
  const hostChildren = elementChildren(host).map((e) => e.localName);
  if (!inOrder(hostChildren, HOST_ORDER) || hostChildren.some((n) => !HOST_ORDER.includes(n))) {
    problems.push(`Host children out of order: ${hostChildren.join(", ")}`);
  }
  const runtimes = Array.from(host.getElementsByTagNameNS(NS.ov, "Runtime"));
  if (runtimes.length !== 1) problems.push(`expected one Runtime, found ${runtimes.length}`);
  const runtime = runtimes[0];
  facts.runtimeResid = runtime?.getAttribute("resid") ?? undefined;
  if (runtime?.getAttribute("lifetime") !== "long") problems.push('Runtime lifetime is not "long"');

  const points = Array.from(host.getElementsByTagNameNS(NS.ov, "ExtensionPoint"));
  const cf = points.find((p) => xsiType(p) === "CustomFunctions");
  if (!cf) problems.push("no CustomFunctions extension point");
  else {
    for (const part of ["Script", "Page", "Metadata"]) {
      if (!childNamed(cf, part, NS.ov)?.getElementsByTagNameNS(NS.ov, "SourceLocation")[0])
        problems.push(`CustomFunctions/${part} has no SourceLocation`);
    }
    const pageResid = childNamed(cf, "Page", NS.ov)
      ?.getElementsByTagNameNS(NS.ov, "SourceLocation")[0]
      ?.getAttribute("resid");
    if (pageResid !== facts.runtimeResid)
      problems.push("custom functions Page is not the shared runtime page");
    const nsResid = childNamed(cf, "Namespace", NS.ov)?.getAttribute("resid") ?? "";
    const nsString =
      res &&
      Array.from(res.getElementsByTagNameNS(NS.bt, "String")).find(
        (s) => s.getAttribute("id") === nsResid
      );
    facts.namespace = nsString?.getAttribute("DefaultValue") ?? undefined;
  }

  const desktop = childNamed(host, "DesktopFormFactor", NS.ov);
  if (!desktop) problems.push("no DesktopFormFactor");
  else {
    const names = elementChildren(desktop).map((e) => e.localName);
    if (!inOrder(names, DESKTOP_ORDER))
      problems.push(`DesktopFormFactor children out of order: ${names.join(", ")}`);
    if (childNamed(desktop, "FunctionFile", NS.ov)?.getAttribute("resid") !== facts.runtimeResid) {
      problems.push("FunctionFile is not the shared runtime page");
    }
  }
  const home = Array.from(host.getElementsByTagNameNS(NS.ov, "OfficeTab")).find(
    (t) => t.getAttribute("id") === "TabHome"
  );
  const button =
    home &&
    Array.from(home.getElementsByTagNameNS(NS.ov, "Control")).find((c) => xsiType(c) === "Button");
  const action = button?.getElementsByTagNameNS(NS.ov, "Action")[0];
  if (!action || xsiType(action) !== "ShowTaskpane")
    problems.push("no Home tab button that shows the task pane");
  else {
    if (!action.getElementsByTagNameNS(NS.ov, "TaskpaneId")[0]?.textContent)
      problems.push("ShowTaskpane has no TaskpaneId");
    if (
      action.getElementsByTagNameNS(NS.ov, "SourceLocation")[0]?.getAttribute("resid") !==
      facts.runtimeResid
    ) {
      problems.push("the task pane button does not open the shared runtime page");
    }
  }
  for (const icon of Array.from(host.getElementsByTagNameNS(NS.ov, "Icon"))) {
    const sizes = Array.from(icon.getElementsByTagNameNS(NS.bt, "Image")).map((i) =>
      i.getAttribute("size")
    );
    if (sizes.join(",") !== "16,32,80")
      problems.push(`ribbon icon sizes are ${sizes.join(",")}, expected 16,32,80`);
  }
  return { problems, facts };
}
