/** What a report template is: the meeting, its prescribed aspects and the parts the notice asks for. */

export type MeetingKind = "组织生活会" | "民主生活会";

/** A personal report or one written for the team (班子) as a whole. */
export type Variant = "personal" | "team";

export interface Template {
  /** Stable id, kept in the document's settings ("2025-democratic-life"). */
  id: string;
  /** Shown in the picker ("2025年度民主生活会（五个带头）"). */
  label: string;
  /** The year the meeting reviews; the title starts with it. */
  year: number;
  meeting: MeetingKind;
  /** The meeting as the title names it after the year: "年度民主生活会", "年主题教育专题民主生活会". */
  titleMeeting: string;
  /** Aspect names as level-2 headings use them, without the trailing 方面 ("政治信仰"). */
  aspects: string[];
  /** Aspects some notices add to the list; the pane may offer them (2021 党史学习教育). */
  extraAspects?: string[];
  /** The notice asks for a part analysing a negative example case (反面典型案例剖析). */
  caseStudy: boolean;
  /** The notice asks how last year's problems were rectified (上年度整改情况). */
  priorYear: boolean;
  variants: Variant[];
  /** True for a template the user made or edited. */
  custom?: boolean;
}
