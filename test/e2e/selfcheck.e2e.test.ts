/**
 * The self-check page an administrator opens on the intranet: red lines for the default build on a machine
 * that cannot reach Microsoft, green for a build with OFFICE_JS=local served from its own https address.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import type { Server } from "node:https";
import type { Browser, Page } from "playwright-core";
import { launch, previewUrl, screenshot } from "./browser";
const { serveDist } = require("../../scripts/serve-dist");

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The line's state (ok / problem / unknown) and text, once its check has answered. */
async function line(page: Page, id: string) {
  const item = page.locator(`#deploy li[data-check="${id}"]`);
  await page.waitForFunction(
    (check) => !document.querySelector(`#deploy li[data-check="${check}"]`)?.textContent?.includes("检查中"),
    id,
    { timeout: 30000 },
  );
  return { state: (await item.getAttribute("class")) || "unknown", text: (await item.textContent()) ?? "" };
}

/** Every address the page asked for. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  return urls;
}

test("the default build, where Microsoft cannot be reached: the Office.js and manifest lines are red", async () => {
  const page = await browser.newPage({ viewport: { width: 900, height: 1100 } });
  const requests = recordRequests(page);
  // This machine has no internet; block the CDN outright so the answer does not wait for a network timeout.
  await page.route(CDN, (route) => route.abort("internetdisconnected"));
  await page.goto(previewUrl("selfcheck.html"));

  const officeJs = await line(page, "office-js");
  expect(officeJs.state).toBe("problem");
  expect(officeJs.text).toContain("无法从微软服务器加载 Office.js");
  expect(officeJs.text).toMatch(/ADDIN_BASE_URL=https:\/\/127\.0\.0\.1:\d+\/ OFFICE_JS=local npm run build/);

  const manifest = await line(page, "manifest");
  expect(manifest.state).toBe("problem");
  expect(manifest.text).toContain("https://localhost:3000");

  const servedFrom = await line(page, "served-from");
  expect(servedFrom.state).toBe("problem");
  expect(servedFrom.text).toContain("不是 https 地址");
  expect((await line(page, "engine")).text).toMatch(/Chromium \d+/);
  // The engine fallback text is gone once the script runs.
  expect(await page.locator("#not-started").count()).toBe(0);

  // This Linux machine has none of the official fonts: each has its own red line with what to do.
  const fonts = page.locator("#fonts li");
  await expect(fonts.count()).resolves.toBe(5);
  const kaiti = page.locator('#fonts li[data-check="font-楷体_GB2312"]');
  expect(await kaiti.getAttribute("class")).toBe("problem");
  expect(await kaiti.textContent()).toContain("改用楷体、仿宋");

  // Nothing left this host but the Office.js request.
  const origin = new URL(previewUrl()).origin;
  expect(requests.filter((u) => !u.startsWith(origin) && u !== CDN)).toEqual([]);
  await screenshot(page, "selfcheck-default-build");
  await page.close();
});

describe("a build for the intranet (OFFICE_JS=local, ADDIN_BASE_URL of its https server)", () => {
  let folder: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "duizhao-selfcheck-"));
    const key = join(folder, "key.pem");
    const cert = join(folder, "cert.pem");
    const made = spawnSync("openssl", [
      ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"],
      ...["-keyout", key, "-out", cert, "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
    ]);
    if (made.status !== 0) throw new Error(`openssl: ${made.stderr}`);
    const out = join(folder, "dist");
    // The self-check page, the manifest, assets and office-js/ come from the intranet build; the pane's
    // pages (taskpane.html, commands.html) from the default one: the page only asks whether they answer.
    server = await serveDist([out, "dist"], 0, { key: readFileSync(key), cert: readFileSync(cert) });
    base = `https://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const built = spawnSync(
      "npx",
      ["webpack", "--mode", "production", "--env", "pages=selfcheck", "--output-path", out],
      { env: { ...process.env, OFFICE_JS: "local", ADDIN_BASE_URL: base }, encoding: "utf8" },
    );
    if (built.status !== 0) throw new Error(`webpack: ${built.stdout}${built.stderr}`);
  }, 600000);
  afterAll(async () => {
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  test("every deployment line is green, and nothing reaches Microsoft", async () => {
    const context = await browser.newContext({
      ignoreHTTPSErrors: true,
      viewport: { width: 900, height: 1100 },
    });
    const page = await context.newPage();
    const requests = recordRequests(page);
    await page.goto(`${base}selfcheck.html`);

    const officeJs = await line(page, "office-js");
    expect(officeJs).toMatchObject({ state: "ok" });
    expect(officeJs.text).toContain("本加载项自带的副本");
    expect(officeJs.text).toContain(`${base}office-js/office.js`);
    const manifest = await line(page, "manifest");
    expect(manifest.state).toBe("ok");
    expect(manifest.text).toMatch(/manifest\.xml 中的 \d+ 个地址在这台电脑上都能打开/);
    expect((await line(page, "served-from")).state).toBe("ok");
    expect((await line(page, "engine")).state).toBe("ok");

    expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
    // The manifest's addresses were each asked for: the pane, the function file and the icons.
    for (const file of ["taskpane.html", "commands.html", "assets/icon-80.png"]) {
      expect(requests).toContain(base + file);
    }
    await screenshot(page, "selfcheck-intranet-build");
    await context.close();
  });

  test("a missing file named by the manifest turns its line red", async () => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    await page.route(`${base}assets/check-80.png`, (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto(`${base}selfcheck.html`);
    const manifest = await line(page, "manifest");
    expect(manifest.state).toBe("problem");
    expect(manifest.text).toContain(`${base}assets/check-80.png`);
    await context.close();
  });
});
