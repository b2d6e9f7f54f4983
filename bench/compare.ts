/**
 * The comparisons' speed: near-identical passages across a batch of 50 reports of 30 items (a large branch),
 * last year's report against this year's, and the library snippets against every report.
 * Run with `npm run bench compare` from the repository root.
 *
 * The batch is assembled from the link corpus's wording (45 authors): each item joins four clauses drawn at
 * random (fixed seed) from the corpus's items of its kind, ten problems, ten causes and ten measures per
 * report; every fifth report copies two problems of the report before it, so the index has pairs to find.
 */
import * as fs from "fs";
import * as path from "path";
import {
  atThreshold,
  compareWithLastYear,
  crossReportPairs,
  DEFAULT_SHARE,
  snippetComparer,
} from "../src/core/compare";
import { readOutline } from "../src/core/outline/read-outline";
import type { Item, Outline, Paragraph } from "../src/core/types";

const CORPUS = path.join(process.cwd(), "test", "fixtures", "corpus");
const REPORTS = 50;
const PER_KIND = 10;
const CN = "一二三四五六七八九十";

const lines = (text: string): Paragraph[] =>
  text
    .replace(/\r?\n$/, "")
    .split(/\r?\n/)
    .map((t) => ({ text: t }));
const corpus = fs
  .readdirSync(CORPUS)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readOutline(lines(fs.readFileSync(path.join(CORPUS, f), "utf8"))));
/** The clauses of every item of a kind. */
const clauses = (pick: (o: Outline) => Item[]) =>
  corpus.flatMap((o) =>
    pick(o).flatMap((item) => item.text.split(/[，。；\n]/).filter((c) => c.length >= 4)),
  );
const pool = {
  problems: clauses((o) => o.problems),
  causes: clauses((o) => o.causes),
  measures: clauses((o) => o.measures),
};

/** A small seeded generator (mulberry32): the same batch on every run. */
let seed = 20251201;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const item = (from: string[]) =>
  Array.from({ length: 4 }, () => from[Math.floor(random() * from.length)]).join("，") + "。";

/** The problems of each report made so far. */
const made: string[][] = [];

function report(r: number): Paragraph[] {
  const problems = Array.from({ length: PER_KIND }, () => item(pool.problems));
  const previous = made[r - 1];
  if (r % 5 === 4 && previous) problems.splice(0, 2, previous[3]!, previous[4]!);
  made.push(problems);
  const text = [
    "2025年度组织生活会个人对照检查材料",
    `按照支部关于召开2025年度组织生活会的通知要求，现将第${r + 1}份材料的检视情况汇报如下：`,
    "一、存在的主要问题",
    ...problems.map((p, k) => `${k + 1}.${p}`),
    "二、产生问题的原因",
    ...Array.from({ length: PER_KIND }, (_, k) => `（${CN[k]}）${item(pool.causes)}`),
    "三、整改措施",
    ...Array.from({ length: PER_KIND }, (_, k) => `（${CN[k]}）${item(pool.measures)}`),
    `成员${r + 1}`,
    "2025年12月1日",
  ];
  return text.map((t) => ({ text: t }));
}

/** The best of `runs` in processor milliseconds (the build machine is shared: wall time says more about the others). */
function best(runs: number, work: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    min = Math.min(min, (used.user + used.system) / 1000);
  }
  return min;
}

const batch = Array.from({ length: REPORTS }, (_, r) => report(r));
let outlines: Outline[] = [];
const readMs = best(3, () => (outlines = batch.map(readOutline)));
const items = outlines.reduce((n, o) => n + o.problems.length + o.causes.length + o.measures.length, 0);
const chars = batch.reduce((n, ps) => n + ps.reduce((m, p) => m + p.text.length, 0), 0);
let pairs = 0;
const crossMs = best(5, () => (pairs = atThreshold(crossReportPairs(outlines), DEFAULT_SHARE).length));
console.log(
  `batch: ${REPORTS} reports, ${items} items, ${chars} characters (outlines read in ${readMs.toFixed(0)} ms)`,
);
console.log(
  `cross-report similarity: ${crossMs.toFixed(1)} ms (processor time, best of 5), ${pairs} pairs of reports at ${DEFAULT_SHARE}`,
);

const snippets = snippetComparer();
let unedited = 0;
const snippetMs = best(5, () => (unedited = outlines.reduce((n, o) => n + snippets.unedited(o).length, 0)));
console.log(
  `library snippets against all ${REPORTS} reports: ${snippetMs.toFixed(1)} ms, ${unedited} unedited`,
);

const lastYear = (): void => {
  const comparer = compareWithLastYear(batch[3]!);
  comparer.copies(outlines[4]!);
  comparer.unreported(outlines[4]!);
};
console.log(
  `last year against this year (read, index, copies, measures): ${best(5, lastYear).toFixed(1)} ms`,
);
console.log("budget: the batch's cross-report similarity well under 1000 ms");
