/**
 * problem-without-measure: nothing in the report speaks for a measure answering the problem (likewise).
 *
 * The three verdicts are made as for `problem-without-cause`, and the message names the closest measure in the
 * same way.
 *
 * Why: a problem without a measure stays a problem: the 整改清单 made after the meeting has nothing to list
 * against it.
 *
 * WRONG: 5.勤俭节约意识淡化。比如聚餐时常点得过多。 — and no measure mentions 节约, 浪费 or the 八项规定
 * RIGHT: （四）带头厉行节约，家庭聚餐按需点菜、剩菜打包，每季度对照中央八项规定精神自查一次。
 */
import { missingLinkFindings } from "../match/explain";
import type { Rule } from "../../types";

export const problemWithoutMeasureRule: Rule = {
  id: "problem-without-measure",
  name: "问题缺少整改措施",
  category: "correspondence",
  severity: "warning",
  check: (ctx) => missingLinkFindings(ctx, "measure"),
};
