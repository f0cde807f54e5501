// The add-in manifest, checked offline: what `office-addin-manifest validate` would reject (it
// needs the internet) and what the add-in itself relies on (the ribbon function's name, the icons).
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";

const ROOT = path.resolve(__dirname, "../..");
const OFFICE_APP_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const OVERRIDES_NS = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const BT_NS = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

/** OfficeApp's children in the order the OfficeApp 1.1 schema (TaskPaneApp) requires. */
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
  "Dictionary",
  "VersionOverrides",
];

const manifestText = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** Parses XML, failing on any warning or error (xmldom throws on fatal ones and reports the rest). */
function parse(text: string): Document {
  const problems: string[] = [];
  let doc: Document | undefined;
  try {
    doc = new DOMParser({
      onError: (level: string, message: string) => {
        problems.push(`${level}: ${message}`);
      },
    }).parseFromString(text, "text/xml") as unknown as Document;
  } catch (error) {
    problems.push(String(error));
  }
  if (problems.length > 0 || !doc) throw new Error(`manifest.xml is not well-formed XML:\n${problems.join("\n")}`);
  return doc;
}

const doc = parse(manifestText);
const root = doc.documentElement;

function childElements(element: Element): Element[] {
  const out: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) if (node.nodeType === 1) out.push(node as Element);
  return out;
}

function all(ns: string, name: string, within: Element | Document = doc): Element[] {
  return Array.from(within.getElementsByTagNameNS(ns, name) as unknown as ArrayLike<Element>);
}

function one(ns: string, name: string, within: Element | Document = doc): Element {
  const found = all(ns, name, within);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
}

function everyElement(within: Element): Element[] {
  return Array.from(within.getElementsByTagName("*") as unknown as ArrayLike<Element>);
}

const versionOverrides = one(OVERRIDES_NS, "VersionOverrides", root);
const resources = one(OVERRIDES_NS, "Resources", versionOverrides);

/** Resource ids by kind: bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings. */
function resourceIds(group: string): Map<string, Element> {
  const ids = new Map<string, Element>();
  for (const entry of childElements(one(BT_NS, group, resources))) ids.set(entry.getAttribute("id") ?? "", entry);
  return ids;
}
const images = resourceIds("Images");
const urls = resourceIds("Urls");
const shortStrings = resourceIds("ShortStrings");
const longStrings = resourceIds("LongStrings");

function resource(ids: Map<string, Element>, resid: string): string {
  const entry = ids.get(resid);
  if (!entry) throw new Error(`resid ${resid} is not defined`);
  return entry.getAttribute("DefaultValue") ?? "";
}

