import { uncertainLinkFindings } from "../match/explain";
import type { Rule } from "../../types";

/**
 * A problem whose closest cause or measure has some evidence, not enough to link: not a warning, a question
 * for the writer (confirm the link in one click, or add what is missing).
 */
export const uncertainLink: Rule = {
  id: "uncertain-link",
  category: "correspondence",
  severity: "info",
  name: "问题与原因或措施的对应待确认",
  check: uncertainLinkFindings,
};
