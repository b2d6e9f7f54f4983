/**
 * The structure tab's core: building every skeleton, and planning a renumber, an element and the
 * typesetting on a generated 200-problem report (~120,000 characters). Run with `npm run bench skeleton`.
 */
import { planElement } from "../src/core/compose/elements";
import { readOutline } from "../src/core/outline/read-outline";
import { planRenumber } from "../src/core/compose/renumber";
import { buildSkeleton } from "../src/core/compose/skeleton";
import { templates } from "../src/core/compose/templates";
import { formatPlan } from "../src/core/compose/typesetting";
import type { Paragraph } from "../src/core/types";

function time(label: string, runs: number, fn: () => unknown): void {
  fn(); // warm up
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  const ms = (performance.now() - start) / runs;
  console.log(`skeleton: ${label.padEnd(44)} ${ms.toFixed(3)} ms`);
}

const date = new Date(2026, 10, 28);
let combos = 0;
time("every preset × variant × numbering (all)", 200, () => {
  combos = 0;
  for (const t of templates)
    for (const variant of t.variants)
      for (const numbering of ["continuous", "per-aspect"] as const) {
        buildSkeleton(t, { variant, numbering, date, problemsPerAspect: 3 });
        combos++;
      }
});
console.log(`skeleton: (${combos} skeletons per run)`);

/** 10 aspects × 20 problems, every 7th number written 1、 and every 23rd skipped; 8 causes, 8 measures. */
function generated(): Paragraph[] {
  const filler =
    "对照岗位职责回头看，这方面的差距主要体现在日常工作中标准不够高、办法不够多、落实不够细，" +
    "比如在今年第三季度的专项检查中，有两项整改任务拖到月底才完成，群众反映的问题也没有做到件件有回音。";
  const lines = [
    "2025年度组织生活会个人对照检查材料",
    "按照通知要求，对照十个方面查找了不足。具体汇报如下：",
    "一、查摆存在的主要问题",
  ];
  let n = 0;
  for (let a = 1; a <= 10; a++) {
    lines.push(`（${"一二三四五六七八九十"[a - 1]}）第${a}个检视方面`);
    for (let k = 0; k < 20; k++) {
      n += n % 23 === 22 ? 2 : 1;
      lines.push(`${n}${n % 7 === 0 ? "、" : "."}第${n}条问题的概括。${filler.repeat(4)}`);
      lines.push(filler.repeat(3));
    }
  }
  lines.push("二、产生问题的原因剖析");
  for (let k = 1; k <= 8; k++) lines.push(`（${"一二三四五六七八"[k - 1]}）第${k}条原因。${filler}`);
  lines.push("三、下一步努力方向和整改措施");
  for (let k = 1; k <= 8; k++)
    lines.push(`（${"一二三四五六七八"[k - 1]}）第${k}条措施，每月检查1次。${filler}`);
  lines.push("杨立新", "2025年12月20日");
  return lines.map((text) => ({ text }));
}

const paragraphs = generated();
const chars = paragraphs.reduce((sum, p) => sum + p.text.length, 0);
const outline = readOutline(paragraphs);
console.log(
  `skeleton: generated report: ${paragraphs.length} paragraphs, ${chars} characters, ${outline.problems.length} problems`,
);
time("readOutline (200 problems)", 50, () => readOutline(paragraphs));
let edits = 0;
time("planRenumber (200 problems, outline read)", 50, () => (edits = planRenumber(outline).length));
console.log(`skeleton: (${edits} prefix edits planned)`);
time("readOutline + planRenumber", 20, () => planRenumber(readOutline(paragraphs)));
time("planElement 新增问题 in aspect 2 (run-on shift)", 50, () => planElement(outline, 50, "problem"));
time("formatPlan (whole report)", 50, () => formatPlan(outline));