/** The width and height in a PNG file's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The asset file an add-in URL points to, e.g. …/assets/icon-16.png → assets/icon-16.png. */
function assetFile(url: string): string {
  const match = /^https:\/\/[^/]+\/(assets\/[^?#]+)$/.exec(url);
  if (!match) throw new Error(`${url} is not an asset URL`);
  return path.join(ROOT, match[1]);
}

function compareVersions(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

describe("manifest.xml", () => {
  it("is a task pane add-in for Excel that reads and writes the workbook", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe(OFFICE_APP_NS);
    expect(root.getAttributeNS(XSI_NS, "type")).toBe("TaskPaneApp");
    const hosts = childElements(one(OFFICE_APP_NS, "Hosts", root));
    expect(hosts.map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(one(OFFICE_APP_NS, "Permissions", root).textContent?.trim()).toBe("ReadWriteDocument");
    expect(one(OFFICE_APP_NS, "DefaultLocale", root).textContent?.trim()).toBe("en-US");
  });

  it("has a GUID for its Id and a four-part version", () => {
    expect(one(OFFICE_APP_NS, "Id", root).textContent?.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(one(OFFICE_APP_NS, "Version", root).textContent?.trim()).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("orders OfficeApp's children as the schema requires", () => {
    const names = childElements(root).map((e) => e.localName);
    for (const name of names) expect(OFFICE_APP_ORDER).toContain(name);
    const positions = names.map((name) => OFFICE_APP_ORDER.indexOf(name));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(names).size).toBe(names.length);
    for (const required of ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "Hosts", "DefaultSettings", "Permissions", "VersionOverrides"]) {
      expect(names).toContain(required);
    }
  });

  it("requires no more than ExcelApi 1.7, which Office 2019 has", () => {
    const sets = all(OFFICE_APP_NS, "Set", one(OFFICE_APP_NS, "Requirements", root));
    const excelApi = sets.find((s) => s.getAttribute("Name") === "ExcelApi");
    expect(excelApi).toBeDefined();
    expect(compareVersions(excelApi!.getAttribute("MinVersion") ?? "", "1.7")).toBeLessThanOrEqual(0);
    // Other sets (DialogApi and the like) are checked at run time, not required here.
    expect(sets.map((s) => s.getAttribute("Name"))).toEqual(["ExcelApi"]);
  });

  it("uses https for every URL", () => {
    const found: string[] = [];
    for (const element of everyElement(root)) {
      for (const attribute of Array.from(element.attributes as unknown as ArrayLike<Attr>)) {
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(attribute.value)) found.push(attribute.value);
      }
      if (childElements(element).length === 0 && /^[a-z][a-z0-9+.-]*:\/\//i.test(element.textContent?.trim() ?? "")) found.push(element.textContent!.trim());
    }
    const addinUrls = found.filter((u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"));
    expect(addinUrls.length).toBeGreaterThan(5);
    for (const url of addinUrls) expect(url).toMatch(/^https:\/\//);
  });

  it("serves every page and icon from the dev server address that the production build rewrites", () => {
    const urlDev = /const urlDev = "([^"]+)"/.exec(fs.readFileSync(path.join(ROOT, "webpack.config.js"), "utf8"))?.[1];
    expect(urlDev).toBe("https://localhost:3000/");
    const addinUrls = [...images.values(), ...urls.values()].map((e) => e.getAttribute("DefaultValue") ?? "");
    for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) addinUrls.push(one(OFFICE_APP_NS, name, root).getAttribute("DefaultValue") ?? "");
    addinUrls.push(one(OFFICE_APP_NS, "SourceLocation", one(OFFICE_APP_NS, "DefaultSettings", root)).getAttribute("DefaultValue") ?? "");
    for (const url of addinUrls) expect(url.startsWith(urlDev!)).toBe(true);
  });

  it("defines every resid it uses, in the resource group of the right kind", () => {
    const used = everyElement(versionOverrides).filter((e) => e.hasAttribute("resid"));
    expect(used.length).toBeGreaterThan(10);
    for (const element of used) {
      const resid = element.getAttribute("resid")!;
      // The schema caps resource ids at 32 characters.
      expect(resid.length).toBeLessThanOrEqual(32);
      const kind =
        element.localName === "Image"
          ? images
          : ["FunctionFile", "SourceLocation", "LearnMoreUrl"].includes(element.localName)
            ? urls
            : element.localName === "Description"
              ? longStrings
              : shortStrings;
      expect({ resid, defined: kind.has(resid) }).toEqual({ resid, defined: true });
    }
    const usedIds = new Set(used.map((e) => e.getAttribute("resid")));
    for (const group of [images, urls, shortStrings, longStrings]) for (const id of group.keys()) expect({ id, used: usedIds.has(id) }).toEqual({ id, used: true });
  });

  it("keeps ribbon strings within Office's length limits", () => {
    for (const entry of shortStrings.values()) expect((entry.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(125);
    for (const entry of longStrings.values()) expect((entry.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(250);
    for (const override of all(BT_NS, "Override", resources)) expect((override.getAttribute("Value") ?? "").length).toBeLessThanOrEqual(250);
  });

  it("has a Vietnamese (vi-VN) override for the name, the description and every ribbon string", () => {
    for (const element of [one(OFFICE_APP_NS, "DisplayName", root), one(OFFICE_APP_NS, "Description", root)]) {
      const overrides = all(OFFICE_APP_NS, "Override", element).filter((o) => o.getAttribute("Locale") === "vi-VN");
      expect(overrides).toHaveLength(1);
      expect(overrides[0].getAttribute("Value")?.trim()).not.toBe("");
    }
    for (const entry of [...shortStrings.values(), ...longStrings.values()]) {
      const vi = childElements(entry).filter((o) => o.localName === "Override" && o.getAttribute("Locale") === "vi-VN");
      expect({ id: entry.getAttribute("id"), overrides: vi.length }).toEqual({ id: entry.getAttribute("id"), overrides: 1 });
      expect(vi[0].getAttribute("Value")?.trim()).not.toBe("");
    }
    expect(childElements(shortStrings.get("Generate.Label")!)[0].getAttribute("Value")).toBe("Tạo bảng tổng hợp");
  });

  it("puts Generate summary (a function) and Open pane (the task pane) in one group on the Home tab", () => {
    const tab = one(OVERRIDES_NS, "OfficeTab", versionOverrides);
    expect(tab.getAttribute("id")).toBe("TabHome");
    const controls = all(OVERRIDES_NS, "Control", one(OVERRIDES_NS, "Group", tab));
    const actions = controls.map((c) => one(OVERRIDES_NS, "Action", c).getAttributeNS(XSI_NS, "type"));
    expect(actions).toEqual(["ExecuteFunction", "ShowTaskpane"]);
    expect(resource(shortStrings, one(OVERRIDES_NS, "Label", controls[0]).getAttribute("resid")!)).toBe("Generate summary");
    expect(resource(shortStrings, one(OVERRIDES_NS, "Label", controls[1]).getAttribute("resid")!)).toBe("Open pane");
    const ids = everyElement(versionOverrides).filter((e) => e.hasAttribute("id") && e.namespaceURI === OVERRIDES_NS).map((e) => e.getAttribute("id"));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("loads the function file and the pane from the pages the build emits", () => {
    expect(resource(urls, one(OVERRIDES_NS, "FunctionFile", versionOverrides).getAttribute("resid")!)).toMatch(/\/commands\.html$/);
    const showTaskpane = all(OVERRIDES_NS, "Action", versionOverrides).find((a) => a.getAttributeNS(XSI_NS, "type") === "ShowTaskpane")!;
    expect(resource(urls, one(OVERRIDES_NS, "SourceLocation", showTaskpane).getAttribute("resid")!)).toMatch(/\/taskpane\.html$/);
    const defaultPage = one(OFFICE_APP_NS, "SourceLocation", one(OFFICE_APP_NS, "DefaultSettings", root)).getAttribute("DefaultValue");
    expect(defaultPage).toMatch(/\/taskpane\.html$/);
    const webpackConfig = fs.readFileSync(path.join(ROOT, "webpack.config.js"), "utf8");
    for (const page of ["commands.html", "taskpane.html"]) expect(webpackConfig).toContain(`filename: "${page}"`);
  });

  it("names the function that src/commands/commands.ts registers with Office.actions.associate", () => {
    const source = fs.readFileSync(path.join(ROOT, "src/commands/commands.ts"), "utf8");
    const registered = [...source.matchAll(/Office\.actions\.associate\(\s*["']([^"']+)["']/g)].map((m) => m[1]);
    expect(registered).toHaveLength(1);
    const functionNames = all(OVERRIDES_NS, "FunctionName", versionOverrides).map((f) => f.textContent?.trim());
    expect(functionNames).toEqual(registered);
  });

  it("points at icons that exist in assets/ with the sizes it declares", () => {
    const declared: Array<{ url: string; size: number }> = [
      { url: one(OFFICE_APP_NS, "IconUrl", root).getAttribute("DefaultValue")!, size: 32 },
      { url: one(OFFICE_APP_NS, "HighResolutionIconUrl", root).getAttribute("DefaultValue")!, size: 64 },
    ];
    for (const image of all(BT_NS, "Image", versionOverrides).filter((i) => i.hasAttribute("size"))) {
      declared.push({ url: resource(images, image.getAttribute("resid")!), size: Number(image.getAttribute("size")) });
    }
    expect(new Set(declared.map((d) => d.size))).toEqual(new Set([16, 32, 64, 80]));
    for (const { url, size } of declared) {
      const file = assetFile(url);
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  it("gives every ribbon control and the group icons at 16, 32 and 80 pixels", () => {
    const withIcons = [one(OVERRIDES_NS, "Group", versionOverrides), ...all(OVERRIDES_NS, "Control", versionOverrides)];
    for (const element of withIcons) {
      const icon = childElements(element).find((c) => c.localName === "Icon")!;
      expect(childElements(icon).map((i) => i.getAttribute("size"))).toEqual(["16", "32", "80"]);
    }
  });

  describe("the checks themselves", () => {
    it("reject XML that is not well-formed", () => {
      expect(() => parse(manifestText.replace("</Permissions>", "</Permission>"))).toThrow(/well-formed/);
    });

    it("read the real pixel size from a PNG header", () => {
      expect(pngSize(path.join(ROOT, "assets/icon-80.png"))).toEqual({ width: 80, height: 80 });
      expect(pngSize(path.join(ROOT, "assets/icon-16.png"))).not.toEqual({ width: 80, height: 80 });
    });
  });
});
