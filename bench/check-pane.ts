// Times what the 检查 tab does after reading the document: check() and the rectification list, on a
// generated report of about 100 pages (≈ 45,000 characters) and one of about 10 pages (a page holds about 500 characters).
import { check } from "../src/core/check";
import { buildRectification } from "../src/core/check/rectification-list";
import { chineseNumeral } from "../src/core/outline/chinese-numerals";
import type { Paragraph } from "../src/core/types";

const EVIDENCE =
  "今年支部安排的集中学习我有三次因外出请假，事后没有及时补学，在科室讨论时只能复述文件原话，没有结合岗位谈体会，";

function report(problems: number): Paragraph[] {
  const lines = [
    "2025年度组织生活会个人对照检查材料",
    "按照通知要求，对照6个方面查找差距，现汇报如下：",
    "一、查摆存在的主要问题",
  ];
  for (let p = 1; p <= problems; p++) {
    if ((p - 1) % Math.ceil(problems / 6) === 0)
      lines.push(`（${chineseNumeral(Math.ceil(p / Math.ceil(problems / 6)))}）第${p}组方面`);
    lines.push(`${p}.第${p}项工作学习不够深入。${EVIDENCE.repeat(4)}`);
  }
  lines.push("二、产生问题的原因剖析");
  for (let c = 1; c <= 6; c++) lines.push(`（${chineseNumeral(c)}）第${c}方面学习自觉性不强。${EVIDENCE}`);
  lines.push("三、下一步整改措施");
  for (let m = 1; m <= 6; m++)
    lines.push(`（${chineseNumeral(m)}）每月精读原文2篇，年底前完成第${m}项学习计划。${EVIDENCE}`);
  lines.push("赵立群", "2025年12月20日");
  return lines.map((text) => ({ text }));
}

function best(runs: number, work: () => unknown): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - t0);
  }
  return fastest;
}

for (const problems of [12, 200]) {
  const paragraphs = report(problems);
  const chars = paragraphs.reduce((n, p) => n + p.text.length, 0);
  const checkMs = best(5, () => check(paragraphs));
  const result = check(paragraphs);
  const listMs = best(5, () => buildRectification(result));
  console.log(
    `check-pane: ${problems} problems, ${paragraphs.length} paragraphs, ${chars} chars: check ${checkMs.toFixed(1)} ms, ` +
      `rectification list ${listMs.toFixed(2)} ms, ${result.findings.length} findings`,
  );
}
