import { readOutline } from "../../src/core/outline/read-outline";
import { buildSkeleton } from "../../src/core/compose/skeleton";
import { findTemplate } from "../../src/core/compose/templates";
import { formatBlocks, formatOf, formatPlan, roleOfParagraph } from "../../src/core/compose/typesetting";
import { SUBSTITUTE_FONTS } from "../../src/core/compose/official-fonts";
import type { Paragraph } from "../../src/core/types";
import { DATE } from "./helpers";

const PARAGRAPHS: Paragraph[] = [
  { text: "2025年度组织生活会个人对照检查材料" },
  { text: "按照支部通知要求，对照理论学习、纪律作风2个方面查找了不足。具体汇报如下：" },
  { text: "一、查摆存在的主要问题" },
  { text: "（一）理论学习方面" },
  { text: "1.学用结合不紧。全年只写过1篇学习体会。" },
  { text: "（1）在业务学习上，只读了摘要。" },
  { text: "" },
  { text: "（二）纪律作风方面" },
  { text: "2.请示报告不及时。外出调研两天，事后才补报。" },
  { text: "问题清单", inTable: true },
  { text: "二、产生问题的原因剖析" },
  { text: "（一）理论学习的自觉性有所减弱。把学习当成软任务。" },
  { text: "三、下一步努力方向和整改措施" },
  { text: "（一）每周自学不少于3小时。" },
  { text: "宋佳怡" },
  { text: "2025年12月18日" },
];

describe("text roles", () => {
  const outline = readOutline(PARAGRAPHS);
  it("recognises each paragraph's role from the outline and its number", () => {
    expect(PARAGRAPHS.map((_, i) => roleOfParagraph(outline, i))).toEqual([
      "title",
      "body",
      "level1",
      "level2",
      "level3",
      "level4",
      null,
      "level2",
      "level3",
      null,
      "level1",
      "level2",
      "level1",
      "level2",
      "signature",
      "date",
    ]);
  });

  it("formats by GB/T 9704: 22 pt centred title, 16 pt text indented two characters, 28 pt lines, no bold", () => {
    const plan = formatPlan(outline);
    const at = (i: number) => plan.find((e) => e.paragraph === i)!;
    expect(at(0).format).toEqual({
      fontName: "SimSun",
      eastAsianFont: "方正小标宋简体",
      size: 22,
      bold: false,
      alignment: "Centered",
      firstLineIndent: 0,
      lineSpacing: 28,
      style: { id: "DuizhaoTitle", name: "对照-标题", next: "DuizhaoBody" },
      heading: true,
    });
    expect(at(2).format.style).toMatchObject({ name: "对照-一级", outlineLevel: 1 });
    expect(at(3).format.style).toMatchObject({ name: "对照-二级", outlineLevel: 2 });
    expect(at(1).format).toMatchObject({ style: { name: "对照-正文" }, heading: false });
    expect(at(14).format.style).toEqual(at(15).format.style);
    expect(at(2).format).toMatchObject({
      eastAsianFont: "黑体",
      fontName: "SimHei",
      size: 16,
      firstLineIndent: 32,
    });
    expect(at(3).format).toMatchObject({ eastAsianFont: "楷体_GB2312", fontName: "KaiTi", bold: false });
    expect(at(1).format).toMatchObject({
      eastAsianFont: "仿宋_GB2312",
      fontName: "FangSong",
      firstLineIndent: 32,
    });
    expect(at(15).format).toMatchObject({ alignment: "Right", firstLineIndent: 0 });
    expect(plan.every((e) => e.format.lineSpacing === 28 && !e.format.bold)).toBe(true);
    expect(plan.map((e) => e.paragraph)).not.toContain(9);
    expect(plan.map((e) => e.paragraph)).not.toContain(6);
    expect(at(4).expectText).toBe(PARAGRAPHS[4]!.text);
  });

  it("sets a run-in level-2 paragraph in the body font and keeps 楷体 for its lead only", () => {
    const entry = formatPlan(outline).find((e) => e.paragraph === 11)!;
    expect(entry.role).toBe("level2");
    expect(entry.format.eastAsianFont).toBe("仿宋_GB2312");
    expect(entry.lead).toEqual({
      length: "（一）理论学习的自觉性有所减弱。".length,
      fontName: "KaiTi",
      eastAsianFont: "楷体_GB2312",
      bold: false,
    });
    // A level-2 line standing alone is all 楷体, no lead.
    expect(formatPlan(outline).find((e) => e.paragraph === 3)!.lead).toBeUndefined();
  });

  it("bolds the levels the user asks for, the lead only when the line runs on", () => {
    const plan = formatPlan(outline, { bold: { level2: true, level3: true } });
    const at = (i: number) => plan.find((e) => e.paragraph === i)!;
    expect(at(3).format.bold).toBe(true);
    expect(at(4).format.bold).toBe(false);
    expect(at(4).lead).toMatchObject({ length: "1.学用结合不紧。".length, bold: true });
    expect(at(1).format.bold).toBe(false);
  });

  it("formats only the range asked for, and uses the substitutes when chosen", () => {
    const plan = formatPlan(outline, { range: { start: 2, end: 5 }, fonts: SUBSTITUTE_FONTS });
    expect(plan.map((e) => e.paragraph)).toEqual([2, 3, 4]);
    expect(plan[1]!.format.eastAsianFont).toBe("楷体");
    expect(formatOf("body", { fonts: SUBSTITUTE_FONTS }).eastAsianFont).toBe("仿宋");
    // The Latin font is the same either way; the title has no substitute and keeps its font.
    expect(formatOf("body", { fonts: SUBSTITUTE_FONTS }).fontName).toBe("FangSong");
    expect(formatOf("title", { fonts: SUBSTITUTE_FONTS }).eastAsianFont).toBe("方正小标宋简体");
  });

  it("takes any chosen font name, and the lead of a run-in entry takes it too", () => {
    const fonts = { 楷体_GB2312: "华文楷体" };
    const lead = formatPlan(outline, { fonts }).find((e) => e.paragraph === 11)!;
    expect(lead.lead!.eastAsianFont).toBe("华文楷体");
    expect(lead.format.eastAsianFont).toBe("仿宋_GB2312");
  });

  it("formats skeleton blocks by their roles", () => {
    const blocks = buildSkeleton(findTemplate("2024-organization-life")!, {
      variant: "personal",
      date: DATE,
    });
    const formats = formatBlocks(blocks);
    expect(formats[0]!.format.eastAsianFont).toBe("方正小标宋简体");
    const cause = blocks.findIndex((b) => b.text.startsWith("（一）【"));
    expect(formats[cause]!.lead?.eastAsianFont).toBe("楷体_GB2312");
    expect(formats.at(-1)!.format.alignment).toBe("Right");
  });
});
