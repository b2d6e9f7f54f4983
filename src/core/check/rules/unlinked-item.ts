import { unlinkedItemFindings } from "../match/explain";
import type { Rule } from "../../types";

/** A cause or measure that answers no problem is usually boilerplate or a problem the writer forgot to list. */
export const unlinkedItem: Rule = {
  id: "unlinked-item",
  category: "correspondence",
  severity: "info",
  name: "原因或措施未对应问题",
  check: unlinkedItemFindings,
};
