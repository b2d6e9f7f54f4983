import { missingLinkFindings } from "../match/explain";
import type { Rule } from "../../types";

/** Every problem needs a measure that answers it (DOMAIN.md, what reviewers check, point 1). */
export const problemWithoutMeasure: Rule = {
  id: "problem-without-measure",
  category: "correspondence",
  severity: "warning",
  name: "问题缺少整改措施",
  check: (ctx) => missingLinkFindings(ctx, "measure"),
};
