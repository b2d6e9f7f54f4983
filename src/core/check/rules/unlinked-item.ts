/**
 * unlinked-item: a cause or measure that answers no problem.
 *
 * Why: a measure with no problem behind it is boilerplate, or answers a problem the writer forgot to list.
 *
 * WRONG: （四）加强保密学习。 — when no problem is about 保密
 * RIGHT: drop it, or add the problem it answers under the right aspect
 */
import { unlinkedItemFindings } from "../match/explain";
import type { Rule } from "../../types";

export const unlinkedItemRule: Rule = {
  id: "unlinked-item",
  name: "原因或措施未对应问题",
  category: "correspondence",
  severity: "info",
  check: unlinkedItemFindings,
};
