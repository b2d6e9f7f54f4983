import type { Rule } from "../../types";
import { problemWithoutCause } from "./problem-without-cause";
import { problemWithoutMeasure } from "./problem-without-measure";
import { uncertainLink } from "./uncertain-link";
import { unlinkedItem } from "./unlinked-item";

/** The correspondence rules, one module each. */
export const correspondenceRules: Rule[] = [
  problemWithoutCause,
  problemWithoutMeasure,
  uncertainLink,
  unlinkedItem,
];
