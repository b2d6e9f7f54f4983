/**
 * proportion: problems and cause analysis under half the text, or a personal report under the writer's length.
 *
 * The thresholds are template data (`src/core/compose/templates/proportion.json`), one per writer: a member's
 * 组织生活会 report (2,000 characters), a leader's 民主生活会 report (3,000), a 领导班子 or 支部班子 report (no
 * floor); problems and their analysis at least half for all. The meeting comes from the chosen template
 * (`options.expect.meeting`), else the title; the kind is read as `third-person` reads it; the message names
 * the basis. Nothing is measured while the text still has unfilled 【…】 slots.
 *
 * Why: a report that is mostly pledges has not looked at itself; reviewers expect the problems and their
 * analysis to be the bulk of it, and a leader's report to go deeper than a member's.
 *
 * WRONG: a leader's 民主生活会 report of 1,800 characters, two thirds of it measures
 * RIGHT: 3,000 characters or more, problems and their analysis at least half (a member's 组织生活会 report: 2,000)
 */
import { PROPORTION, writerKind, type MeetingKind, type WriterKind } from "../../compose/templates";
import { countChars, firstContent } from "../../outline/queries";
import { reportKind } from "../detectors/report-kind";
import type { Outline, Rule, RuleContext, RuleFinding } from "../../types";
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
  const writer = writerKind(meetingOf(outline, ctx.options.expect?.meeting), reportKind(ctx));
  const { minShare, minChars, source } = PROPORTION[writer];
  const found: RuleFinding[] = [];
  const sizes = outline.paragraphs.map((p) => countChars(p.text));
  const total = sizes.reduce((a, b) => a + b, 0);
  const analysed = outline.parts
    .filter((p) => p.role === "problems" || p.role === "causes")
    .reduce((sum, part) => sum + sizes.slice(part.start, part.end).reduce((a, b) => a + b, 0), 0);
  const problems = outline.parts.find((p) => p.role === "problems");
  if (problems && analysed < total * minShare) {
    const share = Math.round((analysed / total) * 100);
    found.push({
      paragraph: problems.paragraph,
      message:
        `查摆问题和原因剖析只占全文的${share}%（${analysed}/${total}字），审核时一般要求占${percent(minShare)}以上` +
        `（依据：${source}）。请充实问题的具体表现（事例、数据）和原因剖析，精简其他部分的套话。`,
    });
  }
  if (minChars > 0 && total < minChars) {
    found.push({
      paragraph: outline.title?.paragraph ?? first,
      message:
        `全文只有${total}字，${WRITER[writer]}一般在${minChars}字以上（依据：${source}）。` +
        `请给每个问题补上具体事例和数据，把原因剖析写深、把整改措施写实。`,
    });
  }
  return found;
}

const WRITER: Record<WriterKind, string> = {
  member: "组织生活会的党员个人对照检查材料",
  leader: "民主生活会的领导干部个人对照检查材料",
  team: "领导班子对照检查材料",
  branch: "支部班子对照检查材料",
};

/** The meeting the report is for: the chosen template says so, else the title; organization life by default. */
function meetingOf(outline: Outline, chosen?: MeetingKind): MeetingKind {
  if (chosen) return chosen;
  return /民主生活会/.test(outline.title?.text ?? "") ? "民主生活会" : "组织生活会";
}

function percent(share: number): string {
  return share === 0.5 ? "一半" : share === 0.75 ? "四分之三" : `${Math.round(share * 100)}%`;
}
