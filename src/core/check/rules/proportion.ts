/**
 * proportion: problems and cause analysis under half the text, or a personal report under 3,000 characters.
 *
 * A team report is not held to the length (its kind read as `third-person` reads it). Nothing is measured
 * while the text still has unfilled 【…】 slots.
 *
 * Why: a report that is mostly pledges has not looked at itself; reviewers expect the problems and their
 * analysis to be the bulk of it.
 *
 * WRONG: a personal report of 1,800 characters, two thirds of it measures
 * RIGHT: 3,000 characters or more, problems and their analysis at least half
 */
import { countChars, firstContent } from "../../outline/queries";
import { reportKind } from "../detectors/report-kind";
import type { Rule, RuleContext, RuleFinding } from "../../types";
import { hasSlots } from "../detectors/placeholders";

export const proportionRule: Rule = {
  id: "proportion",
  name: "篇幅和比例",
  category: "structure",
  severity: "info",
  check,
};

function check(ctx: RuleContext): RuleFinding[] {
  const { outline } = ctx;
  const first = firstContent(outline);
  // An unfinished draft (slots still open) is not yet measured: its length says nothing.
  if (first < 0 || outline.paragraphs.some((p) => hasSlots(p.text))) return [];
  const found: RuleFinding[] = [];
  const sizes = outline.paragraphs.map((p) => countChars(p.text));
  const total = sizes.reduce((a, b) => a + b, 0);
  const analysed = outline.parts
    .filter((p) => p.role === "problems" || p.role === "causes")
    .reduce((sum, part) => sum + sizes.slice(part.start, part.end).reduce((a, b) => a + b, 0), 0);
  const problems = outline.parts.find((p) => p.role === "problems");
  if (problems && analysed < total * MIN_SHARE) {
    const share = Math.round((analysed / total) * 100);
    found.push({
      paragraph: problems.paragraph,
      message: `查摆问题和原因剖析只占全文的${share}%（${analysed}/${total}字），审核时一般要求占一半以上。请充实问题的具体表现（事例、数据）和原因剖析，精简其他部分的套话。`,
    });
  }
  if (reportKind(ctx) === "personal" && total < MIN_PERSONAL_CHARS) {
    found.push({
      paragraph: outline.title?.paragraph ?? first,
      message: `全文只有${total}字，个人对照检查材料一般在${MIN_PERSONAL_CHARS}字以上。请给每个问题补上具体事例和数据，把原因剖析写深、把整改措施写实。`,
    });
  }
  return found;
}

/** Reviewers expect problems and their analysis to be at least half of the text. */
const MIN_SHARE = 0.5;
/** A personal report is usually longer than this many characters. */
const MIN_PERSONAL_CHARS = 3000;
