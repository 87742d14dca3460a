import * as fs from "fs";
import * as path from "path";
import { COMMAND_NAMES } from "../src/commands/commandNames";

// xml2js (a strict sax parser) comes with office-addin-manifest and has no type package.
const { parseStringPromise } = require("xml2js") as {
  parseStringPromise(xml: string): Promise<unknown>;
};
const { PAGES } = require("../webpack.config.js") as { PAGES: Array<{ filename: string }> };

const ROOT = path.resolve(__dirname, "..");
const MANIFEST_XML = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const BASE_URL = "https://localhost:3000/";

/** An element as xml2js gives it: attributes under `$`, text under `_`, children as arrays by name. */
interface XmlElement {
  $?: Record<string, string>;
  _?: string;
  [child: string]: unknown;
}

function asElement(value: unknown): XmlElement {
  return typeof value === "string" ? { _: value } : (value as XmlElement);
}

function children(element: XmlElement, name: string): XmlElement[] {
  const list = element[name];
  return Array.isArray(list) ? list.map(asElement) : [];
}

function child(element: XmlElement, name: string): XmlElement {
  const [first] = children(element, name);
  if (!first) throw new Error(`no <${name}>`);
  return first;
}

/** Every element below `element`, with its name, depth first. */
function walk(element: XmlElement, name = ""): Array<{ name: string; element: XmlElement }> {
  const found = [{ name, element }];
  for (const key of Object.keys(element)) {
    if (key === "$" || key === "_") continue;
    for (const c of children(element, key)) found.push(...walk(c, key));
  }
  return found;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = "89504e470d0a1a0a";
  if (bytes.subarray(0, 8).toString("hex") !== signature) throw new Error(`${file} is not a PNG`);
  if (bytes.subarray(12, 16).toString("ascii") !== "IHDR")
    throw new Error(`${file}: no IHDR first`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

let app: XmlElement;
let all: Array<{ name: string; element: XmlElement }>;
let resources: XmlElement;

beforeAll(async () => {
  const doc = (await parseStringPromise(MANIFEST_XML)) as { OfficeApp: XmlElement };
  app = doc.OfficeApp;
  all = walk(app, "OfficeApp");
  resources = child(child(app, "VersionOverrides"), "Resources");
});

function resourceIds(group: string): string[] {
  return children(child(resources, group), "bt:String")
    .concat(children(child(resources, group), "bt:Image"))
    .concat(children(child(resources, group), "bt:Url"))
    .map((e) => e.$?.id ?? "");
}

function urlOfResid(resid: string): string {
  for (const group of ["bt:Images", "bt:Urls"]) {
    for (const e of children(
      child(resources, group),
      group === "bt:Images" ? "bt:Image" : "bt:Url"
    )) {
      if (e.$?.id === resid) return e.$.DefaultValue;
    }
  }
  throw new Error(`no URL resource ${resid}`);
}

describe("manifest.xml", () => {
  it("is well-formed XML (and the parser does reject broken XML)", async () => {
    expect(app).toBeDefined();
    await expect(parseStringPromise(MANIFEST_XML.replace("</Hosts>", ""))).rejects.toThrow();
  });

  it("has the TaskPaneApp elements, in the order the schema requires", () => {
    expect(app.$?.["xsi:type"]).toBe("TaskPaneApp");
    const required = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    const present = Object.keys(app).filter((k) => k !== "$");
    expect(present.filter((k) => required.includes(k))).toEqual(required);
  });

  it("names TierSheet, a fixed GUID, a four-part version and en-US with zh-CN overrides", () => {
    expect(child(app, "Id")._).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    );
    expect(child(app, "Version")._).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(app, "ProviderName")._).toBe("TierSheet");
    expect(child(app, "DefaultLocale")._).toBe("en-US");
    expect(child(app, "DisplayName").$?.DefaultValue).toBe("TierSheet");
    for (const name of ["DisplayName", "Description"]) {
      const overrides = children(child(app, name), "Override");
      expect(overrides.map((o) => o.$?.Locale)).toEqual(["zh-CN"]);
      expect(overrides[0].$?.Value).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("targets Excel workbooks with ExcelApi 1.9 and asks for read/write access", () => {
    expect(children(child(app, "Hosts"), "Host").map((h) => h.$?.Name)).toEqual(["Workbook"]);
    const sets = children(child(child(app, "Requirements"), "Sets"), "Set");
    expect(sets.map((s) => s.$)).toEqual([{ Name: "ExcelApi", MinVersion: "1.9" }]);
    expect(child(app, "Permissions")._).toBe("ReadWriteDocument");
    expect(child(app, "VersionOverrides").$?.["xsi:type"]).toBe("VersionOverridesV1_0");
    const hosts = children(child(child(app, "VersionOverrides"), "Hosts"), "Host");
    expect(hosts.map((h) => h.$?.["xsi:type"])).toEqual(["Workbook"]);
  });

  it("puts every URL on https://localhost:3000, at a page or asset the build produces", () => {
    const pages = PAGES.map((p) => p.filename);
    expect(pages).toEqual(expect.arrayContaining(["taskpane.html", "commands.html"]));
    const urls = all.flatMap(({ element }) =>
      [...Object.values(element.$ ?? {}), element._ ?? ""].filter((v) => /^https?:/.test(v))
    );
    const namespaces = /^http:\/\/schemas\.microsoft\.com\/|^http:\/\/www\.w3\.org\//;
    const addinUrls = urls.filter((u) => !namespaces.test(u));
    expect(addinUrls.length).toBeGreaterThan(5);
    for (const url of addinUrls) {
      expect(url.startsWith(BASE_URL)).toBe(true);
      const target = url.slice(BASE_URL.length);
      const isPage = pages.includes(target);
      const isAsset =
        /^assets\/[\w-]+\.png$/.test(target) && fs.existsSync(path.join(ROOT, target));
      expect({ url, produced: isPage || isAsset }).toEqual({ url, produced: true });
    }
    expect(child(child(app, "DefaultSettings"), "SourceLocation").$?.DefaultValue).toBe(
      `${BASE_URL}taskpane.html`
    );
  });

  it("points every icon at a PNG of the size its name says", () => {
    const iconUrls = all
      .map(({ element }) => element.$?.DefaultValue ?? "")
      .filter((u) => /\/assets\/icon-\d+\.png$/.test(u));
    expect(iconUrls.length).toBeGreaterThanOrEqual(5);
    for (const url of iconUrls) {
      const size = Number(/icon-(\d+)\.png$/.exec(url)?.[1]);
      const file = path.join(ROOT, url.slice(BASE_URL.length));
      expect({ url, ...pngSize(file) }).toEqual({ url, width: size, height: size });
    }
    expect(child(app, "IconUrl").$?.DefaultValue).toBe(`${BASE_URL}assets/icon-32.png`);
    expect(child(app, "HighResolutionIconUrl").$?.DefaultValue).toBe(
      `${BASE_URL}assets/icon-64.png`
    );
  });

  it("gives each ribbon image slot an image of that size", () => {
    const slots = all
      .filter(({ name }) => name === "bt:Image")
      .map(({ element }) => element.$ ?? {});
    const used = slots.filter((s) => s.size !== undefined);
    expect(used.length).toBeGreaterThan(0);
    for (const slot of used) {
      expect(urlOfResid(slot.resid)).toMatch(new RegExp(`/icon-${slot.size}\\.png$`));
    }
  });

  it("defines every resource id it uses, of the right kind, each once, and uses every one", () => {
    const kinds: Record<string, string[]> = {
      images: resourceIds("bt:Images"),
      urls: resourceIds("bt:Urls"),
      short: resourceIds("bt:ShortStrings"),
      long: resourceIds("bt:LongStrings"),
    };
    const defined = Object.values(kinds).flat();
    expect(new Set(defined).size).toBe(defined.length);
    for (const id of defined) expect(id.length).toBeLessThanOrEqual(32);

    const expectedKind: Record<string, string> = {
      "bt:Image": "images",
      SourceLocation: "urls",
      FunctionFile: "urls",
      LearnMoreUrl: "urls",
      Label: "short",
      Title: "short",
      Description: "long",
    };
    const refs = all.filter(({ element }) => element.$?.resid !== undefined);
    expect(refs.length).toBeGreaterThan(10);
    for (const { name, element } of refs) {
      const resid = element.$?.resid ?? "";
      const kind = expectedKind[name];
      expect({ name, resid, defined: kinds[kind]?.includes(resid) }).toEqual({
        name,
        resid,
        defined: true,
      });
    }
    const used = new Set(refs.map(({ element }) => element.$?.resid));
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
  });

  it("keeps strings within Office's limits and translates each one to zh-CN", () => {
    for (const [group, limit] of [
      ["bt:ShortStrings", 125],
      ["bt:LongStrings", 250],
    ] as const) {
      for (const s of children(child(resources, group), "bt:String")) {
        expect(s.$?.DefaultValue.length).toBeLessThanOrEqual(limit);
        const overrides = children(s, "bt:Override");
        expect({ id: s.$?.id, locales: overrides.map((o) => o.$?.Locale) }).toEqual({
          id: s.$?.id,
          locales: ["zh-CN"],
        });
        expect(overrides[0].$?.Value.length).toBeLessThanOrEqual(limit);
      }
    }
  });

  it("has a button that opens the pane and one ExecuteFunction button per command", () => {
    const controls = all.filter(({ name }) => name === "Control").map(({ element }) => element);
    const ids = controls.map((c) => c.$?.id);
    expect(new Set(ids).size).toBe(ids.length);
    const actions = controls.map((c) => child(c, "Action"));
    const showPane = actions.filter((a) => a.$?.["xsi:type"] === "ShowTaskpane");
    expect(showPane).toHaveLength(1);
    expect(urlOfResid(child(showPane[0], "SourceLocation").$?.resid ?? "")).toBe(
      `${BASE_URL}taskpane.html`
    );
    const functions = actions
      .filter((a) => a.$?.["xsi:type"] === "ExecuteFunction")
      .map((a) => child(a, "FunctionName")._);
    expect(functions).toEqual([...COMMAND_NAMES]);
    const functionFile = all.find(({ name }) => name === "FunctionFile")?.element.$?.resid ?? "";
    expect(urlOfResid(functionFile)).toBe(`${BASE_URL}commands.html`);
  });
});
