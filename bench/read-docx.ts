// Reading a 300-page (~200,000 characters) .docx with Word-numbered headings and items, then checking it.
// Plain script: prints timings (run through `npm run bench read-docx`).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readDocx } from "../src/readers/read-docx";
import { check } from "../src/core/check";
import { autoNumbered, makeDocx } from "../test/support/make-docx";

const cn = "一二三四五六七八九十";
const body =
  "在具体工作中，对照年初确定的目标任务逐项检视，发现有的环节推进不够有力，" +
  "个别事项拖到季度末才集中处理，基层反映的意见没有及时回应，影响了工作成效。";

function report(aspects: number, perAspect: number): string[] {
  const lines = [
    "2025年度组织生活会个人对照检查材料",
    "根据通知要求，现将对照检查情况报告如下：",
    "一、存在的主要问题",
  ];
  let n = 0;
  for (let a = 0; a < aspects; a++) {
    lines.push(`（${cn[a] ?? "十"}）第${a + 1}个方面`);
    for (let i = 0; i < perAspect; i++) lines.push(`${++n}.第${n}个问题的概括。${body.repeat(9)}`);
  }
  lines.push("二、问题产生的原因");
  for (let c = 0; c < 5; c++) lines.push(`（${cn[c]}）第${c + 1}条原因。${body.repeat(4)}`);
  lines.push("三、整改措施");
  for (let m = 0; m < 5; m++) lines.push(`（${cn[m]}）第${m + 1}条措施，每月至少检查2次。${body.repeat(4)}`);
  lines.push("王某某", "2025年12月20日");
  return lines;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function time(label: string, runs: number, fn: () => void): void {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  console.log(
    `${label}: median ${median(ms).toFixed(1)} ms, min ${Math.min(...ms).toFixed(1)} ms (${runs} runs)`,
  );
}

const lines = report(10, 30);
const chars = lines.reduce((sum, l) => sum + l.length, 0);
// Word splits text into many runs (spell-check marks, edits, font changes): emulate one run per 15 characters.
const fragmented = (text: string) => ({ runs: (text.match(/[^]{1,15}/g) ?? []).map((t) => ({ text: t })) });
const { blocks, options } = autoNumbered(lines);
const literalDocx = makeDocx(lines.map(fragmented));
const numberedDocx = makeDocx(
  blocks.map((b) => ({ ...b, ...fragmented(b.text ?? "") })),
  options,
);
console.log(
  `document: ${lines.length} paragraphs, ${chars} characters (~${Math.round(chars / 22 / 28)} pages of 22×28), ` +
    `.docx ${(numberedDocx.length / 1024).toFixed(0)} KB zipped`,
);

time("readDocx, literal numbers", 7, () => readDocx(literalDocx));
time("readDocx, Word list numbers", 7, () => readDocx(numberedDocx));
const paragraphs = readDocx(numberedDocx);
time("check() on the read paragraphs", 5, () => check(paragraphs));

// Start-up of the packaged command line (node start + bundle load), when it has been built.
const cli = join(process.cwd(), "lib/cli.js");
if (existsSync(cli)) {
  const ms: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, [cli, "--version"]);
    ms.push(performance.now() - t0);
  }
  console.log(`node lib/cli.js --version: median ${median(ms).toFixed(0)} ms (5 runs)`);
} else {
  console.log("lib/cli.js not built (npm run build:cli): start-up not measured");
}
