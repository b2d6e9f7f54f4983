/**
 * The matcher's quality on the gold fixtures and its speed on generated reports.
 * Run with `npm run bench` (bundled by esbuild) or `npx esbuild bench/match.ts --bundle --platform=node | node`.
 */
import { matchLinks } from "../src/core/check/match";
import type { Outline } from "../src/core/types";
import { add, emptyCounts, goldFixtures, precision, recall, scoreFixture } from "../test/match/gold";
import { outlineOf } from "../test/match/helpers";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function quality(): void {
  const fixtures = goldFixtures();
  const cause = emptyCounts();
  const measure = emptyCounts();
  const missing = emptyCounts();
  const errors: string[] = [];
  for (const fixture of fixtures) {
    const scored = scoreFixture(fixture);
    add(cause, scored.links.cause);
    add(measure, scored.links.measure);
    add(missing, scored.missing);
    errors.push(...scored.errors);
  }
  const all = emptyCounts();
  add(all, cause);
  add(all, measure);
  console.log(`match: gold fixtures ${fixtures.length}`);
  for (const [name, counts] of [
    ["cause links", cause],
    ["measure links", measure],
    ["all links", all],
    ["missing-link findings", missing],
  ] as const) {
    console.log(
      `match: ${name.padEnd(22)} precision ${pct(precision(counts))}  recall ${pct(recall(counts))}  ` +
        `(tp ${counts.truePositive}, fp ${counts.falsePositive}, fn ${counts.falseNegative})`,
    );
  }
  for (const error of errors) console.log(`match:   ${error}`);
}

const PHRASES = [
  "理论学习不够系统，读原著少",
  "联系群众不够紧密，调研走过场",
  "担当作为不够，遇到难题绕着走",
  "纪律规矩意识不强，人情往来把关不严",
  "勤俭节约意识不强，办公用品浪费",
  "业务能力有短板，数字化本领不足",
  "批评与自我批评辣味不足",
  "落实管党治党主体责任不到位",
];

/** A report with `problems` problems and as many causes and measures, about 120,000 characters at 200. */
function generated(problems: number, targets = problems): Outline {
  const body = (i: number) =>
    `${PHRASES[i % PHRASES.length]}，第${i}项具体表现涉及项目${i * 7}和任务${i * 13}。` +
    "平时满足于完成交办任务，对照先进找差距不够，遇事先考虑稳妥，处理具体事务时习惯按老办法办，".repeat(6);
  const list = (n: number, offset: number) => Array.from({ length: n }, (_, i) => body(i + offset));
  return outlineOf({
    aspects: Array.from({ length: 8 }, (_, a) => ({
      name: PHRASES[a] ?? "",
      problems: list(Math.ceil(problems / 8), a * 100).slice(
        0,
        Math.max(0, problems - a * Math.ceil(problems / 8)),
      ),
    })),
    causes: list(targets, 1000),
    measures: list(targets, 2000),
  });
}

function time(label: string, make: () => Outline, runs: number): void {
  const outlines = Array.from({ length: runs }, make);
  const chars = outlines[0]?.paragraphs.reduce((n, p) => n + p.text.length, 0) ?? 0;
  const start = performance.now();
  for (const outline of outlines) matchLinks(outline, []);
  const ms = (performance.now() - start) / runs;
  console.log(`match: ${label.padEnd(34)} ${ms.toFixed(1)} ms  (${chars} characters, mean of ${runs})`);
}

quality();
time("200 problems × 200 causes/measures", () => generated(200), 5);
time("1 problem × 20 measures", () => generated(1, 20), 50);
