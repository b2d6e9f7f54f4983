/**
 * missing-part: no problems, causes or measures part (one finding per missing part).
 *
 * A report needs its three parts: problems (查摆/存在的问题…), causes (原因/根源/剖析…; a 反面典型案例剖析
 * part does not count), measures (措施/整改/努力方向…). The finding sits where the missing part belongs.
 *
 * Why: problem → cause → measure is the genre itself; a report without one of its parts goes back to the
 * writer before anyone reads on.
 *
 * WRONG: 一、存在的问题 … 二、整改措施 … (no cause analysis)
 * RIGHT: 一、存在的问题 … 二、产生问题的原因剖析 … 三、下一步整改措施 …
 */
import { firstContent, lastContent } from "../../outline/queries";
import type { Outline, PartRole, Rule, RuleContext, RuleFinding } from "../../types";

export const missingPartRule: Rule = {
  id: "missing-part",
  name: "三部分完整",
  category: "structure",
  severity: "error",
  check,
};

function check({ outline }: RuleContext): RuleFinding[] {
  if (firstContent(outline) < 0) return [];
  const present = new Set(outline.parts.map((p) => p.role));
  return REQUIRED.filter((r) => !present.has(r.role)).map((r) => ({
    paragraph: anchor(outline, r.role),
    message: `缺少“${r.name}”部分：${r.why}，但没有找到这样的一级标题。请加上“${r.heading}”这一部分。`,
  }));
}

/** What each required part is called and the heading the writer can add. */
const REQUIRED: { role: PartRole; name: string; heading: string; why: string }[] = [
  {
    role: "problems",
    name: "查摆问题",
    heading: "一、查摆存在的主要问题",
    why: "对照检查材料首先要逐条列出自身存在的问题",
  },
  {
    role: "causes",
    name: "原因剖析",
    heading: "二、产生问题的原因剖析",
    why: "查摆问题之后要从思想根源上剖析问题产生的原因",
  },
  {
    role: "measures",
    name: "整改措施",
    heading: "三、下一步努力方向和整改措施",
    why: "每个问题都要有具体的整改措施",
  },
];

/** Where the missing part belongs: before the part that should follow it, or after the one before it. */
function anchor(outline: Outline, role: PartRole): number {
  const first = (r: PartRole) => outline.parts.find((p) => p.role === r);
  const body = outline.signature?.paragraph ?? outline.date?.paragraph ?? outline.paragraphs.length;
  if (role === "problems") return outline.parts[0]?.paragraph ?? Math.max(firstContent(outline), 0);
  if (role === "causes") {
    const measures = first("measures");
    if (measures) return measures.paragraph;
  }
  const previous = role === "causes" ? first("problems") : (first("causes") ?? first("problems"));
  const end = previous ? (outline.parts.find((p) => p.start >= previous.end)?.start ?? body) : body;
  return Math.max(lastContent(outline, end), 0);
}
