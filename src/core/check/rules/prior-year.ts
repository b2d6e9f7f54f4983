/**
 * prior-year: last year's rectification not reported (only when the template asks for it).
 *
 * Only when `options.expect.priorYear` is true: nothing before the problems part (or in an 基本情况-type
 * part) mentions last year's rectification (上年度/上一年度/去年…整改, or a named earlier year: 2025年度……查摆的
 * 问题……已整改, the year before the title's).
 *
 * Why: when the notice asks for it, the meeting first reviews whether last year's problems were fixed; a
 * report silent on them skips that step.
 *
 * WRONG: the report opens directly with 一、存在的问题.
 * RIGHT: 上年度查摆的5个问题已整改到位4个，作业批改不及时的问题仍在整改，计划寒假前完成。
 * RIGHT: 2025年度组织生活会上我查摆的4个问题，已整改3个。
 */
import type { Rule, RuleContext, RuleFinding } from "../../types";
import cues from "../detectors/cues.json";
import { headParagraphs } from "../detectors/item-text";

export const priorYearRule: Rule = {
  id: "prior-year",
  name: "上年度整改情况",
  category: "wording",
  severity: "info",
  check,
};

function check({ outline, options }: RuleContext): RuleFinding[] {
  if (options.expect?.priorYear !== true) return [];
  const year = /((?:19|20)\d\d)年/.exec(outline.title?.text ?? outline.date?.text ?? "")?.[1];
  const ownYear = year ? Number(year) : null;
  const where = new Set(headParagraphs(outline));
  for (const part of outline.parts) {
    if (part.role !== "other") continue;
    for (let i = part.start; i < part.end; i++) where.add(i);
  }
  for (const i of where) if (reportsPriorYear(outline.paragraphs[i]?.text ?? "", ownYear)) return [];
  const anchor = outline.opening?.start ?? outline.title?.paragraph ?? outline.parts[0]?.paragraph ?? 0;
  return [
    {
      paragraph: anchor,
      message:
        "本次要求报告上年度查摆问题的整改情况，但材料在查摆问题之前没有交代。" +
        "请在开头或“一、”之前补写一段“上年度问题整改落实情况”，逐条说明去年的问题整改了什么、效果如何、还有哪些没有改到位。",
    },
  ];
}

const priorYear = new RegExp(cues.priorYear);
const dated = new RegExp(cues.priorYearDated, "g");

/**
 * Whether a paragraph reports last year's rectification: 上年度/去年……整改, or a named year's problems said
 * to be rectified (2025年度……查摆的问题……已整改) when that year comes before the report's own.
 */
function reportsPriorYear(text: string, ownYear: number | null): boolean {
  if (priorYear.test(text)) return true;
  return [...text.matchAll(dated)].some((m) => ownYear === null || Number(m[1]) < ownYear);
}
