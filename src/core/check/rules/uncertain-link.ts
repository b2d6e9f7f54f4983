/**
 * uncertain-link: the closest cause or measure has some evidence, not enough to link: named, with 确认对应 one
 * click away.
 *
 * The third verdict between linked and missing (see `problem-without-cause`): no link, but a target shares words
 * or a theme with the problem. The finding names the closest one and what it shares; in the 检查 tab the card
 * offers 确认对应, which stores the link as the writer's decision (it travels with the document).
 *
 * Why: a warning where the writer did answer the problem in other words teaches them to ignore warnings; a
 * question with the likely answer ready costs one click.
 *
 * WRONG: 3.遇到难题有畏难情绪。 with only （二）担当精神弱化。 near it, and nothing saying that it explains it
 * RIGHT: confirm the link, or write the cause so that it names the matter (对加装电梯这类矛盾多的工作怕得罪人…)
 */
import { uncertainLinkFindings } from "../match/explain";
import type { Rule } from "../../types";

export const uncertainLinkRule: Rule = {
  id: "uncertain-link",
  name: "问题与原因或措施的对应待确认",
  category: "correspondence",
  severity: "info",
  check: uncertainLinkFindings,
};
