import type { Rule } from "../../types";
import { problemWithoutCause } from "./problem-without-cause";
import { problemWithoutMeasure } from "./problem-without-measure";
import { unlinkedItem } from "./unlinked-item";
import { priorMeasuresUnreported } from "./prior-measures-unreported";

/** The correspondence rules, one module each. */
export const correspondenceRules: Rule[] = [
  problemWithoutCause,
  problemWithoutMeasure,
  unlinkedItem,
  priorMeasuresUnreported,
];
