/**
 * Peak memory and time of the whole check (read + outline + matcher + rules) on a 1 MB and a 2 MB report,
 * each in a fresh process so one does not inherit the other's heap. Memory should grow no faster than the
 * text: the 2 MB report may cost at most about twice what the 1 MB one costs above an empty run.
 * Run with `npm run bench large-report`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { check } from "../src/core/check";
import { CHECK_LIMITS } from "../src/core/check/budget";
import { readText } from "../src/readers/read-text";

const CN = "一二三四五六七八九十";
const TOPICS = [
  ["理论学习", "读原著学原文不够系统，学习笔记流于摘抄，学用结合不紧"],
  ["联系群众", "深入基层调研不够，听取群众意见多在会上，解决群众急难愁盼问题不够及时"],
  ["担当作为", "遇到矛盾绕着走，推进重点项目满足于按部就班，攻坚克难的劲头不足"],
  ["纪律作风", "对人情往来把关不严，执行请示报告制度有时不够及时，勤俭节约意识有所淡化"],
  ["业务能力", "数字化本领不足，对新政策新规定研究不深，指导基层工作办法不多"],
  ["组织生活", "批评与自我批评辣味不足，参加组织生活有时以工作忙为由请假"],
];
const DETAIL =
  "在具体工作中，对照年初确定的目标任务逐项检视，发现有的环节推进不够有力，个别事项拖到季度末才集中处理，" +
  "基层反映的意见没有及时回应，影响了工作成效。";

/** A report of about `bytes` bytes: problems, causes and measures in the proportions of a real one. */
function report(bytes: number): string {
  const problems = Math.round(bytes / 4500);
  const targets = Math.round(problems / 2);
  const item = (i: number, kind: string) => {
    const [topic, text] = TOPICS[i % TOPICS.length] ?? ["", ""];
    return `${kind}${topic}方面第${i + 1}项：${text}。${DETAIL.repeat(9)}`;
  };
  const lines = [
    "2025年度组织生活会个人对照检查材料",
    "根据通知要求，现将对照检查情况报告如下：",
    "一、存在的主要问题",
  ];
  for (let i = 0; i < problems; i++) {
    if (i % Math.ceil(problems / 6) === 0)
      lines.push(`（${CN[Math.floor(i / Math.ceil(problems / 6))]}）方面`);
    lines.push(`${i + 1}.${item(i, "")}`);
  }
  lines.push("二、问题产生的原因");
  for (let i = 0; i < targets; i++) lines.push(`${i + 1}.${item(i, "原因：")}`);
  lines.push("三、整改措施");
  for (let i = 0; i < targets; i++) lines.push(`${i + 1}.${item(i, "措施：每月至少检查2次，")}`);
  lines.push("王某某", "2025年12月20日");
  return lines.join("\n") + "\n";
}

/** In the child: read and check one file, print the time and this process's peak memory. */
function child(file: string): void {
  const t0 = performance.now();
  let outcome: string;
  try {
    const result = check(readText(readFileSync(file)));
    const o = result.outline;
    outcome = `${o.problems.length + o.causes.length + o.measures.length} items, ${result.links.length} links`;
  } catch (err) {
    outcome = `refused: ${(err as Error).message.slice(0, 40)}…`;
  }
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024, outcome }));
}

function measure(file: string): { ms: number; peakMb: number; outcome: string } | string {
  const r = spawnSync(process.execPath, [__filename, "--child", file], {
    encoding: "utf8",
    timeout: 300_000,
  });
  if (r.status !== 0) return r.signal ? `did not finish (${r.signal})` : `crashed (exit ${r.status})`;
  return JSON.parse(r.stdout) as { ms: number; peakMb: number; outcome: string };
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), "duizhao-large-"));
  try {
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "标题\n");
    const base = measure(empty);
    const baseMb = typeof base === "string" ? 0 : base.peakMb;
    console.log(`check limits: ${CHECK_LIMITS.items} items, ${CHECK_LIMITS.characters} characters`);
    console.log(`empty run: peak ${baseMb.toFixed(0)} MB`);
    const above: number[] = [];
    for (const mb of [1, 2]) {
      const file = join(dir, `${mb}mb.txt`);
      const text = report(mb * 1024 * 1024);
      writeFileSync(file, text);
      const r = measure(file);
      const size = `${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB, ${text.length} characters`;
      if (typeof r === "string") {
        console.log(`${mb} MB report (${size}): ${r}`);
        continue;
      }
      above.push(r.peakMb - baseMb);
      console.log(
        `${mb} MB report (${size}): ${r.ms.toFixed(0)} ms, peak ${r.peakMb.toFixed(0)} MB ` +
          `(${(r.peakMb - baseMb).toFixed(0)} MB above an empty run); ${r.outcome}`,
      );
    }
    const [one, two] = above;
    if (one !== undefined && two !== undefined) {
      const growth = two / Math.max(one, 1);
      console.log(
        `memory growth 1 MB → 2 MB: ×${growth.toFixed(2)} for ×2 text — ` +
          (growth <= 2.5 ? "no faster than the text" : "FASTER than the text"),
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--child") child(process.argv[3] ?? "");
else main();
