import type { Page } from "playwright-core";
import { paneOverflow, previewUrl, screenshot } from "./browser";
import { previewForEachTest } from "./support/preview-page";
import { check } from "../../src/core/check";
import { customTemplate, findTemplate, titleYear } from "../../src/core/compose/templates";
import { ASPECTS_2022 } from "../support/preset-aspects";

let page: Page;

previewForEachTest(
  {
    path: "preview.html?tab=structure",
    ready: (p) => p.getByRole("button", { name: "插入完整框架" }).waitFor(),
  },
  (p) => (page = p),
);

const texts = () => page.evaluate(() => window.duizhaoPreview.getParagraphs().map((p) => p.text));

async function load(text: string): Promise<void> {
  await page.evaluate((t) => window.duizhaoPreview.loadText(t), text);
  await page.getByRole("button", { name: "刷新" }).click();
  await idle();
}

/** Waits until the pane's buttons are enabled again (the document operation finished). */
async function idle(): Promise<void> {
  await page.waitForFunction(() => {
    const b = [...document.querySelectorAll("button")].find((x) => x.textContent === "插入完整框架");
    return b && !b.disabled;
  });
}

/** Opens 模板与方面 and picks a preset by its label. */
async function chooseTemplate(label: string): Promise<void> {
  await page.getByRole("button", { name: "模板与方面" }).click();
  await page.getByRole("combobox", { name: "会议模板" }).click();
  await page.getByRole("option", { name: label }).click();
}

async function clickAndWait(name: string): Promise<void> {
  await page.getByRole("button", { name, exact: true }).click();
  await page.getByTestId("structure-done").waitFor();
  await idle();
}

test("插入完整框架 on the empty document: six aspects in order, three parts, a clean structural check", async () => {
  await load("");
  await chooseTemplate("2022年度组织生活会（六个方面）");
  expect(await paneOverflow(page)).toBe(0);
  await screenshot(page, "structure-template");
  await page.evaluate(() => window.duizhaoPreview.resetSyncCount());
  await clickAndWait("插入完整框架");
  expect(await page.evaluate(() => window.duizhaoPreview.syncCount())).toBeLessThanOrEqual(4); // insert 2 + outline refresh

  const doc = await texts();
  const aspects = doc.filter((p) => /^（[一二三四五六七八九十]+）.+方面$/.test(p));
  expect(aspects).toEqual(ASPECTS_2022);
  expect(doc.filter((p) => /^[一二三]、/.test(p))).toHaveLength(3);
  const result = check(doc.map((text) => ({ text })));
  const structural = result.findings.filter((f) =>
    ["missing-part", "numbering", "aspect-count"].includes(f.rule),
  );
  expect(structural).toEqual([]);
  expect(result.outline.parts.map((p) => p.role)).toEqual(["problems", "causes", "measures"]);

  // Fonts per level, East Asian font included.
  const paragraphs = await page.evaluate(() => window.duizhaoPreview.getParagraphs());
  const heading = paragraphs.find((p) => p.text === "一、查摆存在的主要问题")!;
  expect(heading).toMatchObject({ fontNameFarEast: "黑体", fontSize: 16 });
  await page.getByRole("button", { name: "模板与方面" }).click();
  expect(await paneOverflow(page)).toBe(0);
  await screenshot(page, "structure-skeleton");
});

