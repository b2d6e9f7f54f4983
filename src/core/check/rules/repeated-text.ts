import type { Rule, RuleFinding } from "../../types";
import { findDoublings } from "../detectors/doubling";

/** Accidental doubling of a word or phrase (全会全会, 的的); deliberate reduplication is whitelisted. */
export const repeatedTextRule: Rule = {
  id: "repeated-text",
  category: "wording",
  severity: "warning",
  name: "重复字词",
  check({ outline }) {
    const findings: RuleFinding[] = [];
    outline.paragraphs.forEach((paragraph, index) => {
      for (const d of findDoublings(paragraph.text)) {
        const doubled = paragraph.text.slice(d.offset, d.offset + d.length);
        findings.push({
          paragraph: index,
          offset: d.offset,
          length: d.length,
          message: `第${index + 1}段“${doubled}”把“${d.unit}”连写了两遍，疑为误重复。请删去多余的“${d.unit}”。`,
          fix: { replacement: d.unit },
        });
      }
    });
    return findings;
  },
};
