/**
 * A cause or measure that says it speaks for every problem: 上述问题的根源在于… / 针对以上问题… /
 * 前面查摆的问题，归根结底… Only such wording (or being the only item of its part) makes an item broad:
 * lofty words (理想信念, 总开关) are a theme, not a claim to explain everything.
 */
import type { Item, Outline } from "../../types";
import { findReferences } from "./references";

const ANAPHOR = "(?:上述|以上|前述|前面|上面|这些|以上这些|上述这些)";
const FILLER =
  "(?:(?:所)?(?:查摆|查找|列举|提到|剖析|讲到|列出)(?:出)?的|几个|几方面|各方面|各项|种种|诸多|所有|这些|的)?";
const BROAD = new RegExp(`${ANAPHOR}${FILLER}(?:问题|不足|差距|短板)`, "u");
/** The wording must come early: a claim made in passing at the end of a long item is no claim. */
const LEAD_MARGIN = 80;

export function broadWording(item: Item): string | null {
  const lead = item.text.slice(0, item.title.length + LEAD_MARGIN);
  const match = BROAD.exec(lead);
  // 针对上述第3个问题 names one problem: a reference, not a claim to cover them all.
  if (!match || findReferences(item.text).length > 0) return null;
  return match[0];
}

/** Why a cause or measure speaks for every problem: its wording, or being the only item of its part. */
export function broadClaim(item: Item, outline: Outline): string | null {
  if (item.kind === "problem") return null;
  const siblings = item.kind === "cause" ? outline.causes : outline.measures;
  return siblings.length === 1 && outline.problems.length > 1
    ? `唯一的${item.kind === "cause" ? "原因" : "措施"}，概括全部问题`
    : broadWording(item);
}
