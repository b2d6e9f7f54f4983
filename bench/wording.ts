/**
 * The wording rules' precision and recall on the fixtures, and their speed on a large generated report.
 * Run with `npm run bench wording` from the repository root.
 */
import * as fs from "fs";
import * as path from "path";
import { check } from "../src/core/check";
import { readOutline } from "../src/core/outline/read-outline";
import { matchLinks } from "../src/core/check/match";
import { punctuationRule } from "../src/core/check/rules/punctuation";
import { rulesIn } from "../src/core/check/rules";
import type { CheckOptions, Finding, Paragraph } from "../src/core/types";

const wordingRules = [...rulesIn("wording"), punctuationRule];

const DIR = path.join(process.cwd(), "test", "fixtures", "wording");

interface Seeded {
  options?: CheckOptions;
  hits: { rule: string; paragraph: number; text: string }[];
}

const read = (name: string): Paragraph[] =>
  fs
    .readFileSync(path.join(DIR, name), "utf8")
    .replace(/\r?\n$/, "")
    .split(/\r?\n/)
    .map((text) => ({ text }));

const spanText = (ps: Paragraph[], f: Finding) =>
  f.offset === undefined ? undefined : ps[f.paragraph]?.text.slice(f.offset, f.offset + (f.length ?? 0));

function quality(): void {
  const files = fs.readdirSync(DIR);
  const rows = new Map(
    wordingRules.map((r) => [r.id, { falseAlarms: 0, seeded: 0, hits: 0, misses: [] as string[] }]),
  );
  for (const name of files.filter((f) => f.startsWith("clean-") && f.endsWith(".txt"))) {
    for (const f of check(read(name), {}, wordingRules).findings) {
      const row = rows.get(f.rule);
      if (row) row.falseAlarms += 1;
    }
  }
  for (const name of files.filter((f) => f.startsWith("flawed-") && f.endsWith(".txt"))) {
    const seeded = JSON.parse(
      fs.readFileSync(path.join(DIR, name.replace(/\.txt$/, ".seeded.json")), "utf8"),
    ) as Seeded;
    const ps = read(name);
    const unused = check(ps, seeded.options ?? {}, wordingRules).findings;
    for (const hit of seeded.hits) {
      const row = rows.get(hit.rule);
      if (!row) continue;
      row.seeded += 1;
      const at = unused.findIndex(
        (f) =>
          f.rule === hit.rule &&
          f.paragraph === hit.paragraph &&
          (f.offset !== undefined ? spanText(ps, f) === hit.text : f.message.includes(hit.text)),
      );
      if (at >= 0) {
        row.hits += 1;
        unused.splice(at, 1);
      } else row.misses.push(`${name}:${hit.paragraph} ${hit.text}`);
    }
    // Findings nobody seeded on a flawed fixture count as false alarms too.
    for (const f of unused) {
      const row = rows.get(f.rule);
      if (row) row.falseAlarms += 1;
    }
  }
  console.log("rule                     false-alarms  hits/seeded  misses");
  for (const [id, row] of rows) {
    console.log(
      `${id.padEnd(24)} ${String(row.falseAlarms).padStart(12)}  ${`${row.hits}/${row.seeded}`.padStart(11)}  ${row.misses.join("; ") || "-"}`,
    );
  }
}

function speed(): void {
  // A ~120,000-character report: the fixtures' problem paragraphs repeated, flaws included.
  const body = ["clean-teacher.txt", "clean-engineer.txt", "flawed-personal.txt"].flatMap((n) =>
    read(n).filter((p) => /^\d+\./.test(p.text)),
  );
  const paragraphs: Paragraph[] = [
    { text: "2025年度组织生活会个人对照检查材料" },
    { text: "一、存在的问题" },
  ];
  let chars = 0;
  for (let i = 0; chars < 120_000; i++) {
    const p = body[i % body.length] ?? { text: "" };
    const text = p.text.replace(/^\d+/, String(i + 1));
    paragraphs.push({ text });
    chars += text.length;
  }
  const outline = readOutline(paragraphs);
  const links = matchLinks(outline, []);
  const ctx = { outline, links, options: { expect: { priorYear: true } } };
  for (const rule of wordingRules) rule.check(ctx); // warm-up
  console.log(`\nspeed on ${paragraphs.length} paragraphs, ${chars} characters (median of 5 runs):`);
  let total = 0;
  for (const rule of wordingRules) {
    const times: number[] = [];
    let count = 0;
    for (let run = 0; run < 5; run++) {
      const t0 = performance.now();
      count = rule.check(ctx).length;
      times.push(performance.now() - t0);
    }
    const median = times.sort((a, b) => a - b)[2] ?? 0;
    total += median;
    console.log(
      `${rule.id.padEnd(24)} ${median.toFixed(1).padStart(8)} ms  ${String(count).padStart(6)} findings`,
    );
  }
  console.log(`${"all wording rules".padEnd(24)} ${total.toFixed(1).padStart(8)} ms`);
}

quality();
speed();
