import type { Rule } from "../../types";
import { structureRules } from "./structure-rules";
import { correspondenceRules } from "./correspondence-rules";
import { wordingRules } from "./wording-rules";

/** Every rule the check runs, in the order the pane lists them. */
export const allRules: Rule[] = [...structureRules, ...correspondenceRules, ...wordingRules];

export function findRule(id: string): Rule | undefined {
  return allRules.find((rule) => rule.id === id);
}
