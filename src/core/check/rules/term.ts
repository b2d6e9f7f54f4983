/**
 * term: wrong forms of fixed political terms.
 *
 * Plenary sessions are named after the Central Committee in Chinese numerals (X届X中全会 for any numerals;
 * 20届4中全会 → 二十届四中全会), the guiding thought's name must be complete, sets with a fixed order keep it
 * (政治判断力、政治领悟力、政治执行力; 不敢腐、不能腐、不想腐; 学纪、知纪、明纪、守纪; 学思想、强党性、重实践、建新功),
 * a five-year plan's short name is quoted (“十五五”), and known wrong variants are replaced (以习近平同志为核心的
 * 党中央, 三会两课, 中央八条规定, 奢糜, 担当做为, 再接再励, 以身做则, 按步就班, 浅尝则止, 马克思主义中国化时代化 …).
 *
 * A count next to a fixed one (三个意识 for 四个意识, 五个自信, 三个维护 …) is a warning without a fix, only where
 * quotes or the usual verb show the fixed formulation may be meant, and nothing when the text goes on to list
 * its own items (树牢“三个意识”：服务意识、责任意识、创新意识) or the count is no neighbour of the fixed one
 * (两个意识). 习总书记 → 习近平总书记 is a warning with a fix. 三个代表, 三个务必 (since the 20th Congress) and
 * local “四位一体” mechanisms are left alone.
 *
 * Why: political wording is exact; proofreaders check terms before anything else, and a wrong plenary name or
 * count is the first thing a reviewer marks.
 *
 * WRONG: 我对二十大三中全会精神学得不深，提高政治领悟力、政治判断力、政治执行力还停留在口头上。
 * RIGHT: 我对二十届三中全会精神学得不深，提高政治判断力、政治领悟力、政治执行力还停留在口头上。
 */
import type { Rule, RuleContext, RuleFinding } from "../../types";
import { paragraphFindings } from "../detectors/paragraph-hits";
import { findTermErrors, type TermHit } from "../detectors/term-errors";

export const termRule: Rule = {
  id: "term",
  name: "政治术语规范",
  category: "wording",
  severity: "error",
  minorSeverity: "warning",
  check,
};

function check({ outline }: RuleContext): RuleFinding[] {
  return paragraphFindings(outline, findTermErrors, (hit, index) => ({
    message: message(index, hit),
    // A count that may be the writer's own set, and a form no source rules out, are only suspected slips.
    ...(hit.suspect ? { severity: termRule.minorSeverity } : {}),
    ...(hit.suspect === "count" ? {} : { fix: { replacement: hit.right } }),
  }));
}

function message(index: number, hit: TermHit): string {
  const where = `第${index + 1}段“${hit.wrong}”`;
  if (hit.suspect === "count")
    return (
      `${where}可能是“${hit.right}”之误（${hit.why}）。如指这一固定提法，请改为“${hit.right}”；` +
      `如是自己归纳的几项，请在后面写明是哪几项（如“：……、……”）。`
    );
  return `${where}是不规范的提法，应为“${hit.right}”（${hit.why}）。请改为“${hit.right}”。`;
}
