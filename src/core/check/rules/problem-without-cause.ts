/**
 * problem-without-cause: no cause explains the problem (names the closest candidate and why it was not
 * enough).
 *
 * Causes explain problems and measures answer them, many to many: one broad cause may explain several
 * problems. A link is made from shared content words (rarer words weigh more, the genre's boilerplate is
 * ignored), shared themes (a problem inherits its aspect's theme), explicit references (针对问题3,
 * 对应第（二）方面) and, weakly, order. The message names the problem, says what is missing, and names the
 * closest candidate and why it was not enough; confirm a link in the pane when the tool missed it.
 *
 * Why: every problem needs a cause and a measure: it is the first thing reviewers check, and a problem nobody
 * explains was listed without being thought through.
 *
 * WRONG: 5.勤俭节约意识淡化。比如聚餐时常点得过多。 — and no cause speaks of 节约, 享乐 or 艰苦奋斗
 * RIGHT: （三）艰苦奋斗的意识有所淡化，觉得生活条件好了，多点几个菜、浪费一点无关紧要。
 */
import { missingLinkFindings } from "../match/explain";
import type { Rule } from "../../types";

export const problemWithoutCauseRule: Rule = {
  id: "problem-without-cause",
  name: "问题缺少原因剖析",
  category: "correspondence",
  severity: "warning",
  check: (ctx) => missingLinkFindings(ctx, "cause"),
};
