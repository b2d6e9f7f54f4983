import { formatNumber, STANDARD_SEPARATOR } from "../../outline/number-prefixes";
import { numbersInOrder } from "../../outline/queries";
import type { Numbering, Outline, Rule, RuleFinding } from "../../types";

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
    let restart = 0;
    let carry = 0;
    let previousLast: number | null = null;
    for (const aspect of inPart) {
      const values: number[] = [];
      for (let i = aspect.start + 1; i < aspect.end; i++) {
        const n = outline.numbering[i];
        if (n?.level === 3) values.push(n.value);
      }
      if (values.length === 0) continue;
      if (previousLast !== null) {
        if (values[0] === 1) restart++;
        else if (values[0] === previousLast + 1) carry++;
      }
      previousLast = values[values.length - 1]!;
    }
    if (restart <= carry) for (const aspect of inPart) runOn.add(aspect.paragraph);
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

export const numbering: Rule = {
  id: "numbering",
  category: "format",
  severity: "error",
  name: "编号连续和标点",
  check({ outline }): RuleFinding[] {
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
          severity: "error",
          message: sequenceMessage(n, previous),
          ...(n.fromList ? {} : { offset: n.offset, length: n.length - n.offset }),
        });
      }
      last[n.level] = n.value;
      if (n.wrongSeparator && !n.fromList) {
        found.push({
          paragraph: i,
          severity: "warning",
          offset: n.length - n.separator.length,
          length: n.separator.length,
          message: separatorMessage(n),
          fix: { replacement: STANDARD_SEPARATOR[n.style] },
        });
      }
    }
    return found;
  },
};
