import { readFileSync } from "node:fs";
import { manifestBase, manifestLine, manifestUrls } from "../../src/selfcheck/manifest";
import { servedFromLine } from "../../src/selfcheck/served-from";
import { officeJsLine } from "../../src/selfcheck/office-js";
import { browserEngine } from "../../src/selfcheck/engine";
import { fontLines } from "../../src/selfcheck/fonts";
import type { FontPresence } from "../../src/taskpane/environment/font-probe";
const { rewriteManifest } = require("../../scripts/manifest-urls");

const BASE = "https://oa.example.cn/duizhao/";
const source = readFileSync("manifest.xml", "utf8");
const deployed: string = rewriteManifest(source, BASE);

describe("the manifest's addresses", () => {
  test("every DefaultValue and Value address, each once, & unescaped, no schema namespaces", () => {
    const urls = manifestUrls(deployed);
    expect(urls).toContain(`${BASE}taskpane.html`);
    expect(urls).toContain(`${BASE}taskpane.html?tab=check&run=1`);
    expect(urls).toContain(`${BASE}commands.html`);
    expect(urls).toContain(`${BASE}assets/icon-80.png`);
    expect(urls.every((u) => u.startsWith(BASE))).toBe(true);
    expect(new Set(urls).size).toBe(urls.length);
    expect(manifestBase(deployed)).toBe(BASE);
    expect(manifestBase(source)).toBe("https://localhost:3000/");
  });

  test("green when each answers; red naming the ones that do not", async () => {
    const all = await manifestLine(deployed, `${BASE}manifest.xml`, async () => true);
    expect(all.state).toBe("ok");
    expect(all.detail).toContain(`${manifestUrls(deployed).length} 个地址`);
    const asked: string[] = [];
    const one = await manifestLine(deployed, `${BASE}manifest.xml`, async (u) => {
      asked.push(u);
      return !u.endsWith("snippets-16.png");
    });
    expect(one.state).toBe("problem");
    expect(one.detail).toContain(`${BASE}assets/snippets-16.png`);
    expect(one.detail).not.toContain("icon-80");
    expect(asked).toHaveLength(manifestUrls(deployed).length);
  });

  test("a manifest pointing at another host is red without asking that host", async () => {
    const asked: string[] = [];
    const line = await manifestLine(source, `${BASE}manifest.xml`, async (u) => (asked.push(u), true));
    expect(line.state).toBe("problem");
    expect(line.detail).toContain("https://localhost:3000");
    expect(line.todo).toContain(`ADDIN_BASE_URL=${BASE} OFFICE_JS=local npm run build`);
    expect(asked).toEqual([]);
  });

  test("no manifest at all says so", async () => {
    const line = await manifestLine(undefined, `${BASE}manifest.xml`, async () => true);
    expect(line.state).toBe("problem");
    expect(line.detail).toContain(`${BASE}manifest.xml`);
  });
});

test("served from: https and where the manifest points is green; http or another place is red", () => {
  expect(servedFromLine(BASE, BASE).state).toBe("ok");
  const http = servedFromLine("http://oa.example.cn/duizhao/", "http://oa.example.cn/duizhao/");
  expect(http.state).toBe("problem");
  expect(http.todo).toContain("https");
  const elsewhere = servedFromLine(BASE, "https://localhost:3000/");
  expect(elsewhere.state).toBe("problem");
  expect(elsewhere.todo).toContain(`ADDIN_BASE_URL=${BASE}`);
  expect(elsewhere.todo).toContain("https://localhost:3000/selfcheck.html");
});

test("Office.js: which copy, loaded or not, and the exact build command when the CDN fails", () => {
  const cdn = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
  expect(officeJsLine(cdn, "loaded", BASE).state).toBe("ok");
  const failed = officeJsLine(cdn, "failed", BASE);
  expect(failed.state).toBe("problem");
  expect(failed.title).toContain("微软服务器");
  expect(failed.todo).toContain(`ADDIN_BASE_URL=${BASE} OFFICE_JS=local npm run build`);
  const local = `${BASE}office-js/office.js`;
  expect(officeJsLine(local, "loaded", BASE)).toMatchObject({
    state: "ok",
    title: "Office.js（本加载项自带的副本）",
  });
  const lost = officeJsLine(local, "timeout", BASE);
  expect(lost.state).toBe("problem");
  expect(lost.detail).toContain("20 秒");
  expect(lost.todo).toContain("office-js/");
  // An http page still gets a command the build accepts.
  expect(officeJsLine(cdn, "failed", "http://oa.example.cn/d/").todo).toContain("ADDIN_BASE_URL=https://oa");
});

test("the engine's name and version from the user agent", () => {
  const webview2 =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";
  expect(browserEngine(webview2)).toBe("Microsoft Edge / WebView2（Chromium 131）");
  const wkwebview =
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)";
  expect(browserEngine(wkwebview)).toBe("WebKit 605.1.15");
  expect(browserEngine("Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/128.0")).toBe("Firefox 128");
});

test("fonts: a line per official font, red with the substitute setting where one exists", () => {
  const presence = new Map<string, FontPresence>([
    ["方正小标宋简体", "missing"],
    ["黑体", "installed"],
    ["楷体_GB2312", "missing"],
    ["仿宋_GB2312", "unknown"],
    ["楷体", "installed"],
    ["仿宋", "missing"],
  ]);
  const lines = fontLines(presence);
  expect(lines.map((l) => [l.title, l.state])).toEqual([
    ["字体 方正小标宋简体", "problem"],
    ["字体 黑体", "ok"],
    ["字体 楷体_GB2312", "problem"],
    ["字体 仿宋_GB2312", "unknown"],
    ["常见替代字体", "problem"],
  ]);
  expect(lines[2]!.todo).toContain("改用楷体、仿宋");
  expect(lines[0]!.todo).not.toContain("改用");
  expect(lines[4]!.detail).toContain("仿宋");
  expect(lines[4]!.detail).not.toContain("楷体");
});
