import { firstContent, reportYear } from "../../outline/queries";
import { reportKind } from "../detectors/report-kind";
import type { Rule, RuleFinding } from "../../types";

export const missingTitle: Rule = {
  id: "missing-title",
  category: "structure",
  severity: "warning",
  name: "标题",
  check(ctx): RuleFinding[] {
    const { outline } = ctx;
    const first = firstContent(outline);
    if (outline.title || first < 0) return [];
    const year = reportYear(outline) ?? "××××";
    const example =
      reportKind(ctx) === "team"
        ? `${year}年度民主生活会领导班子对照检查材料`
        : `${year}年度组织生活会个人对照检查材料`;
    return [
      {
        paragraph: first,
        message: `缺少标题：第一行直接是正文。请在最前面加一行标题，如“${example}”，居中排版，末尾不加标点。`,
      },
    ];
  },
};
