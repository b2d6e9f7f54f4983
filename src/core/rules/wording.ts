import type { Rule } from "../types";

/** The wording rules, one module each. */
export const wordingRules: Rule[] = [];
