/**
 * term: wrong forms of fixed political terms.
 *
 * Plenary sessions are named after the Central Committee (X届X中全会, for any numerals), the guiding
 * thought's name must be complete, fixed numbered formulations keep their count (四个意识, 四个自信,
 * 两个确立, 两个维护, 四个全面, 五位一体; a count is corrected only where quotes or the usual verb show the
 * fixed formulation is meant), and known wrong variants are replaced (三会两课, 中央八条规定, 奢糜之风 …).
 * 三个代表, 三个务必 (since the 20th Congress) and local “四位一体” mechanisms are left alone.
 *
 * Why: political wording is exact; proofreaders check terms before anything else, and a wrong plenary name or
 * count is the first thing a reviewer marks.
 *
 * WRONG: 我对二十大三中全会精神学得不深，增强“三个意识”还停留在口头上。
 * RIGHT: 我对二十届三中全会精神学得不深，增强“四个意识”还停留在口头上。
 */
import type { Rule, RuleContext, RuleFinding } from "../../types";
import { paragraphFindings } from "../detectors/paragraph-hits";
import { findTermErrors } from "../detectors/term-errors";

export const termRule: Rule = {
  id: "term",
  name: "政治术语规范",
  category: "wording",
  severity: "error",
  check,
};

function check({ outline }: RuleContext): RuleFinding[] {
  return paragraphFindings(outline, findTermErrors, (hit, index) => ({
    message: `第${index + 1}段“${hit.wrong}”是不规范的提法，应为“${hit.right}”（${hit.why}）。请改为“${hit.right}”。`,
    fix: { replacement: hit.right },
  }));
}
