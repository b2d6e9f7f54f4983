import { missingLinkFindings } from "../match/explain";
import type { Rule } from "../../types";

/** Every problem needs a cause that explains it (DOMAIN.md, what reviewers check, point 1). */
export const problemWithoutCause: Rule = {
  id: "problem-without-cause",
  category: "correspondence",
  severity: "warning",
  name: "问题缺少原因剖析",
  check: (ctx) => missingLinkFindings(ctx, "cause"),
};
