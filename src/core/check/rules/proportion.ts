import { PROPORTION, writerKind, type MeetingKind, type WriterKind } from "../../compose/templates";
import { countChars, firstContent, isTeamReport } from "../../outline/queries";
import type { Outline, Rule, RuleFinding } from "../../types";
import { hasSlots } from "../detectors/placeholders";

const WRITER: Record<WriterKind, string> = {
  member: "党员个人的组织生活会材料",
  leader: "领导干部个人的民主生活会材料",
  team: "领导班子的对照检查材料",
  branch: "支部班子的对照检查材料",
};

/** The meeting the report is for: the chosen template says so, else the title; organization life by default. */
function meetingOf(outline: Outline, chosen?: MeetingKind): MeetingKind {
  if (chosen) return chosen;
  return /民主生活会/.test(outline.title?.text ?? "") ? "民主生活会" : "组织生活会";
}

const percent = (share: number) =>
  share === 0.5 ? "一半" : share === 0.75 ? "四分之三" : `${Math.round(share * 100)}%`;

/**
 * Problems and their analysis are the bulk of a report, and a personal one has some length; how much depends on
 * the meeting and the writer (thresholds and their sources are template data: compose/templates/proportion.json).
 */
export const proportion: Rule = {
  id: "proportion",
  category: "structure",
  severity: "info",
  name: "篇幅和比例",
  check({ outline, options }): RuleFinding[] {
    const first = firstContent(outline);
    // An unfinished draft (slots still open) is not yet measured: its length says nothing.
    if (first < 0 || outline.paragraphs.some((p) => hasSlots(p.text))) return [];
    const kind = isTeamReport(outline, options.expect?.kind) ? "team" : "personal";
    const writer = writerKind(meetingOf(outline, options.expect?.meeting), kind);
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
          `查摆问题和原因剖析只占全文的${share}%（${analysed}/${total}字），${WRITER[writer]}一般要求占${percent(minShare)}以上` +
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
  },
};
