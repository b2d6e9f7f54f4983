/**
 * 与上年材料对比 in the 检查 tab of the preview: one writer's two years (test/fixtures/compare), last year's report
 * chosen in the pane, the copied items and the unreported measures among the findings, at 320 px.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { guideShot, paneOverflow } from "./browser";
import { previewForEachTest } from "./support/preview-page";

const FIXTURES = join(__dirname, "../fixtures/compare");
const THIS_YEAR = readFileSync(join(FIXTURES, "this-year-2025.txt"), "utf8").trimEnd();

let page: Page;

previewForEachTest(
  {
    viewport: { width: 1280, height: 1400 },
    ready: async (p) => {
      await p.evaluate((text) => window.duizhaoPreview.loadText(text), THIS_YEAR);
      await p.getByRole("tab", { name: "检查" }).click();
    },
  },
  (p) => (page = p),
);

test("last year's report chosen in the 检查 tab brings the copied items and the unreported measures", async () => {
  await page.getByRole("button", { name: "开始检查" }).click();
  await page.getByTestId("verdict").waitFor();
  await expect(page.locator('[data-rule="copied-from-last-year"]').count()).resolves.toBe(0);

  await page.getByTestId("last-year-input").setInputFiles(join(FIXTURES, "last-year-2024.txt"));
  await expect(page.getByTestId("last-year-file").textContent()).resolves.toBe(
    "上年材料：last-year-2024.txt（问题 5 个，原因 4 条，措施 5 条）",
  );
  const copied = page.locator('[data-rule="copied-from-last-year"]');
  await copied.nth(2).waitFor();
  await expect(copied.count()).resolves.toBe(3);
  const unreported = page.locator('[data-rule="prior-measures-unreported"] [data-testid=echo]');
  await expect(unreported.allTextContents()).resolves.toEqual([
    expect.stringMatching(/^上年度材料措施（三）：建立个人廉洁风险台账/),
    expect.stringMatching(/^上年度材料措施（五）：/),
  ]);

  // Both sentences, the shared words marked in each.
  const first = copied.first();
  await expect(first.getByTestId("marked-passage").count()).resolves.toBe(2);
  await expect(first.locator("mark").count()).resolves.toBeGreaterThan(1);

  // 定位 selects this year's item, not last year's.
  const paragraph = Number(await first.getAttribute("data-paragraph"));
  await first.getByRole("button", { name: "定位" }).click();
  await page.waitForFunction((p) => window.duizhaoPreview.getSelection().paragraphs[0] === p, paragraph);
  const selected = await page.evaluate(() => window.duizhaoPreview.getSelection().text);
  expect(THIS_YEAR.split("\n")[paragraph]).toContain(selected);
  expect(selected.length).toBeGreaterThan(15);

  await page.mouse.move(100, 400);
  expect(await paneOverflow(page)).toBe(0);
  await guideShot(page, "pane-compare", "[data-testid=pane-frame]");
});
