import type { Page } from "playwright-core";
import { paneOverflow, previewUrl, screenshot } from "./browser";
import { previewForEachTest } from "./support/preview-page";
import { sampleReport } from "../../src/preview/sample-report";

let page: Page;

const preview = previewForEachTest(
  {
    // Each test starts from the built-in sample, whatever an earlier test left in localStorage.
    ready: async (p) => {
      await p.evaluate(() => window.duizhaoPreview.loadSample());
      await p.getByRole("tab", { name: "检查" }).waitFor();
    },
  },
  (p) => (page = p),
);

test("the pane shows its Chinese tabs beside the rendered sample document", async () => {
  for (const name of ["结构", "检查", "短语", "设置"]) {
    await expect(page.getByRole("tab", { name }).isVisible()).resolves.toBe(true);
  }
  const paragraphs = await page.evaluate(() => window.duizhaoPreview.getParagraphs());
  expect(paragraphs.map((p) => p.text)).toEqual(sampleReport);
  await expect(
    page
      .getByTestId("document")
      .getByText(sampleReport[0] ?? "")
      .isVisible(),
  ).resolves.toBe(true);
  // Chinese glyphs really render: the title is as wide as its characters, not a row of empty boxes.
  const titleWidth = await page
    .getByTestId("document")
    .getByText(sampleReport[0] ?? "")
    .evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect().width;
    });
  expect(titleWidth).toBeGreaterThan(100);
  await screenshot(page, "preview-start");
});

test("every tab fits a 320 px wide pane without horizontal overflow", async () => {
  await page.getByRole("button", { name: "开始检查" }).click();
  await page.getByTestId("verdict").waitFor();
  for (const name of ["检查", "结构", "短语", "设置"]) {
    await page.getByRole("tab", { name }).click();
    await page.waitForTimeout(200);
    expect(await paneOverflow(page)).toBe(0);
  }
});

test("a check reads the document in at most 2 round trips and 定位 selects the offending words", async () => {
  await page.evaluate(() => window.duizhaoPreview.resetSyncCount());
  await page.getByRole("button", { name: "开始检查" }).click();
  await page.getByTestId("verdict").waitFor();
  expect(await page.evaluate(() => window.duizhaoPreview.syncCount())).toBeLessThanOrEqual(2);
  await expect(page.getByTestId("verdict").textContent()).resolves.toContain("需要修改");

  const card = page.locator('[data-rule="term"]').first();
  const paragraph = Number(await card.getAttribute("data-paragraph"));
  await card.getByRole("button", { name: "定位" }).click();
  await page.waitForFunction((p) => window.duizhaoPreview.getSelection().paragraphs.includes(p), paragraph);
  const selection = await page.evaluate(() => window.duizhaoPreview.getSelection());
  expect(selection.text).toBe("十九大六中全会");
  await screenshot(page, "check-located");
});

test("opened outside Word, the task pane explains itself in Chinese", async () => {
  const outside = await preview.browser().newPage();
  // This machine cannot reach the CDN: Office.js as a plain browser gets it, whose onReady names no host.
  // (The CDN blocked outright is its own message: environment.e2e.test.ts.)
  await outside.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({
      contentType: "text/javascript",
      body: "window.Office = { onReady: function () { return Promise.resolve({ host: null, platform: null }); } };",
    }),
  );
  await outside.goto(previewUrl("taskpane.html"));
  await outside.getByText("请在 Word 中打开本助手").waitFor();
  expect(await outside.getByText("无法加载 Office.js").count()).toBe(0);
  await screenshot(outside, "outside-word");
  await outside.close();
});
