// What Office needs from manifest.xml, checked offline without the schemas (those run in validate-manifest).
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import type { Element } from "@xmldom/xmldom";
import { tabFromUrl } from "../../src/taskpane/tab-from-url";
import {
  DEV_BASE,
  NS,
  ROOT,
  allElements,
  child,
  children,
  descendants,
  parseManifest,
  readManifestText,
  xsiType,
} from "./manifest-xml";
import { decodeRgba, readPngHeader } from "./png";

const root = parseManifest(readManifestText());
const overrides = child(root, "VersionOverrides");
const resources = child(overrides, "Resources");

/** Resource id → default value, per resource kind. */
function resourceTable(kind: "Images" | "Urls" | "ShortStrings" | "LongStrings"): Map<string, Element> {
  const list = children(resources, kind)[0];
  return new Map((list ? children(list) : []).map((el) => [el.getAttribute("id") ?? "", el]));
}
const images = resourceTable("Images");
const urls = resourceTable("Urls");
const shortStrings = resourceTable("ShortStrings");
const longStrings = resourceTable("LongStrings");

const valueOf = (table: Map<string, Element>, resid: string | null): string => {
  const el = table.get(resid ?? "");
  if (!el) throw new Error(`resid "${resid}" is not defined`);
  return el.getAttribute("DefaultValue") ?? "";
};

/** Which resource kind a resid on this element must point to. */
function expectedKind(el: Element): Map<string, Element> {
  if (el.localName === "Image") return images;
  if (["SourceLocation", "FunctionFile", "LearnMoreUrl"].includes(el.localName ?? "")) return urls;
  if (el.localName === "Description") return longStrings;
  return shortStrings; // Label, Title
}

const usedResids = allElements(overrides).filter(
  (el) => el.hasAttribute("resid") && el.parentNode !== resources,
);

describe("manifest.xml: top level", () => {
  it("is a task pane add-in in the v1.1 manifest namespace", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe(NS.app);
    expect(xsiType(root)).toBe("TaskPaneApp");
  });

  it("keeps the schema's fixed element order", () => {
    const order = [
      "Id",
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
      "VersionOverrides",
    ];
    const present = children(root).map((el) => el.localName ?? "");
    expect(present.filter((name) => !order.includes(name))).toEqual([]);
    expect(present).toEqual(order.filter((name) => present.includes(name)));
    for (const required of ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description"]) {
      expect(present).toContain(required);
    }
    expect(present.filter((name, i) => present.indexOf(name) !== i)).toEqual([]);
  });

  it("has a GUID id and a four-part version", () => {
    expect(child(root, "Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(child(root, "Version").textContent).toMatch(/^\d{1,5}(\.\d{1,5}){3}$/);
  });

  it("speaks Chinese by default, with English overrides for name and description", () => {
    expect(child(root, "DefaultLocale").textContent).toBe("zh-CN");
    const name = child(root, "DisplayName");
    expect(name.getAttribute("DefaultValue")).toBe("对照检查材料助手");
    const english = children(name, "Override").find((o) => o.getAttribute("Locale") === "en-US");
    expect(english?.getAttribute("Value")).toBe("Self-Inspection Report Assistant");
    const description = child(root, "Description");
    expect(description.getAttribute("DefaultValue")).toMatch(/[\u4e00-\u9fff]/);
    expect(children(description, "Override").map((o) => o.getAttribute("Locale"))).toContain("en-US");
  });

  it("runs in Word from WordApi 1.3 and may read and write the document", () => {
    expect(children(child(root, "Hosts"), "Host").map((h) => h.getAttribute("Name"))).toEqual(["Document"]);
    const sets = child(child(root, "Requirements"), "Sets");
    expect(sets.getAttribute("DefaultMinVersion")).toBe("1.3");
    expect(children(sets, "Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")])).toEqual([
      ["WordApi", "1.3"],
    ]);
    expect(child(root, "Permissions").textContent).toBe("ReadWriteDocument");
  });

  it("opens taskpane.html by default", () => {
    const source = child(child(root, "DefaultSettings"), "SourceLocation");
    expect(source.getAttribute("DefaultValue")).toBe(`${DEV_BASE}taskpane.html`);
  });
});

