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

/** An item that repeats last year's report nearly word for word (needs last year's report to compare with). */
export const copiedFromLastYear: Rule = {
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
