import type { Rule } from "../types";

/** The correspondence rules, one module each. */
export const correspondenceRules: Rule[] = [];