describe("manifest.xml: URLs and icons", () => {
  const allUrls = allElements(root).flatMap((el) => [
    ...Array.from(el.attributes)
      .filter((a) => a.prefix !== "xmlns" && a.name !== "xmlns") // namespace names are not fetched
      .map((a) => a.value)
      .filter((v) => v.includes("://")),
    ...(children(el).length === 0 && (el.textContent ?? "").includes("://") ? [el.textContent ?? ""] : []),
  ]);

  it("uses only https URLs on the dev server, so the build can rewrite them all", () => {
    expect(allUrls.length).toBeGreaterThan(10);
    expect(allUrls.filter((u) => !u.startsWith(DEV_BASE))).toEqual([]);
  });

  /** [url, allowed pixel sizes] for every icon the manifest names, once each. */
  const iconUses: [string, number[]][] = [
    [child(root, "IconUrl").getAttribute("DefaultValue") ?? "", [32]],
    [child(root, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", [64, 80]],
    ...usedResids
      .filter((el) => el.localName === "Image")
      .map((el): [string, number[]] => [
        valueOf(images, el.getAttribute("resid")),
        [Number(el.getAttribute("size"))],
      ]),
  ];
  const iconRefs = [...new Map(iconUses.map((use) => [use.join(" "), use])).values()];

  it.each(iconRefs)("%s exists in assets/ as a transparent PNG of the size it is used at", (url, sizes) => {
    expect(url).toMatch(/^https:\/\/localhost:3000\/assets\/[\w-]+\.png$/);
    const file = join(ROOT, url.slice(DEV_BASE.length));
    expect(existsSync(file)).toBe(true);
    const bytes = readFileSync(file);
    const { width, height } = readPngHeader(bytes);
    expect(width).toBe(height);
    expect(sizes).toContain(width);
    const { pixels } = decodeRgba(bytes);
    expect(pixels[3]).toBe(0); // top-left corner shows the ribbon through
  });

  it("links a support page that ships in assets/", () => {
    const support = child(root, "SupportUrl").getAttribute("DefaultValue") ?? "";
    expect(existsSync(join(ROOT, support.slice(DEV_BASE.length)))).toBe(true);
  });
});

describe("manifest.xml: resources", () => {
  it("defines every resid it uses, in the right resource list", () => {
    const missing = usedResids
      .filter((el) => !expectedKind(el).has(el.getAttribute("resid") ?? ""))
      .map((el) => `${el.localName} → ${el.getAttribute("resid")}`);
    expect(missing).toEqual([]);
  });

  it("uses every resource it defines", () => {
    const used = new Set(usedResids.map((el) => el.getAttribute("resid")));
    const defined = [images, urls, shortStrings, longStrings].flatMap((t) => [...t.keys()]);
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
    expect(new Set(defined).size).toBe(defined.length);
  });

  it("keeps ids and strings within the schema's lengths", () => {
    for (const table of [images, urls, shortStrings, longStrings]) {
      for (const id of table.keys()) expect(id.length).toBeLessThanOrEqual(32);
    }
    const lengths = (table: Map<string, Element>) =>
      [...table.values()].flatMap((el) => [
        el.getAttribute("DefaultValue") ?? "",
        ...children(el, "Override").map((o) => o.getAttribute("Value") ?? ""),
      ]);
    for (const s of lengths(shortStrings)) expect(s.length).toBeLessThanOrEqual(125);
    for (const s of lengths(longStrings)) expect(s.length).toBeLessThanOrEqual(250);
  });

  it("gives every string a Chinese default and an en-US override", () => {
    for (const el of [...shortStrings.values(), ...longStrings.values()]) {
      expect(el.getAttribute("DefaultValue")).toMatch(/[\u4e00-\u9fff]/);
      const english = children(el, "Override").find((o) => o.getAttribute("Locale") === "en-US");
      expect(english?.getAttribute("Value")).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});

describe("manifest.xml: the ribbon", () => {
  const formFactor = child(child(child(overrides, "Hosts"), "Host"), "DesktopFormFactor");
  const tab = child(child(formFactor, "ExtensionPoint"), "OfficeTab");
  const group = child(tab, "Group");
  const buttons = children(group, "Control");
  const label = (el: Element) => valueOf(shortStrings, child(el, "Label").getAttribute("resid"));
  const actionOf = (button: Element) => child(button, "Action");
  const urlOf = (button: Element) =>
    new URL(valueOf(urls, child(actionOf(button), "SourceLocation").getAttribute("resid")));

  it("puts a 对照检查 group on the Home tab of Word", () => {
    expect(xsiType(child(child(overrides, "Hosts"), "Host"))).toBe("Document");
    expect(tab.getAttribute("id")).toBe("TabHome");
    expect(label(group)).toBe("对照检查");
  });

  it("loads commands.html as the function file", () => {
    expect(valueOf(urls, child(formFactor, "FunctionFile").getAttribute("resid"))).toBe(
      `${DEV_BASE}commands.html`,
    );
  });

  it("has four buttons, each opening the pane on its tab", () => {
    const opened = buttons.map((b) => {
      const url = urlOf(b);
      return [label(b), url.pathname, url.searchParams.get("tab"), url.searchParams.get("run")];
    });
    expect(opened).toEqual([
      ["打开助手", "/taskpane.html", null, null],
      ["结构", "/taskpane.html", "structure", null],
      ["检查", "/taskpane.html", "check", "1"],
      ["短语", "/taskpane.html", "snippets", null],
    ]);
  });

  it("names tabs the task pane understands, so no button lands on the wrong tab", () => {
    for (const b of buttons.slice(1)) {
      const url = urlOf(b);
      // Office appends its own parameters (_host_Info) to the page's query.
      const seen = tabFromUrl(`${url.search}&_host_Info=Word$Win32$16.01$zh-CN$$$$0`);
      expect(seen.tab).toBe(url.searchParams.get("tab"));
      expect(seen.run).toBe(url.searchParams.get("run") === "1");
    }
  });

  it("reuses one task pane for all buttons", () => {
    expect(buttons.map((b) => xsiType(b))).toEqual(["Button", "Button", "Button", "Button"]);
    expect(buttons.map((b) => xsiType(actionOf(b)))).toEqual(Array(4).fill("ShowTaskpane"));
    const ids = new Set(buttons.map((b) => child(actionOf(b), "TaskpaneId").textContent));
    expect(ids.size).toBe(1);
    const titles = new Set(buttons.map((b) => child(actionOf(b), "Title").getAttribute("resid")));
    expect(titles.size).toBe(1);
  });

  it("gives each button a supertip and 16/32/80 px icons", () => {
    for (const b of buttons) {
      const tip = child(b, "Supertip");
      expect(valueOf(shortStrings, child(tip, "Title").getAttribute("resid"))).not.toBe("");
      expect(valueOf(longStrings, child(tip, "Description").getAttribute("resid")).length).toBeGreaterThan(
        10,
      );
      const sizes = descendants(child(b, "Icon"), NS.bt, "Image").map((i) => i.getAttribute("size"));
      expect(sizes).toEqual(["16", "32", "80"]);
    }
    expect(new Set(buttons.map((b) => b.getAttribute("id"))).size).toBe(4);
  });
});
