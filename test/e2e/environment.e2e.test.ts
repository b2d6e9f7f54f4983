/**
 * What the pane tells of the machine it runs on: Office.js that could not load is its own message, not the
 * outside-Word one; official fonts this machine lacks are named before typesetting, never blocking it.
 */
import type { Browser } from "playwright-core";
import { launch, paneOverflow, previewUrl, screenshot } from "./browser";

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OUTSIDE_WORD = "请在 Word 中打开本助手";
const NO_OFFICE_JS = "无法加载 Office.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

test("taskpane.html with the Office.js request blocked says Office.js could not load, with the build command", async () => {
  const page = await browser.newPage({ viewport: { width: 320, height: 600 } });
  await page.route(CDN, (route) => route.abort("internetdisconnected"));
  await page.goto(previewUrl("taskpane.html"));
  await page.getByText(NO_OFFICE_JS).waitFor();
  expect(await page.getByText(OUTSIDE_WORD).count()).toBe(0);
  const text = (await page.locator("#root").textContent()) ?? "";
  expect(text).toMatch(/ADDIN_BASE_URL=https:\/\/127\.0\.0\.1:\d+\/ OFFICE_JS=local npm run build/);
  expect(text).toContain("selfcheck.html");
  await screenshot(page, "pane-no-office-js");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.close();
});

describe("the preview (simulated Word host)", () => {
  test("shows neither the Office.js nor the outside-Word message", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(previewUrl("preview.html?tab=structure"));
    await page.getByRole("button", { name: "插入完整框架" }).waitFor();
    expect(await page.getByText(NO_OFFICE_JS).count()).toBe(0);
    expect(await page.getByText(OUTSIDE_WORD).count()).toBe(0);
    await page.close();
  });

  test("names the official fonts this machine lacks; with the substitutes on, 一键排版 runs in 楷体 and 仿宋", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(previewUrl("preview.html?tab=structure"));
    await page.getByRole("button", { name: "插入完整框架" }).waitFor();
    await page.evaluate(() =>
      window.duizhaoPreview.loadText(
        "一、存在的问题\n（一）理论学习方面\n1.学习不够系统。今年只读了两本辅导读物。",
      ),
    );
    await page.getByRole("button", { name: "刷新" }).click();

    // This Linux machine has none of the _GB2312 fonts nor 方正小标宋简体.
    const warning = page.getByTestId("font-warning");
    await warning.waitFor();
    expect(await warning.textContent()).toContain("楷体_GB2312（二级标题）");
    expect(await paneOverflow(page)).toBe(0);
    await page.locator("[data-testid=pane-frame]").screenshot({ path: "test-results/pane-font-warning.png" });

    // The warning never blocks: 一键排版 runs with the official fonts as they are.
    await page.getByRole("button", { name: "一键排版", exact: true }).click();
    await page.getByTestId("structure-done").waitFor();
    let paragraphs = await page.evaluate(() => window.duizhaoPreview.getParagraphs());
    expect(paragraphs[1]).toMatchObject({ style: "对照-二级", fontNameFarEast: "楷体_GB2312" });

    // With the substitutes on, a new document's styles are defined in 楷体 and 仿宋.
    await page.getByRole("switch", { name: "改用楷体、仿宋" }).click();
    expect(await warning.textContent()).toContain("楷体_GB2312（二级标题）→ 楷体");
    await page.evaluate(() =>
      window.duizhaoPreview.loadText(
        "一、存在的问题\n（一）理论学习方面\n1.学习不够系统。今年只读了两本辅导读物。",
      ),
    );
    await page.getByRole("button", { name: "刷新" }).click();
    await page.getByRole("button", { name: "一键排版", exact: true }).click();
    await page.getByTestId("structure-done").waitFor();
    paragraphs = await page.evaluate(() => window.duizhaoPreview.getParagraphs());
    expect(paragraphs.map((p) => p.fontNameFarEast)).toEqual(["黑体", "楷体", "仿宋"]);
    expect(await paneOverflow(page)).toBe(0);
    await screenshot(page, "preview-font-substitutes");
    await page.close();
  });
});
