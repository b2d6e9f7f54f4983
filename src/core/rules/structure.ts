import type { Rule } from "../types";

/** The structure rules, one module each. */
export const structureRules: Rule[] = [];
