// Times check() (outline + every rule) on a generated 200-problem report and one ten times smaller.
import { clearSegmentCache } from "../src/core/check/word-segmenter";
import { check } from "../src/core/check";
import { readOutline } from "../src/core/outline/read-outline";
import { numberingRule } from "../src/core/check/rules/numbering";
import { rulesIn } from "../src/core/check/rules";
import type { Paragraph } from "../src/core/types";
import { chineseNumeral } from "../src/core/outline/chinese-numerals";

const FILLER =
  "比如在推进重点项目时只满足于完成上级布置的任务，全年到一线调研不足6次，对群众反映的3件急事没有限期办结，事后也没有跟踪回访，";

function report(problems: number): Paragraph[] {
  const aspects = 10;
  const lines: string[] = ["2025年度组织生活会个人对照检查材料"];
  lines.push(`按照通知要求，对照理论学习等${aspects}个方面查摆问题，现汇报如下：`);
  lines.push("一、查摆存在的主要问题");
  for (let p = 1; p <= problems; p++) {
    if ((p - 1) % (problems / aspects) === 0) {
      lines.push(`（${chineseNumeral(Math.ceil(p / (problems / aspects)))}）第${p}组工作方面`);
    }
    lines.push(`${p}.第${p}项工作推进不够有力。${FILLER.repeat(7)}这暴露出作风不实的问题。`);
    lines.push(`一是${FILLER}二是${FILLER}三是调研少。`);
  }
  lines.push("二、产生问题的原因剖析");
  for (let c = 1; c <= problems / 10; c++)
    lines.push(`（${chineseNumeral(c)}）第${c}方面的思想根源。${FILLER}`);
  lines.push("三、下一步努力方向和整改措施");
  for (let m = 1; m <= problems / 10; m++) lines.push(`（${chineseNumeral(m)}）每月至少调研2次。${FILLER}`);
  lines.push("李明", "2026年1月5日");
  return lines.map((text) => ({ text }));
}

function chars(paragraphs: Paragraph[]): number {
  return paragraphs.reduce((n, p) => n + p.text.length, 0);
}

function best(paragraphs: Paragraph[], runs: number, work: (p: Paragraph[]) => unknown = check): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work(paragraphs);
    fastest = Math.min(fastest, performance.now() - t0);
  }
  return fastest;
}

/** A first check: nothing segmented yet (the pane's first click, every file of the command line). */
const cold = (p: Paragraph[]) => {
  clearSegmentCache();
  return check(p);
};

const large = report(200);
const small = report(20);
best(large, 3); // warm up the JIT
const tLarge = best(large, 10, cold);
const tSmall = best(small, 30, cold);
console.log(
  `check() (all rules), 200 problems (${chars(large)} chars, ${large.length} paragraphs): ${tLarge.toFixed(2)} ms`,
);
console.log(
  `check() (all rules), 20 problems (${chars(small)} chars, ${small.length} paragraphs): ${tSmall.toFixed(2)} ms`,
);
console.log(`re-check of the unchanged 200-problem report (words cached): ${best(large, 10).toFixed(2)} ms`);
console.log(
  `ratio large/small: ${(tLarge / tSmall).toFixed(1)} (size ratio ${(chars(large) / chars(small)).toFixed(1)})`,
);

const structureRules = [...rulesIn("structure"), numberingRule];
const structure = (p: Paragraph[]) => check(p, {}, structureRules);
for (const [label, work] of [
  ["readOutline", readOutline],
  ["check() with only the structure rules (matcher included)", structure],
] as const) {
  const l = best(large, 10, work);
  const s = best(small, 30, work);
  console.log(
    `${label}: 200 problems ${l.toFixed(2)} ms, 20 problems ${s.toFixed(2)} ms, ratio ${(l / s).toFixed(1)}`,
  );
}
