import type { Rule } from "../../types";
import cues from "../detectors/cues.json";
import { headParagraphs } from "../detectors/item-text";

const priorYear = new RegExp(cues.priorYear);

/** When the notice asks for it, last year's rectification must be reported before the problems. */
export const priorYearRule: Rule = {
  id: "prior-year",
  category: "wording",
  severity: "info",
  name: "上年度整改情况",
  check({ outline, options }) {
    if (options.expect?.priorYear !== true) return [];
    const where = new Set(headParagraphs(outline));
    for (const part of outline.parts) {
      if (part.role !== "other") continue;
      for (let i = part.start; i < part.end; i++) where.add(i);
    }
    for (const i of where) if (priorYear.test(outline.paragraphs[i]?.text ?? "")) return [];
    const anchor = outline.opening?.start ?? outline.title?.paragraph ?? outline.parts[0]?.paragraph ?? 0;
    return [
      {
        paragraph: anchor,
        message:
          "本次要求报告上年度查摆问题的整改情况，但材料在查摆问题之前没有交代。" +
          "请在开头或“一、”之前补写一段“上年度问题整改落实情况”，逐条说明去年的问题整改了什么、效果如何、还有哪些没有改到位。",
      },
    ];
  },
};
