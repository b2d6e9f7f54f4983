/**
 * missing-title: no title line.
 *
 * The title it suggests is a team's or a person's, by the report's kind (as `third-person` reads it).
 *
 * Why: the title names the meeting, the year and whose report it is; reviewers collecting a branch's reports
 * file them by it.
 *
 * WRONG: the first line is already the opening (按照……要求，现将有关情况汇报如下：)
 * RIGHT: 2025年度组织生活会个人对照检查材料 on its own first line, centred, no punctuation
 */
import { firstContent, reportYear } from "../../outline/queries";
import { reportKind } from "../detectors/report-kind";
import type { Rule, RuleContext, RuleFinding } from "../../types";

export const missingTitleRule: Rule = {
  id: "missing-title",
  name: "标题",
  category: "structure",
  severity: "warning",
  check,
};

function check(ctx: RuleContext): RuleFinding[] {
  const first = firstContent(ctx.outline);
  if (ctx.outline.title || first < 0) return [];
  const year = reportYear(ctx.outline) ?? "××××";
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
}
