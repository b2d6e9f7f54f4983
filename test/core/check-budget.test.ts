/** The check's budget: text far beyond any report is refused with a reason before the matcher pairs it. */
import { check } from "../../src/core/check";
import { compareWithLastYear } from "../../src/core/compare";
import { refusalOf } from "../support/refusal";
import type { Paragraph } from "../../src/core/types";

function report(problems: number, filler = ""): Paragraph[] {
  const lines = ["2025年度组织生活会个人对照检查材料", filler, "一、存在的主要问题"];
  for (let i = 1; i <= problems; i++) lines.push(`（${i}）第${i}个问题，学习不够深入。`);
  lines.push("二、问题产生的原因", "（一）理想信念有所弱化。", "三、整改措施", "（一）每月至少学习2次。");
  return lines.map((text) => ({ text }));
}

const refusal = (paragraphs: Paragraph[]) => refusalOf(() => check(paragraphs));

test("a report with hundreds of items is checked", () => {
  const result = check(report(300));
  expect(result.outline.problems).toHaveLength(300);
});

test("more than 1,000 problems, causes and measures are refused as too many items", () => {
  expect(refusal(report(1_000))).toMatch(/^条目过多：识别出 10\d\d 条问题、原因和措施（上限 1000 条）/);
});

test("more than 2,000,000 characters are refused as too much text, before the outline is read", () => {
  const filler = "在具体工作中，对照年初确定的目标任务逐项检视。".repeat(90_000);
  expect(refusal(report(3, filler))).toMatch(/^文字过多：共约 \d+ 字（上限 2000000 字）/);
});

test("last year's report keeps the same budget: an oversized one is refused with the same reasons", () => {
  expect(refusalOf(() => compareWithLastYear(report(1_000)))).toMatch(/^条目过多/);
  const filler = "在具体工作中，对照年初确定的目标任务逐项检视。".repeat(90_000);
  expect(refusalOf(() => compareWithLastYear(report(3, filler)))).toMatch(/^文字过多/);
  expect(compareWithLastYear(report(300)).outline.problems).toHaveLength(300);
});
