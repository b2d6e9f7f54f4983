/**
 * The matcher's speed and memory, and the old hand-labelled fixtures as a regression check.
 * Its quality is measured on the independent corpus (bench/corpus.ts); the fixtures here were written by
 * the matcher's author, so they prove nothing about quality: they only show what moved.
 * Run with `npm run bench match`.
 */
import { spawnSync } from "child_process";
import { check } from "../src/core/check";
import { matchLinks } from "../src/core/check/match";
import { clearSegmentCache } from "../src/core/check/word-segmenter";
import { readOutline } from "../src/core/outline/read-outline";
import { chineseNumeral } from "../src/core/outline/chinese-numerals";
import type { Paragraph } from "../src/core/types";
import { add, emptyCounts, goldFixtures, precision, recall, scoreFixture } from "../test/match/gold";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function regression(): void {
  const fixtures = goldFixtures();
  const links = emptyCounts();
  const missing = emptyCounts();
  for (const fixture of fixtures) {
    const scored = scoreFixture(fixture);
    add(links, scored.links.cause);
    add(links, scored.links.measure);
    add(missing, scored.missing);
  }
  console.log(
    `match: regression on the ${fixtures.length} fixtures of test/fixtures/links (written with the matcher, ` +
      `not evidence of quality): links P ${pct(precision(links))} R ${pct(recall(links))}; ` +
      `missing findings P ${pct(precision(missing))} R ${pct(recall(missing))}`,
  );
}

const TOPICS = [
  "理论学习不够系统，读原著少",
  "联系群众不够紧密，调研走过场",
  "担当作为不够，遇到难题绕着走",
  "纪律规矩意识不强，人情往来把关不严",
  "勤俭节约意识不强，办公用品浪费",
  "业务能力有短板，数字化本领不足",
  "批评与自我批评辣味不足",
  "落实管党治党主体责任不到位",
];

/**
 * A report with `problems` problems (a tenth as many causes and measures), ≈120,000 characters at 200; each
 * item's body repeats its filler sentence `filler` times.
 */
function generated(problems: number, filler = 4): Paragraph[] {
  const detail = (i: number) =>
    `第${i}项具体表现涉及项目${i * 7}和任务${i * 13}，平时满足于完成交办任务，对照先进找差距不够，` +
    "遇事先考虑稳妥，处理具体事务时习惯按老办法办，".repeat(filler);
  const lines = [
    "2025年度组织生活会个人对照检查材料",
    "按照通知要求，对照8个方面查摆问题，现汇报如下：",
    "一、查摆存在的主要问题",
  ];
  const perAspect = Math.ceil(problems / TOPICS.length);
  for (let i = 0; i < problems; i++) {
    if (i % perAspect === 0)
      lines.push(`（${chineseNumeral(i / perAspect + 1)}）${TOPICS[i / perAspect]}方面`);
    lines.push(`${i + 1}.${TOPICS[i % TOPICS.length]}。${detail(i)}`);
  }
  for (const [heading, lead] of [
    ["二、产生问题的原因剖析", "思想上的根源"],
    ["三、整改措施", "每季度专项整改"],
  ] as const) {
    lines.push(heading);
    for (let i = 0; i < Math.max(1, problems / 10); i++)
      lines.push(`（${chineseNumeral(i + 1)}）${TOPICS[i % TOPICS.length]}的${lead}。${detail(i + 500)}`);
  }
  lines.push("李明", "2026年1月5日");
  return lines.map((text) => ({ text }));
}

/** CPU milliseconds of this process (user and system): on a shared machine, other processes do not count. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The median CPU time of `runs` runs: steadier than the fastest against garbage collection and the JIT. */
function median(runs: number, work: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    clearSegmentCache();
    const start = cpuMs();
    work();
    times.push(cpuMs() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Rounds of the 200/20-problem ratio, each a median of several runs, after a warm-up of both sizes. */
const ROUNDS = 5;

function speed(): void {
  const chars = (p: Paragraph[]) => p.reduce((n, x) => n + x.text.length, 0);
  const small = generated(20);
  const large = generated(200);
  const budget = (1.5 * chars(large)) / chars(small);
  const ratio = (label: string, work: (p: Paragraph[]) => unknown) => {
    median(5, () => work(large)); // warm up
    median(20, () => work(small));
    const ratios: number[] = [];
    let s = 0;
    let l = 0;
    for (let round = 0; round < ROUNDS; round++) {
      s = median(21, () => work(small));
      l = median(7, () => work(large));
      ratios.push(l / s);
    }
    const worst = Math.max(...ratios);
    console.log(
      `match: ${label}: 20 problems ${s.toFixed(1)} ms CPU, 200 problems ${l.toFixed(1)} ms (medians); ` +
        `ratio per round ${ratios.map((r) => r.toFixed(1)).join(", ")} against a budget of ${budget.toFixed(1)} ` +
        `(1.5 × size ratio ${(chars(large) / chars(small)).toFixed(1)}): ${worst <= budget ? "ok" : "OVER BUDGET"}`,
    );
  };
  ratio("check()", (p) => check(p));
  ratio("matcher alone", (p) => matchLinks(readOutline(p), []));
}

/**
 * A generated report of `mb` megabytes (UTF-8), checked in a process of its own: 600 problems and 120 causes
 * and measures, within the check's item budget, their bodies long enough to reach the size.
 */
function memory(mb: number): void {
  const run = spawnSync(process.execPath, [__filename, "--one-report", String(mb)], { encoding: "utf8" });
  console.log(run.status === 0 ? run.stdout.trim() : `match: ${mb} MB report failed: ${run.stderr.trim()}`);
}

function oneReport(mb: number): void {
  const bytes = (p: Paragraph[]) => p.reduce((n, x) => n + Buffer.byteLength(x.text) + 1, 0);
  let filler = 1;
  while (bytes(generated(600, filler)) < mb * 1024 * 1024) filler++;
  const paragraphs = generated(600, filler);
  const start = performance.now();
  const result = check(paragraphs);
  const ms = performance.now() - start;
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(
    `match: ${mb} MB report (${result.outline.problems.length} problems, ${result.links.length} links): ` +
      `check() ${(ms / 1000).toFixed(1)} s, peak memory ${peak.toFixed(0)} MB`,
  );
}

if (process.argv[2] === "--one-report") oneReport(Number(process.argv[3]));
else {
  regression();
  speed();
  memory(1);
  memory(2);
}
