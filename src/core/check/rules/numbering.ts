/**
 * numbering: a skipped, repeated or out-of-order number at any level (error); `1、` `（一）、` `一.`
 * (warning, with the fix).
 *
 * Numbers run on at every level: 一、二、三 across the document, （一）（二） within a part, problem numbers
 * either continuously across aspects or restarting per aspect (whichever the writer chose), Word's automatic
 * numbers too. After the number: 一、 （一） 1. （1）.
 *
 * Why: reviewers and proofreaders check the ordinal sequence first: a skipped number reads as a problem
 * deleted in a hurry, and GB/T 9704 fixes the mark after each level's number.
 *
 * WRONG: 1.学习不够系统。… 3.调研不够深入。 (2 skipped) · 2、工作作风不实。 · （二）、党员意识方面
 * RIGHT: 1.学习不够系统。… 2.调研不够深入。 · 2.工作作风不实。 · （二）党员意识方面
 */
import { formatNumber, STANDARD_SEPARATOR } from "../../outline/number-prefixes";
import { numbersInOrder, numbersRunOn } from "../../outline/queries";
import type { Numbering, Outline, Rule, RuleContext, RuleFinding } from "../../types";

export const numberingRule: Rule = {
  id: "numbering",
  name: "编号连续和标点",
  category: "format",
  severity: "error",
  minorSeverity: "warning",
  check,
};

function check({ outline }: RuleContext): RuleFinding[] {
  const found: RuleFinding[] = [];
  const runOn = runOnAspects(outline);
  // last[level] = the previous number at that level since its parent started.
  const last: (number | undefined)[] = [];
  for (const { paragraph: i, numbering: n } of numbersInOrder(outline)) {
    if (n.level === 0) continue;
    const keepFrom = n.level === 2 && runOn.has(i) ? 4 : n.level + 1;
    for (let level = keepFrom; level <= 5; level++) last[level] = undefined;
    const previous = last[n.level];
    if (n.value !== (previous ?? 0) + 1) {
      found.push({
        paragraph: i,
        message: sequenceMessage(n, previous),
        ...(n.fromList ? {} : { offset: n.offset, length: n.length - n.offset }),
      });
    }
    last[n.level] = n.value;
    if (n.wrongSeparator && !n.fromList) {
      found.push({
        paragraph: i,
        severity: numberingRule.minorSeverity,
        offset: n.length - n.separator.length,
        length: n.separator.length,
        message: separatorMessage(n),
        fix: { replacement: STANDARD_SEPARATOR[n.style] },
      });
    }
  }
  return found;
}

const LEVEL_NAME = ["", "一级", "二级", "三级", "四级", "五级"];

/**
 * Aspect headings under which problem numbers run on (1–3, 4–6 …) rather than restart at 1.
 * Decided per problems part by how most of its aspects continue, so only breaks of the chosen scheme count.
 */
function runOnAspects(outline: Outline): Set<number> {
  const runOn = new Set<number>();
  for (const part of outline.parts) {
    if (part.role !== "problems") continue;
    const inPart = outline.aspects.filter((a) => a.start >= part.start && a.start < part.end);
    const perAspect = inPart.map((aspect) => {
      const values: number[] = [];
      for (let i = aspect.start + 1; i < aspect.end; i++) {
        const n = outline.numbering[i];
        if (n?.level === 3) values.push(n.value);
      }
      return values;
    });
    if (numbersRunOn(perAspect)) for (const aspect of inPart) runOn.add(aspect.paragraph);
  }
  return runOn;
}

function sequenceMessage(n: Numbering, previous: number | undefined): string {
  const here = formatNumber(n.style, n.value);
  const expected = formatNumber(n.style, (previous ?? 0) + 1);
  const level = LEVEL_NAME[n.level] ?? "";
  if (previous === undefined)
    return `${level}编号应从“${formatNumber(n.style, 1)}”开始，这里却是“${here}”。请改为“${expected}”，后面的编号依次顺延。`;
  const before = formatNumber(n.style, previous);
  if (n.value === previous)
    return `${level}编号重复：上一条已经是“${before}”，这里又是“${here}”。请改为“${expected}”，后面的编号依次顺延。`;
  if (n.value > previous)
    return `${level}编号跳号：上一条是“${before}”，这里是“${here}”，中间缺了“${expected}”。请改为“${expected}”，或补上漏掉的条目。`;
  return `${level}编号顺序颠倒：上一条是“${before}”，这里却是“${here}”。请按顺序改为“${expected}”。`;
}

function separatorMessage(n: Numbering): string {
  const right = formatNumber(n.style, n.value);
  const level = LEVEL_NAME[n.level] ?? "";
  const standard = STANDARD_SEPARATOR[n.style];
  const advice = standard === "" ? "括号或序号后不再加标点" : `序号后用“${standard}”，不用“${n.separator}”`;
  return `${level}编号“${n.raw.trim()}”标点不规范：${advice}，应写作“${right}”。`;
}
