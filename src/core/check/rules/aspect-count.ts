import { numeralLike } from "../../outline/chinese-numerals";
import type { Rule, RuleFinding } from "../../types";

export const aspectCount: Rule = {
  id: "aspect-count",
  category: "structure",
  severity: "warning",
  name: "方面数量",
  check({ outline }): RuleFinding[] {
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
  },
};