test("an edited 2025 template inserts the year under review in its title, aspects in the notice's wording", async () => {
  await load("");
  await chooseTemplate("2025年度民主生活会（五个带头，中央政治局示范）");
  const fifth = page.getByRole("textbox", { name: "第5个方面" });
  await fifth.fill("带头树立和践行正确政绩观");
  await clickAndWait("插入完整框架");

  const doc = await texts();
  // The year follows the date the report is written, not the preset the writer started from.
  const base = findTemplate("2025-democratic-life")!;
  const edited = customTemplate(base, [...base.aspects.slice(0, 4), "带头树立和践行正确政绩观"]);
  const year = titleYear("template" in edited ? edited.template : base, new Date());
  expect(doc[0]).toBe(`${year}年度民主生活会个人对照检查材料`);
  expect(doc.filter((p) => /^（[一二三四五]）带头/.test(p))).toEqual([
    "（一）带头强化政治忠诚、提高政治能力方面",
    "（二）带头固本培元、增强党性方面",
    "（三）带头敬畏人民、敬畏组织、敬畏法纪方面",
    "（四）带头干事创业、担当作为方面",
    "（五）带头树立和践行正确政绩观方面",
  ]);
  expect(doc[1]).toContain("带头干事创业、担当作为；带头树立和践行正确政绩观等5个方面");
  expect(doc).toContain(
    "深入贯彻中央八项规定精神学习教育整改落实情况。【逐条说明学习教育中查摆的问题整改了什么、效果如何、哪些还在推进】。",
  );
  expect(await paneOverflow(page)).toBe(0);
  await screenshot(page, "structure-edited-year");
});

test("a year chosen in 模板与方面 goes into the inserted title and comes back when the pane reopens", async () => {
  await load("");
  // The 2025年度 preset used for next season's meeting before its notice is out.
  await chooseTemplate("2025年度民主生活会（五个带头，中央政治局示范）");
  const year = page.getByRole("textbox", { name: "标题年份" });
  await expect(year.inputValue()).resolves.toBe("2025");
  await year.fill("2026");
  await page.getByText("标题：2026年度民主生活会个人对照检查材料").waitFor();
  await year.scrollIntoViewIfNeeded();
  expect(await paneOverflow(page)).toBe(0);
  await screenshot(page, "structure-title-year", "[data-testid=pane-frame]");
  await clickAndWait("插入完整框架");

  const doc = await texts();
  expect(doc[0]).toBe("2026年度民主生活会个人对照检查材料");
  // The opening names no year of its own (the notice's name is a slot), and no line keeps the preset's year.
  expect(doc[1]).toMatch(/^根据【会议通知名称】的要求/);
  expect(doc.filter((p) => /20\d\d年度/.test(p))).toEqual([doc[0]]);

  // Reopened on the same document (settings travel with it): the year typed before, not the preset's.
  await page.reload();
  await page.getByRole("button", { name: "插入完整框架" }).waitFor();
  await page.getByRole("button", { name: "模板与方面" }).click();
  await expect(page.getByRole("textbox", { name: "标题年份" }).inputValue()).resolves.toBe("2026");
  await expect(page.getByRole("combobox", { name: "会议模板" }).textContent()).resolves.toContain(
    "2025年度民主生活会（五个带头，中央政治局示范）",
  );
});

test("the 2026年度 preset inserts a slot asking to check its aspects against the notice", async () => {
  await load("");
  await chooseTemplate("2026年度民主生活会（待通知发布后核对）");
  expect(await paneOverflow(page)).toBe(0);
  await screenshot(page, "structure-provisional");
  await clickAndWait("插入完整框架");
  const doc = await texts();
  expect(doc[0]).toBe("2026年度民主生活会个人对照检查材料");
  expect(doc[2]).toMatch(/^【本模板的检视方面是通知发布前拟定的/);
});

test("新增问题 in the second aspect takes the next number and shifts the later ones", async () => {
  await load(
    [
      "2026年度组织生活会个人对照检查材料",
      "一、查摆存在的主要问题",
      "（一）理论学习方面",
      "1.读书计划坚持得不好。全年原定十二本只读了五本。",
      "（二）作用发挥方面",
      "2.志愿服务参加少。全年只去了两次结对小区。",
      "（三）纪律作风方面",
      "3.请假手续不完整。两次外出没有提前报备。",
      "二、产生问题的原因",
      "（一）学习的自觉性减弱。把学习当成软任务。",
      "三、整改措施",
      "（一）每月读完一本理论书籍，年底前交两篇心得。",
    ].join("\n"),
  );
  await page.evaluate(() => window.duizhaoPreview.setCursor(5, 4));
  await page.evaluate(() => window.duizhaoPreview.resetSyncCount());
  await clickAndWait("新增问题");
  const doc = await texts();
  expect(doc[5]).toBe("2.志愿服务参加少。全年只去了两次结对小区。");
  expect(doc[6]).toMatch(/^3\.【用一句话概括问题】/);
  expect(doc[8]).toBe("4.请假手续不完整。两次外出没有提前报备。");
  await screenshot(page, "structure-add-problem");
});

