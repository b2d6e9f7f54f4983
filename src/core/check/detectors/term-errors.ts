/** Typed access to the fixed-formulation table (terms.json) and the wrong-form finders built on it. */
import { chineseNumeral } from "../../outline/chinese-numerals";
import { withoutOverlaps } from "./paragraph-hits";
import table from "./terms.json";

export interface TermHit {
  offset: number;
  length: number;
  wrong: string;
  right: string;
  why: string;
  /**
   * A suspected slip rather than a certain one: a count that may be the writer's own set, or a form the
   * stored sources do not rule out. Reported as a warning, and never corrected automatically when `suspect`
   * is "count".
   */
  suspect?: "count" | "form";
}

interface FixedTerm {
  right: string;
  wrong: string[];
  why: string;
  severity?: string;
}

interface OrderedTerm {
  /** The items in their fixed order, joined by 、. */
  items: string[];
  why: string;
}

interface CountedTerm {
  right: string;
  tail: string;
  /** The numerals that make a likely slip for this set (三个意识 for 四个意识); other counts are other sets. */
  near: string[];
  before: string[];
  after: string[];
  /** Whether quote marks alone show the fixed formulation is meant (not for 四位一体, a common local name). */
  quoted: boolean;
  why: string;
}

const fixed: FixedTerm[] = table.fixed;
const ordered: OrderedTerm[] = table.ordered;
const counted: CountedTerm[] = table.counted;
/** Assembled from parts so the data file stays a table of short pieces. */
export const THOUGHT_FULL = table.thought.parts.join("");
const thoughtStem = THOUGHT_FULL.slice(0, -2);

const NUMERALS = "一二两三四五六七八九十";
/** After a counted phrase: the writer goes on to say which items they mean (：……、……; 即……; 包括……). */
const OWN_LIST = /^[”"’']?\s*(?:[：:]|[，,]?\s*(?:即|包括|就是|分别是|具体是))/;

function findAll(text: string, wrong: string, right: string, why: string, hits: TermHit[], suspect?: "form") {
  for (let i = text.indexOf(wrong); i >= 0; i = text.indexOf(wrong, i + wrong.length))
    hits.push({ offset: i, length: wrong.length, wrong, right, why, ...(suspect ? { suspect } : {}) });
}

function findFixed(text: string, hits: TermHit[]): void {
  for (const term of fixed)
    for (const wrong of term.wrong)
      findAll(text, wrong, term.right, term.why, hits, term.severity === "warning" ? "form" : undefined);
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** Sets with a fixed order written in another order (政治领悟力、政治判断力、政治执行力). */
const orderedWrong = ordered.map((term) => ({
  right: term.items.join("、"),
  why: term.why,
  wrong: permutations(term.items)
    .map((p) => p.join("、"))
    .filter((p) => p !== term.items.join("、")),
}));

function findOrdered(text: string, hits: TermHit[]): void {
  for (const term of orderedWrong)
    for (const wrong of term.wrong) findAll(text, wrong, term.right, term.why, hits);
}

/**
 * "增强“三个意识”": a count next to the fixed one, where quotes or the usual verb show the fixed formulation may
 * be meant. A suspected slip only: the writer may count a set of their own, so no automatic fix, and nothing
 * when the text goes on to list the items (树牢“三个意识”：服务意识、责任意识、创新意识).
 */
function findCounted(text: string, hits: TermHit[]): void {
  for (const term of counted) {
    const re = new RegExp(`[${NUMERALS}]${term.tail}`, "g");
    for (const m of text.matchAll(re)) {
      const found = m[0];
      const at = m.index ?? 0;
      if (found === term.right || !term.near.includes(found.charAt(0))) continue;
      const before = text.slice(Math.max(0, at - 6), at);
      const after = text.slice(at + found.length);
      if (OWN_LIST.test(after)) continue;
      const quoted = term.quoted && before.endsWith("“") && after.startsWith("”");
      const bare = before.replace(/[“"]$/, "");
      const cued =
        term.before.some((verb) => bare.endsWith(verb)) ||
        term.after.some((cue) => after.replace(/^[”"]/, "").startsWith(cue));
      if (!quoted && !cued) continue;
      hits.push({
        offset: at,
        length: found.length,
        wrong: found,
        right: term.right,
        why: term.why,
        suspect: "count",
      });
    }
  }
}

const toChinese = (n: string) => (/\d/.test(n) ? chineseNumeral(Number(n)) : n);

/** 十九大六中全会 → 十九届六中全会; 20届4中全会 → 二十届四中全会, for any congress and plenum numerals. */
function findPlenary(text: string, hits: TermHit[]): void {
  const re = /([一二三四五六七八九十]{1,3})大([一二三四五六七八九十])中全会/g;
  for (const m of text.matchAll(re)) {
    const [found, congress, plenum] = m;
    hits.push({
      offset: m.index ?? 0,
      length: found.length,
      wrong: found,
      right: `${congress}届${plenum}中全会`,
      why: table.plenary.why,
    });
  }
  const arabic = /(\d{1,2}|[一二三四五六七八九十]{1,3})[届大](\d{1,2}|[一二三四五六七八九十])中全会/g;
  for (const m of text.matchAll(arabic)) {
    const [found, congress, plenum] = m;
    if (!/\d/.test(congress! + plenum!)) continue;
    hits.push({
      offset: m.index ?? 0,
      length: found.length,
      wrong: found,
      right: `${toChinese(congress!)}届${toChinese(plenum!)}中全会`,
      why: table.plenary.arabicWhy,
    });
  }
}

/** 十五五规划 → “十五五”规划: a five-year plan's short name in quotes (also ‘十五五’ and "十五五"). */
function findPlan(text: string, hits: TermHit[]): void {
  const re = /([‘'"]?)(十[一二三四五六七八九]五)([’'"]?)/g;
  for (const m of text.matchAll(re)) {
    const [found, open, name, close] = m;
    const at = m.index ?? 0;
    const before = text.charAt(at - 1);
    const after = text.charAt(at + found.length);
    if (
      /[零〇一二三四五六七八九十百千万]/.test(before) ||
      /[零〇一二三四五六七八九十百千万个年月日%]/.test(after)
    )
      continue;
    if (before === "“" && after === "”" && !open && !close) continue;
    hits.push({ offset: at, length: found.length, wrong: found, right: `“${name}”`, why: table.plan.why });
  }
}

/** Truncated or garbled names of the guiding thought; other named thoughts (经济思想 …) are left alone. */
function findThought(text: string, hits: TermHit[]): void {
  const re = /习近平[\u4e00-\u9fff]{0,14}?思想/g;
  for (const m of text.matchAll(re)) {
    const found = m[0];
    if (found === THOUGHT_FULL) continue;
    if (found.startsWith(thoughtStem)) continue; // a longer official name built on the full one
    if (/关于|的|在|对/.test(found)) continue; // a phrase about the thought, not its name
    if (!table.thought.markers.some((marker) => found.includes(marker))) continue;
    hits.push({
      offset: m.index ?? 0,
      length: found.length,
      wrong: found,
      right: THOUGHT_FULL,
      why: table.thought.why,
    });
  }
}

/** Every wrong form of a fixed political term in one paragraph's text, in text order, without overlaps. */
export function findTermErrors(text: string): TermHit[] {
  if (!/[\u4e00-\u9fff]/.test(text)) return [];
  const hits: TermHit[] = [];
  findFixed(text, hits);
  findOrdered(text, hits);
  findCounted(text, hits);
  findPlenary(text, hits);
  findPlan(text, hits);
  findThought(text, hits);
  return withoutOverlaps(hits);
}
