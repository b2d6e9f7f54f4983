/** The 审阅台: three members' reports dropped on the page, the copied pair, the .xlsx read back, a bad file. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { guideShot, launch, previewUrl, screenshot } from "./browser";

const DIR = join(__dirname, "../fixtures/compare/members");
const MEMBERS = ["周婉清.txt", "韩立东.txt", "石慧敏-对照检查材料.txt"];

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await page.goto(previewUrl("review.html"));
});
afterAll(async () => {
  await browser?.close();
});

/** Drops files on the page the way a file manager does: one drop event carrying them all. */
async function drop(files: { name: string; text: string }[]): Promise<void> {
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: "text/plain" }));
    return dt;
  }, files);
  await page.getByTestId("drop-zone").dispatchEvent("drop", { dataTransfer: transfer });
}

test("three reports dropped: three rows, the copied pair side by side, findings of a row", async () => {
  await expect(page.getByTestId("privacy").textContent()).resolves.toMatch(/不会上传/);
  await drop(MEMBERS.map((name) => ({ name, text: readFileSync(join(DIR, name), "utf8") })));
  await page.getByTestId("report-row").nth(2).waitFor();
  await page.getByTestId("progress").waitFor({ state: "detached" });
  const writers = await page
    .getByTestId("report-row")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-writer")));
  expect([...writers].sort()).toEqual(["周婉清", "石慧敏", "韩立东"].sort());

  const pairs = page.getByTestId("similar-pair");
  await expect(pairs.count()).resolves.toBe(1);
  await expect(pairs.first().textContent()).resolves.toMatch(/周婉清 ↔ 韩立东：1 处/);
  const sides = pairs.first().getByTestId("marked-passage");
  await expect(sides.count()).resolves.toBe(2);
  for (const i of [0, 1]) {
    await expect(sides.nth(i).locator("mark").first().textContent()).resolves.toMatch(
      /^数字化业务本领跟不上/,
    );
  }
  await pairs.first().scrollIntoViewIfNeeded();
  await screenshot(page, "review-similar");
  await guideShot(page, "review-similar", "[data-testid=similarity]");

  // At 100% the word-for-word pair stays; the lowest threshold is 50%.
  const slider = page.getByRole("slider");
  await slider.focus();
  await page.keyboard.press("End");
  await expect(pairs.count()).resolves.toBe(1);
  await page.keyboard.press("Home");
  await expect(page.getByTestId("similarity").textContent()).resolves.toMatch(/50%/);

  await page.locator('[data-testid=report-row][data-writer="韩立东"]').click();
  const detail = page.getByTestId("report-detail");
  await detail.getByTestId("verdict").waitFor();
  await expect(detail.getByTestId("outline-summary").textContent()).resolves.toMatch(/问题 4 个/);
  const card = detail.getByTestId("finding").first();
  await card.getByRole("button", { name: "定位" }).click();
  const paragraph = Number(await card.getAttribute("data-paragraph"));
  await expect(
    detail
      .getByTestId("full-text")
      .locator(`[data-paragraph="${paragraph}"]`)
      .evaluate((p) => getComputedStyle(p).backgroundColor),
  ).resolves.not.toBe("rgba(0, 0, 0, 0)");
  // The smooth scroll to the paragraph ends first; then back to the top for the picture.
  await page.waitForTimeout(800);
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: "instant" }));
  await screenshot(page, "review-table");
  await guideShot(page, "review");
});

test("the table exports as .xlsx that exceljs reads back with one row per report", async () => {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "导出 Excel" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^审阅台-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await download.path())!);
  const rows = book.getWorksheet("汇总")!.getSheetValues().filter(Boolean) as unknown[][];
  expect(rows.map((r) => r[1])).toEqual([
    "撰写人",
    ...(await page
      .getByTestId("report-row")
      .evaluateAll((rs) => rs.map((r) => r.getAttribute("data-writer")))),
  ]);
  const similar = book.getWorksheet("相似段落")!.getSheetValues().filter(Boolean) as unknown[][];
  expect(similar.slice(1).map((r) => [r[1], r[3]])).toEqual([["周婉清", "韩立东"]]);
});

test("a file that cannot be read gets its own row with the reason", async () => {
  await page
    .getByTestId("file-input")
    .setInputFiles({ name: "会议通知.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") });
  const bad = page.locator('[data-testid=report-row][data-writer="会议通知"]');
  await bad.waitFor();
  await expect(bad.getByTestId("reason").textContent()).resolves.toMatch(/不支持 PDF/);
  await expect(page.getByTestId("report-row").count()).resolves.toBe(4);
});
