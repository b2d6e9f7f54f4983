/**
 * aspect-count: the opening announces N 个方面 but the problems part has M.
 *
 * The count the opening announces must match the aspects under the problems part; the finding sits on the
 * number, and its fix is the actual count in the same kind of digits.
 *
 * Why: the notice prescribes the aspects; a count that does not match means an aspect was dropped or the
 * opening was copied from another year's report.
 *
 * WRONG: 对照……等6个方面 with five （一）…（五） aspect headings
 * RIGHT: 对照……等5个方面 with five aspect headings
 */
import { numeralLike } from "../../outline/chinese-numerals";
import type { Rule, RuleContext, RuleFinding } from "../../types";

export const aspectCountRule: Rule = {
  id: "aspect-count",
  name: "方面数量",
  category: "structure",
  severity: "warning",
  check,
};

function check({ outline }: RuleContext): RuleFinding[] {
  const announced = outline.announcedAspects;
  if (!announced || !outline.parts.some((p) => p.role === "problems")) return [];
  const actual = outline.aspects.length;
  if (actual === announced.count) return [];
  const raw = outline.paragraphs[announced.paragraph]!.text.slice(
    announced.offset,
    announced.offset + announced.length,
  );
  const where =
    actual === 0
      ? "但查摆问题部分没有分方面的小标题"
      : `但查摆问题部分实际有${actual}个方面（${outline.aspects.map((a) => a.heading).join("、")}）`;
  return [
    {
      paragraph: announced.paragraph,
      offset: announced.offset,
      length: announced.length,
      message: `开头写的是“${raw}”，${where}。请核对通知要求：改正开头的数字，或补齐、合并方面小标题。`,
      ...(actual > 0 ? { fix: { replacement: `${numeralLike(raw, actual)}个方面` } } : {}),
    },
  ];
}
