/**
 * repeated-text: a word or phrase written twice by accident.
 *
 * Adjacent copies of the same word (checked on Intl.Segmenter word boundaries, so 的的确确 or 于是是否 do not
 * fire). A whitelist keeps deliberate reduplication: 看一看, 方方面面, 红红脸、出出汗, 一个一个, AABB forms,
 * 党组织组织生活会, and ABAB verbs after a lead word (要再研究研究). Without a segmenter (old webviews) only
 * doubled phrases of two or more characters are flagged. Fix: the single form.
 *
 * Why: a doubled word is the commonest slip that editing leaves behind, and in a report on one's own conduct
 * it reads as carelessness.
 *
 * WRONG: 没有把进一步进一步改进作风落到实处。
 * RIGHT: 没有把进一步改进作风落到实处。
 */
import type { Rule, RuleContext, RuleFinding } from "../../types";
import { findDoublings } from "../detectors/doubling";
import { paragraphFindings } from "../detectors/paragraph-hits";

export const repeatedTextRule: Rule = {
  id: "repeated-text",
  name: "重复字词",
  category: "wording",
  severity: "warning",
  check,
};

function check({ outline }: RuleContext): RuleFinding[] {
  return paragraphFindings(outline, findDoublings, (d, index, text) => {
    const doubled = text.slice(d.offset, d.offset + d.length);
    return {
      message: `第${index + 1}段“${doubled}”把“${d.unit}”连写了两遍，疑为误重复。请删去多余的“${d.unit}”。`,
      fix: { replacement: d.unit },
    };
  });
}
