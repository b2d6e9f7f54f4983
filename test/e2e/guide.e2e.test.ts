/**
 * The 使用说明's pictures of the pane: each tab on the built-in sample, at the pane's 320 px, nothing
 * overflowing. Kept in assets/screenshots/ (README and the support page show them).
 */
import type { Browser, Page } from "playwright-core";
import { guideShot, launch, paneOverflow, previewUrl } from "./browser";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(previewUrl());
  await page.evaluate(() => window.duizhaoPreview.loadSample());
});
afterAll(async () => {
  await browser?.close();
});

async function tab(name: string, ready: () => Promise<unknown>, shot: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
  await ready();
  await page.mouse.move(1200, 880);
  expect(await paneOverflow(page)).toBe(0);
  await guideShot(page, shot, "[data-testid=pane-frame]");
}

test("each tab of the pane, as the guide shows it", async () => {
  await tab("结构", () => page.getByRole("button", { name: "插入完整框架" }).waitFor(), "pane-structure");
  await tab(
    "检查",
    async () => {
      await page.getByRole("button", { name: /^(开始检查|重新检查)$/ }).click();
      await page.getByTestId("verdict").waitFor();
    },
    "pane-check",
  );
  await tab("短语", () => page.getByRole("searchbox").waitFor(), "pane-snippets");
  await tab("设置", () => page.getByRole("switch").first().waitFor(), "pane-settings");
});
