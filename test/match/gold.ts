/** Gold-labelled fixtures (test/fixtures/links, *.gold.json beside any report) and their scoring. */
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { matchLinks, verdictsFor } from "../../src/core/check/match";
import { readOutline } from "../../src/core/outline/read-outline";
import type { Item, Link, Outline } from "../../src/core/types";
import { outlineOf, specOfText } from "./helpers";

export interface Gold {
  causes: Record<string, string[]>;
  measures: Record<string, string[]>;
}

export interface GoldFixture {
  name: string;
  text: string;
  gold: Gold;
}

// Relative to the repository root: jest and the bench both run from there.
const FIXTURE_DIRS = [
  join(process.cwd(), "test/fixtures/links"),
  join(process.cwd(), "test/fixtures/reports"),
];

export function goldFixtures(): GoldFixture[] {
  const found: GoldFixture[] = [];
  for (const dir of FIXTURE_DIRS) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith(".gold.json")) continue;
      const name = file.slice(0, -".gold.json".length);
      const textFile = join(dir, `${name}.txt`);
      if (!existsSync(textFile)) continue;
      found.push({
        name,
        text: readFileSync(textFile, "utf8"),
        gold: JSON.parse(readFileSync(join(dir, file), "utf8")) as Gold,
      });
    }
  }
  return found;
}

/** The report's outline: the real reader once it finds problems, else the minimal fixture reader. */
export function outlineOfText(text: string): Outline {
  const outline = readOutline(text.split(/\r?\n/).map((line) => ({ text: line })));
  return outline.problems.length > 0 ? outline : outlineOf(specOfText(text));
}

/** "（一）", "(一)", "一", "1." → "一" / "1", to compare gold numbers with numbers as written. */
export function bareNumber(number: string): string {
  return number.replace(/[\s（()）.．、]/g, "");
}

export interface Counts {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
}

export const emptyCounts = (): Counts => ({ truePositive: 0, falsePositive: 0, falseNegative: 0 });

export function add(into: Counts, from: Counts): void {
  into.truePositive += from.truePositive;
  into.falsePositive += from.falsePositive;
  into.falseNegative += from.falseNegative;
}

export const precision = (c: Counts) =>
  c.truePositive + c.falsePositive === 0 ? 1 : c.truePositive / (c.truePositive + c.falsePositive);
export const recall = (c: Counts) =>
  c.truePositive + c.falseNegative === 0 ? 1 : c.truePositive / (c.truePositive + c.falseNegative);

export interface Scored {
  links: Record<"cause" | "measure", Counts>;
  /** A problem warned as missing a cause/measure, against gold saying it has none. */
  missing: Counts;
  /** Readable differences, for tuning. */
  errors: string[];
}

export function scoreFixture(
  fixture: GoldFixture,
  outline = outlineOfText(fixture.text),
  links?: Link[],
): Scored {
  const found = links ?? matchLinks(outline, []);
  const byId = new Map<string, Item>([...outline.causes, ...outline.measures].map((item) => [item.id, item]));
  const result: Scored = {
    links: { cause: emptyCounts(), measure: emptyCounts() },
    missing: emptyCounts(),
    errors: [],
  };
  const verdicts = {
    cause: verdictsFor(outline, "cause", found),
    measure: verdictsFor(outline, "measure", found),
  };
  for (const problem of outline.problems) {
    for (const kind of ["cause", "measure"] as const) {
      const expected = new Set(
        (fixture.gold[kind === "cause" ? "causes" : "measures"][problem.number] ?? []).map(bareNumber),
      );
      const actual = new Set(
        found
          .filter((l) => l.problem === problem.id && l.kind === kind)
          .map((l) => bareNumber(byId.get(l.target)?.number ?? "")),
      );
      const counts = result.links[kind];
      for (const n of actual) {
        if (expected.has(n)) counts.truePositive++;
        else {
          counts.falsePositive++;
          result.errors.push(`${fixture.name}: 问题${problem.number} 多连 ${kind} ${n}`);
        }
      }
      for (const n of expected) {
        if (!actual.has(n)) {
          counts.falseNegative++;
          result.errors.push(`${fixture.name}: 问题${problem.number} 漏连 ${kind} ${n}`);
        }
      }
      const hasTargets = (kind === "cause" ? outline.causes : outline.measures).length > 0;
      if (!hasTargets) continue;
      const flagged = verdicts[kind].get(problem.id) === "missing";
      const shouldFlag = expected.size === 0;
      if (flagged && shouldFlag) result.missing.truePositive++;
      else if (flagged) result.missing.falsePositive++;
      else if (shouldFlag) result.missing.falseNegative++;
    }
  }
  return result;
}
