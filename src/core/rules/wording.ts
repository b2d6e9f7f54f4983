import type { Rule } from "../types";
import { termRule } from "./term";
import { repeatedTextRule } from "./repeated-text";
import { placeholderRule } from "./placeholder";
import { punctuationRule } from "./punctuation";

/** The wording rules, one module each. */
export const wordingRules: Rule[] = [termRule, repeatedTextRule, placeholderRule, punctuationRule];
