import type { Rule, RuleFinding } from "../../types";
import cues from "../detectors/cues.json";
import { itemPieces } from "../detectors/item-text";
import { itemLabel } from "../item-label";

const disguised = cues.disguisedPraise.map((source) => new RegExp(source, "g"));

/** A problem that is praise in disguise (工作太投入、对家人照顾不够; 要求过严; 过于追求完美): 避重就轻. */
export const disguisedPraiseRule: Rule = {
  id: "disguised-praise",
  category: "wording",
  severity: "info",
  name: "以表扬代替问题",
  check({ outline }) {
    const findings: RuleFinding[] = [];
    for (const problem of outline.problems) {
      for (const piece of itemPieces(outline, problem)) {
        // One finding per phrase: the patterns overlap (工作太投入，对家人照顾不够 holds 对家人照顾不够).
        const spans = disguised
          .flatMap((re) => [...piece.text.matchAll(re)].map((m) => ({ at: m.index ?? 0, text: m[0] })))
          .sort((a, b) => a.at - b.at || b.text.length - a.text.length);
        let end = -1;
        for (const span of spans) {
          if (span.at < end) continue;
          end = span.at + span.text.length;
          findings.push({
            paragraph: piece.paragraph,
            ...(piece.offset >= 0 ? { offset: piece.offset + span.at, length: span.text.length } : {}),
            items: [problem.id],
            message:
              `${itemLabel(problem)}的“${span.text}”实际上是在表扬自己，审核时会被认为避重就轻。` +
              `请换成真正存在的不足，写清具体表现和造成的影响。`,
          });
        }
      }
    }
    return findings;
  },
};
