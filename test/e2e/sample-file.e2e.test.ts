/** The shared 2021 sample, loaded as a file through the preview's toolbar (skipped where ../shared is absent). */
import type { Browser, Page } from "playwright-core";
import { launch, previewUrl, screenshot } from "./browser";
import { describeWithSample, SAMPLE_PATH, sampleLines } from "../support/shared-sample";

describeWithSample("the 2021 sample report in the preview", () => {
  let browser: Browser;
  let page: Page;
  const lines = sampleLines();

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(previewUrl("preview.html?tab=check"));
    await page.locator("input[type=file]").setInputFiles(SAMPLE_PATH);
    await page.getByText(/已载入/).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("reads in at most 2 round trips and needs changes: term, doubling, frugality, title, signature", async () => {
    await page.evaluate(() => window.duizhaoPreview.resetSyncCount());
    await page.getByRole("button", { name: "开始检查" }).click();
    await page.getByTestId("verdict").waitFor();
    expect(await page.evaluate(() => window.duizhaoPreview.syncCount())).toBeLessThanOrEqual(2);
    await expect(page.getByTestId("verdict").textContent()).resolves.toContain("需要修改");
    const rules = await page
      .locator("[data-rule]")
      .evaluateAll((cards) => cards.map((c) => c.getAttribute("data-rule")));
    for (const rule of [
      "term",
      "repeated-text",
      "problem-without-measure",
      "missing-title",
      "missing-signature",
    ]) {
      expect(rules).toContain(rule);
    }
    await screenshot(page, "sample-file-check");
  });

  test("定位 on each finding selects the paragraph it names", async () => {
    const frugality = lines.findIndex((l) => l.startsWith("10."));
    const expected: Record<string, number> = {
      term: lines.findIndex((l) => l.startsWith("2.")),
      "repeated-text": lines.findIndex((l) => l.startsWith("（四）")),
      "problem-without-measure": frugality,
    };
    for (const [rule, paragraph] of Object.entries(expected)) {
      const card = page.locator(`[data-rule="${rule}"]`).first();
      expect(Number(await card.getAttribute("data-paragraph"))).toBe(paragraph);
      await card.getByRole("button", { name: "定位" }).click();
      await page.waitForFunction(
        (p) => window.duizhaoPreview.getSelection().paragraphs.includes(p),
        paragraph,
      );
    }
  });
});
