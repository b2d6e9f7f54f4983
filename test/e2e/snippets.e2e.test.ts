import type { Page } from "playwright-core";
import { paneOverflow, screenshot } from "./browser";
import { previewForEachTest } from "./support/preview-page";
import { sampleReport } from "../../src/preview/sample-report";

let page: Page;

previewForEachTest(
  {
    path: "preview.html?tab=snippets",
    ready: async (p) => {
      await p.evaluate(() => window.duizhaoPreview.loadSample());
      await p.getByRole("searchbox", { name: "搜索短语" }).waitFor();
    },
  },
  (p) => (page = p),
);

const MEASURE = 23; // （一）制定个人学习计划…
const cards = () => page.locator("[data-snippet-main]");

/**
 * Visible elements of the pane that stick out past its right edge: the pane's root clips them, so
 * scrollWidth alone can't tell. An element counts as visible as far as no clipping ancestor hides it.
 */
async function sticking(): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.querySelector<HTMLElement>("[data-testid=pane-frame]");
    if (!pane) return ["no pane"];
    const paneRight = pane.getBoundingClientRect().right;
    const out: string[] = [];
    for (const el of Array.from(pane.querySelectorAll<HTMLElement>("*"))) {
      const r = el.getBoundingClientRect();
      let { left, right, top, bottom } = r;
      for (let a = el.parentElement; a && a !== pane; a = a.parentElement) {
        const c = a.getBoundingClientRect();
        // The pane's own root clips at its edge: that is the overflow being looked for, not a hiding place.
        if (getComputedStyle(a).overflow === "visible" || c.right >= paneRight - 0.5) continue;
        left = Math.max(left, c.left);
        right = Math.min(right, c.right);
        top = Math.max(top, c.top);
        bottom = Math.min(bottom, c.bottom);
      }
      if (right - left <= 0 || bottom - top <= 0) continue;
      if (r.right > paneRight + 0.5 && right > paneRight + 0.5) {
        out.push(`${el.tagName} ${el.getAttribute("class") ?? ""} ${r.right}/${paneRight}`);
      }
    }
    return out;
  });
}

async function fits(): Promise<void> {
  expect(await paneOverflow(page)).toBe(0);
  expect(await sticking()).toEqual([]);
}

test("typing initials finds 理论学习 snippets; Enter inserts the focused one and selects its first slot", async () => {
  const end = sampleReport[MEASURE]!.length;
  await page.evaluate((p) => window.duizhaoPreview.setCursor(p, 5), MEASURE);
  const box = page.getByRole("searchbox", { name: "搜索短语" });
  await box.fill("lxl");
  await page.getByText("搜索结果").waitFor();
  await expect(cards().count()).resolves.toBeGreaterThan(0);
  await screenshot(page, "snippets-search-initials");
  await fits();

  // Down arrow from the search box focuses the first card, which shows its full text.
  await box.press("ArrowDown");
  const preview = page.getByTestId("snippet-preview");
  await preview.waitFor();
  const text = (await preview.textContent()) ?? "";
  expect(text.length).toBeGreaterThan(10);
  await screenshot(page, "snippets-focused-card");
  await fits();

  await page.keyboard.press("Enter");
  const original = sampleReport[MEASURE]!;
  const expected = original.slice(0, 5) + text + original.slice(5);
  await page.waitForFunction(
    ([p, want]) => window.duizhaoPreview.getParagraphs()[p as number]?.text === want,
    [MEASURE, expected] as const,
  );
  const slot = /【[^】]*】/.exec(text)?.[0];
  const selection = await page.evaluate(() => window.duizhaoPreview.getSelection());
  expect(selection.paragraphs).toEqual([MEASURE]);
  expect(selection.text).toBe(slot ?? "");
  expect(end).toBeLessThan(expected.length);
  await page.getByRole("status").filter({ hasText: "已插入" }).waitFor();
  await screenshot(page, "snippets-inserted");
});

test("a selection saved as a snippet is found again, by characters and by initials, after a reload", async () => {
  const sentence = "每周自查一次借阅台账";
  const paragraph = 26;
  const at = sampleReport[paragraph]!.indexOf(sentence);
  expect(at).toBeGreaterThan(0);
  await page.evaluate(([p, s, e]) => window.duizhaoPreview.select(p, s, e), [
    paragraph,
    at,
    at + sentence.length,
  ] as const);
  await page.getByRole("button", { name: "存为短语" }).click();
  const title = page.getByRole("textbox", { name: /标题/ });
  await title.waitFor();
  await expect(title.inputValue()).resolves.toBe(sentence);
  await title.fill("借阅台账自查");
  await screenshot(page, "snippets-save-selection");
  await fits();
  await page.getByRole("button", { name: "保存" }).click();
  await page.getByRole("status").filter({ hasText: "已保存" }).waitFor();

  await page.reload();
  const box = page.getByRole("searchbox", { name: "搜索短语" });
  await box.fill("借阅台账");
  await page.getByRole("button", { name: "插入：借阅台账自查" }).waitFor();
  await box.fill("jytz");
  await page.getByRole("button", { name: "插入：借阅台账自查" }).waitFor();
  await screenshot(page, "snippets-own-after-reload");
});

test("当前位置 offers the snippets of the part under the cursor, and the pane never overflows", async () => {
  await page.evaluate((p) => window.duizhaoPreview.setCursor(p, 3), 8); // problem 3, 理论学习方面
  await page.getByRole("button", { name: "当前位置" }).click();
  const caption = page.getByTestId("snippet-here");
  await page.waitForFunction(() =>
    document.querySelector("[data-testid=snippet-here]")?.textContent?.includes("查摆问题"),
  );
  await expect(caption.textContent()).resolves.toContain("理论学习");
  await page.getByText("适合此处的短语").waitFor();
  await screenshot(page, "snippets-here");
  await fits();

  await page.getByRole("button", { name: "当前位置" }).click();
  await page.getByRole("button", { name: "新建" }).click();
  await page.getByRole("textbox", { name: /正文/ }).waitFor();
  await screenshot(page, "snippets-new");
  await fits();
});
