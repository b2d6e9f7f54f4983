/** Typed access to the fixed-formulation table (terms.json) and the wrong-form finders built on it. */
import { withoutOverlaps } from "./paragraph-hits";
import table from "./terms.json";

export interface TermHit {
  offset: number;
  length: number;
  wrong: string;
  right: string;
  why: string;
}

interface FixedTerm {
  right: string;
  wrong: string[];
  why: string;
}

interface CountedTerm {
  right: string;
  tail: string;
  before: string[];
  after: string[];
  /** Whether quote marks alone show the fixed formulation is meant (not for 四位一体, a common local name). */
  quoted: boolean;
  why: string;
}

const fixed: FixedTerm[] = table.fixed;
const counted: CountedTerm[] = table.counted;
/** Assembled from parts so the data file stays a table of short pieces. */
export const THOUGHT_FULL = table.thought.parts.join("");
const thoughtStem = THOUGHT_FULL.slice(0, -2);

const NUMERALS = "一二两三四五六七八九十";

function findFixed(text: string, hits: TermHit[]): void {
  for (const term of fixed) {
    for (const wrong of term.wrong) {
      for (let i = text.indexOf(wrong); i >= 0; i = text.indexOf(wrong, i + wrong.length)) {
        hits.push({ offset: i, length: wrong.length, wrong, right: term.right, why: term.why });
      }
    }
  }
}

/** "增强“三个意识”": a wrong count, only where quotes or the usual verb show the fixed formulation is meant. */
function findCounted(text: string, hits: TermHit[]): void {
  for (const term of counted) {
    const re = new RegExp(`[${NUMERALS}]${term.tail}`, "g");
    for (const m of text.matchAll(re)) {
      const found = m[0];
      const at = m.index ?? 0;
      if (found === term.right) continue;
      const before = text.slice(Math.max(0, at - 6), at);
      const after = text.slice(at + found.length);
      const quoted = term.quoted && before.endsWith("“") && after.startsWith("”");
      const bare = before.replace(/[“"]$/, "");
      const cued =
        term.before.some((verb) => bare.endsWith(verb)) ||
        term.after.some((cue) => after.replace(/^[”"]/, "").startsWith(cue));
      if (!quoted && !cued) continue;
      hits.push({ offset: at, length: found.length, wrong: found, right: term.right, why: term.why });
    }
  }
}

/** 十九大六中全会 → 十九届六中全会, for any congress and plenum numerals. */
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
  findCounted(text, hits);
  findPlenary(text, hits);
  findThought(text, hits);
  return withoutOverlaps(hits);
}
