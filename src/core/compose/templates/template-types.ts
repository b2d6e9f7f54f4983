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
  /**
   * The notice also asks how the problems found in a study campaign were rectified; the campaign's name
   * ("深入贯彻中央八项规定精神学习教育"). The skeleton adds a slot for it after last year's rectification.
   */
  studyRectification?: string;
  variants: Variant[];
  /** The aspect list could not be confirmed from a public notice: the writer checks it against theirs. */
  verify?: boolean;
  /** The notice is not out yet: the aspects are placeholders the writer replaces from the notice. */
  provisional?: boolean;
  /** Where the aspect list comes from (a notice, or the public reports of units that followed it). */
  source?: string;
  /** True for a template the user made or edited. */
  custom?: boolean;
}

/** Who writes, as far as length and proportion go: a member, a leader, a leadership team, a branch committee. */
export type WriterKind = "member" | "leader" | "team" | "branch";

/** How long a report should be and how much of it problems and their causes should take. */
export interface ProportionThreshold {
  /** Problems plus cause analysis as a share of the whole text, at least. */
  minShare: number;
  /** Characters the whole report should reach; 0 sets no floor. */
  minChars: number;
  /** Chinese: where the numbers come from, named in the finding. */
  source: string;
  /** For us: the evidence behind the numbers and how firm it is. */
  basis: string;
}
