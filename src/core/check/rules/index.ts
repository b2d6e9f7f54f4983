/**
 * The rule registry: every rule the check runs, grouped by the category the pane shows, in the order the
 * pane and the README list them. A rule is one file here named after its id, starting with its header
 * (README, Rules: "Adding a rule"), exporting `<camelCaseId>Rule`, plus one line below.
 */
import type { Category, Rule } from "../../types";
import { aspectCountRule } from "./aspect-count";
import { aspectCoverageRule } from "./aspect-coverage";
import { copiedFromLastYearRule } from "./copied-from-last-year";
import { disguisedPraiseRule } from "./disguised-praise";
import { genericProblemRule } from "./generic-problem";
import { gluedStructureRule } from "./glued-structure";
import { missingPartRule } from "./missing-part";
import { missingSignatureRule } from "./missing-signature";
import { missingTitleRule } from "./missing-title";
import { numberingRule } from "./numbering";
import { objectiveCausesRule } from "./objective-causes";
import { placeholderRule } from "./placeholder";
import { praiseThenCriticismRule } from "./praise-then-criticism";
import { priorMeasuresUnreportedRule } from "./prior-measures-unreported";
import { priorYearRule } from "./prior-year";
import { problemWithoutCauseRule } from "./problem-without-cause";
import { problemWithoutMeasureRule } from "./problem-without-measure";
import { proportionRule } from "./proportion";
import { punctuationRule } from "./punctuation";
import { repeatedTextRule } from "./repeated-text";
import { termRule } from "./term";
import { thirdPersonRule } from "./third-person";
import { uneditedSnippetRule } from "./unedited-snippet";
import { uncertainLinkRule } from "./uncertain-link";
import { unlinkedItemRule } from "./unlinked-item";
import { vagueMeasureRule } from "./vague-measure";

export const RULES: Readonly<Record<Category, readonly Rule[]>> = {
  structure: [
    missingPartRule,
    gluedStructureRule,
    aspectCountRule,
    missingTitleRule,
    missingSignatureRule,
    proportionRule,
  ],
  format: [numberingRule, punctuationRule],
  correspondence: [
    problemWithoutCauseRule,
    problemWithoutMeasureRule,
    uncertainLinkRule,
    unlinkedItemRule,
    priorMeasuresUnreportedRule,
  ],
  wording: [
    termRule,
    repeatedTextRule,
    placeholderRule,
    aspectCoverageRule,
    thirdPersonRule,
    genericProblemRule,
    praiseThenCriticismRule,
    disguisedPraiseRule,
    objectiveCausesRule,
    vagueMeasureRule,
    priorYearRule,
    copiedFromLastYearRule,
    uneditedSnippetRule,
  ],
};

/** Every rule the check runs, in the order the pane lists them. */
export const allRules: Rule[] = Object.values(RULES).flat();

/** The rules of some categories, in registry order. */
export function rulesIn(...categories: Category[]): Rule[] {
  return categories.flatMap((category) => RULES[category]);
}

export function findRule(id: string): Rule | undefined {
  return allRules.find((rule) => rule.id === id);
}
