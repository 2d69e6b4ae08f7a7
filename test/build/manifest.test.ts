/** @jest-environment jsdom */
// The manifest, checked offline (Microsoft's validator at validationgateway.omex.office.net cannot be reached
// from here): schema order and references by manifest-rules.ts, and the product's own requirements.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { NS, checkManifest } from "./manifest-rules";
import { pngSize } from "./png-size";

const repo = join(__dirname, "..", "..");
const source = readFileSync(join(repo, "manifest.xml"), "utf8");
const parse = (xml: string): Document => new DOMParser().parseFromString(xml, "application/xml");
const doc = parse(source);
const root = doc.documentElement;
const first = (name: string, ns: string = NS.app): Element | undefined =>
  root.getElementsByTagNameNS(ns, name)[0];

describe("manifest.xml", () => {
  test("passes the offline schema and reference rules", () => {
    expect(checkManifest(doc).problems).toEqual([]);
  });

  test("Excel workbook, ReadWriteDocument only, shared runtime 1.1", () => {
    expect(
      Array.from(root.getElementsByTagNameNS(NS.app, "Host")).map((h) => h.getAttribute("Name"))
    ).toEqual(["Workbook"]);
    expect(
      Array.from(root.getElementsByTagNameNS(NS.app, "Permissions")).map((p) => p.textContent)
    ).toEqual(["ReadWriteDocument"]);
    const sets = Array.from(root.getElementsByTagNameNS(NS.app, "Set")).map(
      (s) => `${s.getAttribute("Name")} ${s.getAttribute("MinVersion")}`
    );
    expect(sets).toContain("SharedRuntime 1.1");
    // What the code needs: Range.getMergedAreasOrNullObject is ExcelApi 1.13 (the pane checks it at start too).
    expect(sets).toContain("ExcelApi 1.13");
  });

  test("Indonesian first, English override", () => {
    expect(first("DefaultLocale")?.textContent).toBe("id-ID");
    expect(first("DisplayName")?.getAttribute("DefaultValue")).toBe("SAKIP untuk Excel");
    for (const name of ["DisplayName", "Description"]) {
      const overrides = Array.from(first(name)?.getElementsByTagNameNS(NS.app, "Override") ?? []);
      expect(overrides.map((o) => o.getAttribute("Locale"))).toEqual(["en-US"]);
    }
    expect(first("Description")?.getAttribute("DefaultValue")).toMatch(
      /capaian.*predikat.*serapan/
    );
  });

  test("the custom functions live in the SAKIP namespace, in the task pane's runtime", () => {
    const { facts } = checkManifest(doc);
    expect(facts.namespace).toBe("SAKIP");
    expect(facts.runtimeResid).toBeDefined();
    expect(facts.urls.get(facts.runtimeResid ?? "")).toBe("https://localhost:3000/taskpane.html");
    expect(facts.urls.get("Functions.Script.Url")).toBe("https://localhost:3000/functions.js");
    expect(facts.urls.get("Functions.Metadata.Url")).toBe("https://localhost:3000/functions.json");
    // Excel localizes custom functions by one metadata file per language, chosen by the manifest's override.
    const metadata = Array.from(root.getElementsByTagNameNS(NS.bt, "Url")).find(
      (u) => u.getAttribute("id") === "Functions.Metadata.Url"
    );
    const overrides = Array.from(metadata?.getElementsByTagNameNS(NS.bt, "Override") ?? []);
    expect(overrides.map((o) => [o.getAttribute("Locale"), o.getAttribute("Value")])).toEqual([
      ["en-US", "https://localhost:3000/functions-en.json"],
    ]);
  });

  test("every URL is on the dev server and every icon it names exists in assets/ at its size", () => {
    const urls = Array.from(source.matchAll(/Value="(https?:\/\/[^"]+)"/g), (m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !url.startsWith("https://localhost:3000/"))).toEqual([]);
    const icons = [...new Set(urls.filter((u) => u.includes("/assets/")))];
    expect(icons.length).toBe(4);
    for (const url of icons) {
      const match = /assets\/icon-(\d+)\.png$/.exec(url);
      expect(match).not.toBeNull();
      const size = Number(match?.[1]);
      expect(pngSize(readFileSync(join(repo, "assets", `icon-${size}.png`)))).toEqual({
        width: size,
        height: size,
      });
    }
  });

  describe("the offline rules catch broken manifests", () => {
    const broken = (from: string | RegExp, to: string): string[] => {
      const changed = source.replace(from, to);
      expect(changed).not.toBe(source);
      return checkManifest(parse(changed)).problems;
    };
    test.each([
      ["short-lived runtime", 'lifetime="long"', 'lifetime="short"', /lifetime/],
      [
        "VersionOverrides 1.1 in a task pane add-in",
        'xsi:type="VersionOverridesV1_0"',
        'xsi:type="VersionOverridesV1_1"',
        /VersionOverridesV1_0/,
      ],
      [
        "custom functions page outside the shared runtime",
        /(<Page>\s*<SourceLocation resid=")Taskpane.Url/,
        "$1Functions.Script.Url",
        /Page is not the shared runtime/,
      ],
      ["a resid with no resource", 'resid="Icon.80x80"', 'resid="Icon.81x81"', /no resource/],
      [
        "a URL resource used as a label",
        '<Label resid="Sakip.Group.Label" />',
        '<Label resid="Taskpane.Url" />',
        /points at Urls/,
      ],
      [
        "Permissions before DefaultSettings",
        /(<DefaultSettings>[\s\S]*?<\/DefaultSettings>)\s*(<Permissions>ReadWriteDocument<\/Permissions>)/,
        "$2$1",
        /schema order/,
      ],
      [
        "a description over 250 characters",
        'DefaultValue="Menghitung',
        `DefaultValue="${"x".repeat(250)}`,
        /Description empty or longer/,
      ],
    ])("%s", (_name, from, to, problem) => {
      expect(broken(from, to).join("\n")).toMatch(problem);
    });
  });
});
