import type { Rule } from "../../types";
import { termRule } from "./term";
import { repeatedTextRule } from "./repeated-text";
import { placeholderRule } from "./placeholder";
import { punctuationRule } from "./punctuation";
import { vagueMeasureRule } from "./vague-measure";
import { thirdPersonRule } from "./third-person";
import { praiseThenCriticismRule } from "./praise-then-criticism";
import { genericProblemRule } from "./generic-problem";
import { aspectCoverageRule } from "./aspect-coverage";
import { priorYearRule } from "./prior-year";
import { objectiveCausesRule } from "./objective-causes";
import { disguisedPraiseRule } from "./disguised-praise";

/** The wording rules, one module each. */
export const wordingRules: Rule[] = [
  termRule,
  repeatedTextRule,
  placeholderRule,
  punctuationRule,
  aspectCoverageRule,
  thirdPersonRule,
  genericProblemRule,
  praiseThenCriticismRule,
  disguisedPraiseRule,
  objectiveCausesRule,
  vagueMeasureRule,
  priorYearRule,
];
