/**
 * disguised-praise: a problem that is praise in disguise (工作太投入、对家人照顾不够; 要求过严).
 *
 * A problem that is really a virtue: 工作太投入……对家人照顾不够, 要求过严/标准太高, (过于)追求完美, 太较真,
 * 经常加班加点, 带病工作. Span = the phrase.
 *
 * Why: reviewers call it 避重就轻: the writer praises himself instead of naming a real shortcoming.
 *
 * WRONG: 3.工作太投入，对家人照顾得太少。常常加班到深夜，周末也很少陪孩子。
 * RIGHT: 3.调研不深入。今年到社区走访只有两次，居民反映的停车难问题至今没有推动解决。
 */
import type { Rule, RuleContext, RuleFinding } from "../../types";
import cues from "../detectors/cues.json";
import { matchFindings, patternMatches, type ItemMatch } from "../detectors/item-text";
import { itemLabel } from "../item-label";

export const disguisedPraiseRule: Rule = {
  id: "disguised-praise",
  name: "以表扬代替问题",
  category: "wording",
  severity: "info",
  check,
};

const disguised = cues.disguisedPraise.map((source) => new RegExp(source, "g"));

function check({ outline }: RuleContext): RuleFinding[] {
  return matchFindings(
    outline,
    outline.problems,
    findDisguised,
    (problem, found) =>
      `${itemLabel(problem)}的“${found}”实际上是在表扬自己，审核时会被认为避重就轻。` +
      `请换成真正存在的不足，写清具体表现和造成的影响。`,
  );
}

/** One match per phrase: the patterns overlap (工作太投入，对家人照顾不够 holds 对家人照顾不够). */
function findDisguised(text: string): ItemMatch[] {
  const spans = patternMatches(disguised, text).sort(
    (a, b) => a.offset - b.offset || b.text.length - a.text.length,
  );
  const kept: ItemMatch[] = [];
  for (const span of spans) {
    const last = kept.at(-1);
    if (!last || span.offset >= last.offset + last.text.length) kept.push(span);
  }
  return kept;
}
