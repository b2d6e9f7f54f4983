/**
 * copied-from-last-year: a problem, cause or measure that repeats last year's report nearly word for word (with last year's report).
 *
 * An item counts as copied when at least 70% of its character 3-grams (punctuation and blanks left out) occur
 * in one of last year's problems, causes or measures. The card shows both passages with the shared text
 * marked; 定位 selects this year's. Items under 15 characters are left alone.
 *
 * Why: reviewers send back a report copied from last year's (照搬照抄): it shows the writer did not look at
 * this year's work.
 *
 * WRONG: 1.学习党的创新理论停留在读文件层面。……全年只写了5篇学习笔记…… (last year: the same, with 3篇)
 * RIGHT: 1.学用转化还不到位。今年学习笔记写了14篇，但10月核查“幽灵厨房”时仍凭老经验办事……
 */
import type { Rule } from "../../types";
import { itemLabel } from "../item-label";
import { itemPieces } from "../detectors/item-text";

const percent = (share: number) => `${Math.round(share * 100)}%`;

const advice = {
  problem:
    "查摆问题要写本年度的新表现；去年的问题如果仍未改好，请写明整改了什么、为什么还没改到位、今年又有什么新情况",
  cause: "原因剖析要针对本年度的问题重新深挖，不宜照搬去年的表述",
  measure: "去年的措施如果没有落实，请说明原因，再提出新的、可检验的措施（频次、时限、数量）",
} as const;

export const copiedFromLastYearRule: Rule = {
  id: "copied-from-last-year",
  category: "wording",
  severity: "warning",
  name: "照搬上年度材料",
  check({ outline, options }) {
    const lastYear = options.compare?.lastYear;
    if (!lastYear) return [];
    return lastYear.copies(outline).map(({ item, echo }) => {
      const piece = itemPieces(outline, item)[0];
      const span = piece && piece.offset >= 0 ? { offset: piece.offset, length: piece.text.length } : {};
      return {
        paragraph: piece?.paragraph ?? item.paragraph,
        ...span,
        items: [item.id],
        echo,
        message:
          `${itemLabel(item)}与${echo.source}的${echo.label}几乎一字不差（${percent(echo.similarity ?? 1)}的文字相同）。` +
          `${advice[item.kind]}。`,
      };
    });
  },
};