test("重新编号 repairs 1、 and a skipped number after confirming 将修改 N 处", async () => {
  await load(
    [
      "一、存在的主要问题",
      "（一）理论学习方面",
      "1、读书计划坚持得不好。全年原定十二本只读了五本。",
      "2.学用脱节。学过的方法没有用到走访中。",
      "4.笔记流于形式。摘抄多，思考少。",
      "二、产生问题的原因",
      "（一）学习的自觉性减弱。把学习当成软任务。",
      "三、整改措施",
      "（一）每月读完一本理论书籍。",
    ].join("\n"),
  );
  await page.getByRole("button", { name: "重新编号" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByText("将修改 2 处").waitFor();
  await screenshot(page, "structure-renumber-confirm");
  await dialog.getByRole("button", { name: "修改" }).click();
  await page.getByTestId("structure-done").waitFor();
  await idle();
  const doc = await texts();
  expect(doc.slice(2, 5)).toEqual([
    "1.读书计划坚持得不好。全年原定十二本只读了五本。",
    "2.学用脱节。学过的方法没有用到走访中。",
    "3.笔记流于形式。摘抄多，思考少。",
  ]);
});

test("一键排版 sets the fonts per level, the East Asian font included", async () => {
  await load(
    [
      "2026年度组织生活会个人对照检查材料",
      "一、存在的主要问题",
      "（一）理论学习方面",
      "1.读书计划坚持得不好。全年原定十二本只读了五本。",
      "二、产生问题的原因",
      "林秋实",
      "2026年11月20日",
    ].join("\n"),
  );
  await clickAndWait("一键排版");
  const p = await page.evaluate(() => window.duizhaoPreview.getParagraphs());
  expect(p[0]).toMatchObject({ fontNameFarEast: "方正小标宋简体", fontSize: 22, alignment: "Centered" });
  expect(p[1]).toMatchObject({ fontNameFarEast: "黑体", fontSize: 16 });
  expect(p[2]).toMatchObject({ fontNameFarEast: "楷体_GB2312", fontSize: 16 });
  expect(p[3]).toMatchObject({ fontNameFarEast: "仿宋_GB2312", fontSize: 16, firstLineIndent: 32 });
  expect(await paneOverflow(page)).toBe(0);
  await screenshot(page, "structure-typeset");
});

const LEAD2 = "（一）理论学习不够经常。";
const REST2 = "平时忙于手头事务，整本读书的时间常被挤掉，笔记也记得零散。";
const LEAD1 = "二、基本情况。";
const REST1 = "今年以来我在青禾街道负责社区服务工作。";
const RUN_IN = [
  "2026年度组织生活会个人对照检查材料",
  "一、存在的主要问题",
  LEAD2 + REST2,
  "（二）工作作风方面",
  LEAD1 + REST1,
].join("\n");

test("一键排版 with WordApiDesktop 1.3 keeps a run-in lead in 楷体 (or 黑体), the rest of the paragraph in 仿宋", async () => {
  await page.goto(previewUrl("preview.html?tab=structure&word=desktop"));
  await page.getByRole("button", { name: "插入完整框架" }).waitFor();
  await load(RUN_IN);
  await clickAndWait("一键排版");
  const p = await page.evaluate(() => window.duizhaoPreview.getParagraphs());
  expect(p[2]!.text).toBe(LEAD2 + REST2);
  expect(p[2]!.runs).toEqual([
    { text: LEAD2, fontName: "KaiTi", fontNameFarEast: "楷体_GB2312", bold: false },
    { text: REST2, fontName: "FangSong", fontNameFarEast: "仿宋_GB2312", bold: false },
  ]);
  expect(p[3]!.runs.map((r) => r.fontNameFarEast)).toEqual(["楷体_GB2312"]);
  expect(p[4]!.runs.map((r) => [r.text, r.fontNameFarEast])).toEqual([
    [LEAD1, "黑体"],
    [REST1, "仿宋_GB2312"],
  ]);
  // The preview draws the lead in the 楷体 stack (AR PL UKai on Debian), the body in the paragraph font.
  const families = await page.evaluate(() =>
    [...document.querySelectorAll('[data-index="2"] [data-run]')].map((e) => getComputedStyle(e).fontFamily),
  );
  expect(families).toHaveLength(1);
  expect(families[0]).toContain("AR PL UKai CN");
  expect(await paneOverflow(page)).toBe(0);
  await page.locator('[data-index="2"]').scrollIntoViewIfNeeded();
  await screenshot(page, "structure-typeset-lead");
});

test("一键排版 on WordApi 1.3 leaves a run-in lead in the body font and says why in the pane", async () => {
  await load(RUN_IN);
  await clickAndWait("一键排版");
  const p = await page.evaluate(() => window.duizhaoPreview.getParagraphs());
  expect(p[2]!.text).toBe(LEAD2 + REST2);
  expect(new Set(p[2]!.runs.map((r) => r.fontNameFarEast))).toEqual(new Set(["仿宋_GB2312"]));
  expect(p[3]!.runs.map((r) => r.fontNameFarEast)).toEqual(["楷体_GB2312"]);
  await expect(page.getByTestId("structure-done").textContent()).resolves.toContain("保持正文字体");
  expect(await paneOverflow(page)).toBe(0);
  await screenshot(page, "structure-typeset-lead-note");
});

test("一键排版 applies the report's styles: navigation levels, exact 28 pt lines, a hyperlink and a bookmark kept", async () => {
  const linked = "学习参照党章第三条，详见附件说明。";
  await page.evaluate(
    (text) =>
      window.duizhaoPreview.loadParagraphs([
        { text: "2026年度组织生活会个人对照检查材料" },
        { text: "一、存在的主要问题" },
        { text: "（一）理论学习方面" },
        {
          text,
          font: { name: "SimSun", nameFarEast: "宋体", size: 12 },
          marks: [
            { kind: "hyperlink", start: 4, end: 9, value: "https://example.org/dangzhang" },
            { kind: "bookmark", start: 10, end: 16, value: "附件说明" },
          ],
        },
        { text: "1.读书计划坚持得不好。全年原定十二本只读了五本。" },
        { text: "林秋实" },
      ]),
    linked,
  );
  await page.getByRole("button", { name: "刷新" }).click();
  await idle();
  await clickAndWait("一键排版");
  const p = await page.evaluate(() => window.duizhaoPreview.getParagraphs());
  expect(p.map((x) => [x.style, x.outlineLevel])).toEqual([
    ["对照-标题", 10],
    ["对照-一级", 1],
    ["对照-二级", 2],
    ["对照-正文", 10],
    ["对照-正文", 10],
    ["对照-署名", 10],
  ]);
  for (const x of p) expect(x).toMatchObject({ lineSpacing: 28, lineSpacingRule: "exact" });
  expect(p[3]).toMatchObject({
    text: linked,
    fontNameFarEast: "仿宋_GB2312",
    fontSize: 16,
    links: [{ text: "党章第三条", value: "https://example.org/dangzhang" }],
    bookmarks: [{ text: "详见附件说明", value: "附件说明" }],
  });
  // The page draws them: 28 pt lines (37.33 px), the link, the bookmark's brackets.
  const drawn = await page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('[data-index="3"]')!;
    return {
      style: el.dataset.style,
      lineHeight: getComputedStyle(el).lineHeight,
      link: el.querySelector("a[data-link]")?.textContent,
      bookmark: el.querySelector("[data-bookmark]")?.textContent,
    };
  });
  expect(drawn).toEqual({
    style: "对照-正文",
    lineHeight: "37.3333px",
    link: "党章第三条",
    bookmark: "详见附件说明",
  });
  expect(await paneOverflow(page)).toBe(0);
  await page.locator('[data-index="3"]').scrollIntoViewIfNeeded();
  await screenshot(page, "structure-typeset-styles");
});
