/** Personal or team (班子) report: one answer that every rule shares. */
import { UNIT_SIGNATURE } from "../../outline/keywords";
import type { Outline, RuleContext } from "../../types";
import cues from "./cues.json";
import { headParagraphs } from "./item-text";

export type ReportKind = "personal" | "team";

const TEAM = new RegExp(cues.teamMarkers);

/**
 * The chosen template decides; else the title (个人 → personal, 班子 → team); else a body as the signature
 * (××领导班子, ××党支部) or 班子 in the opening make it a team report.
 */
export function reportKind({ outline, options }: Pick<RuleContext, "outline" | "options">): ReportKind {
  const chosen = options.expect?.kind;
  if (chosen) return chosen;
  const title = outline.title ? (outline.paragraphs[outline.title.paragraph]?.text ?? "") : "";
  if (/个人/.test(title)) return "personal";
  if (TEAM.test(title) || UNIT_SIGNATURE.test(outline.signature?.text.trim() ?? "")) return "team";
  return TEAM.test(headText(outline)) ? "team" : "personal";
}

function headText(outline: Outline): string {
  return headParagraphs(outline)
    .map((i) => outline.paragraphs[i]?.text ?? "")
    .join("\n");
}
