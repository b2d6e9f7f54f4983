/**
 * The skeleton builder: a whole report frame (title, opening, parts, aspect headings, numbered slots,
 * signature, date) from a template. Slots are 【…】 so the placeholder rule flags them until filled.
 */
import { formatNumber } from "../outline/number-prefixes";
import { CASE_STUDY_HEADING, PART_HEADINGS, aspectHeading } from "./templates";
import type { ProblemNumbering } from "./renumber";
import type { Template, Variant } from "./templates";
import type { TextRole } from "./typesetting";

export type { TextRole };

export interface SkeletonBlock {
  text: string;
  role: TextRole;
  /**
   * Characters of a run-in lead (number and lead sentence) at the start of `text`, when body text follows
   * on the same line; the typesetting gives the lead its heading font. Absent for standalone lines.
   */
  lead?: number;
}

export type { ProblemNumbering };

/** Where the 反面典型案例剖析 part goes when the template asks for it. */
export type CaseStudyPlacement = "after-problems" | "after-measures";

export interface SkeletonOptions {
  variant: Variant;
  /** The year in the title; the template's year when absent. */
  year?: number;
  /** Part heading wordings (see PART_HEADINGS); the first wording of each when absent. */
  headings?: { problems?: string; causes?: string; measures?: string };
  /** Problem slots under each aspect, 1–9 (default 2). */
  problemsPerAspect?: number;
  /** Problem numbers run on across aspects (1–10) or restart under each aspect (default continuous). */
  numbering?: ProblemNumbering;
  /** Cause slots, 1–9 (default 3). */
  causes?: number;
  /** Measure slots, 1–9 (default 3). */
  measures?: number;
  /** The writer's name (personal) or the team's name (team) for the signature. */
  name?: string;
  /** The report's date, usually today. */
  date: Date;
  /** Include the 上年度整改情况 slot (default: what the template says). */
  priorYear?: boolean;
  /** Include the case study part (default: what the template says). */
  caseStudy?: boolean;
  /**
   * Default "after-problems": the case is read against one's own problems (以案为鉴) before the causes
   * are analysed, which is how most 2024–2025 notices order it. "after-measures" puts it last.
   */
  caseStudyPlacement?: CaseStudyPlacement;
}

export const SLOT = {
  noticeName: "【会议通知名称】",
  context: "【思想、学习和工作实际】",
  problem: "【用一句话概括问题】。",
  problemDetail: "【写清具体表现：什么时间、哪件事、哪些数据，见人见事见思想】。",
  cause: "【概括原因】。",
  causeDetail: "【从理想信念、党性修养、宗旨意识、纪律作风等层面深挖根源】。",
  measure: "【概括整改方向】。",
  measureDetail: "【写明具体做法和频次、时限或数量，做到可检查】。",
  priorYear:
    "上年度问题整改落实情况。【逐条说明上年度查摆问题采取了哪些整改措施、取得了什么效果、哪些还需持续用力】。",
  studyRectification: "【逐条说明学习教育中查摆的问题整改了什么、效果如何、哪些还在推进】。",
  provisional: "【本模板的检视方面是通知发布前拟定的：请按收到的通知核对修改各方面，然后删去本段】",
  verify: "【本模板的检视方面未能与公开通知逐字核对：请对照收到的通知核对各方面，然后删去本段】",
  caseFacts: "【案例名称】：【简述基本案情和主要违纪违法事实】。",
  caseMirror: "以案为鉴、对照检视：【结合自身思想和工作实际逐一对照，查找同类风险和苗头】。",
  caseLesson: "警示启示：【写出从案例中汲取的教训和打算】。",
  closing: "【表态：诚恳接受批评帮助，对照问题清单逐条抓好整改】。",
  personName: "【姓名】",
} as const;

const clamp = (value: number | undefined, fallback: number, min: number, max: number): number =>
  Math.min(max, Math.max(min, Math.round(value ?? fallback)));

/** 2025年3月5日: Arabic digits, no zero padding. */
export function formatDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}

/** Who writes: 本人, 领导班子 (democratic life), 党支部班子 (organization life). */
function subject(template: Template, variant: Variant): string {
  if (variant === "personal") return "本人";
  return template.meeting === "民主生活会" ? "领导班子" : "党支部班子";
}

export function skeletonTitle(template: Template, variant: Variant, year = template.year): string {
  const who = variant === "personal" ? "个人" : subject(template, variant);
  return `${year}${template.titleMeeting}${who}对照检查材料`;
}

/**
 * The aspects as the opening lists them: joined by 、, or by ； when a name holds its own 、 or ，
 * (带头增强党性、严守纪律、砥砺作风), which 、 alone would run together.
 */
export function aspectList(aspects: readonly string[]): string {
  return aspects.some((a) => /[、，,；;]/.test(a)) ? `${aspects.join("；")}等` : aspects.join("、");
}

/** The opening sentence announcing the aspects; its N always follows the list's length. */
export function openingSentence(template: Template, variant: Variant): string {
  const list = aspectList(template.aspects);
  const who = subject(template, variant);
  const how = variant === "personal" ? `联系${SLOT.context}` : "在广泛征求意见、深入谈心谈话的基础上";
  return (
    `根据${SLOT.noticeName}的要求，${who}${how}，对照${list}${template.aspects.length}个方面，` +
    "逐项查找差距不足，深挖问题根源，提出整改打算。具体汇报如下："
  );
}

function signature(template: Template, options: SkeletonOptions): string {
  const name = options.name?.trim();
  if (name) return name;
  if (options.variant === "personal") return SLOT.personName;
  return template.meeting === "民主生活会" ? "【单位名称】领导班子" : "【支部名称】党支部";
}

function item(number: string, lead: string, detail: string, role: TextRole): SkeletonBlock {
  return { text: number + lead + detail, role, lead: number.length + lead.length };
}

export function buildSkeleton(template: Template, options: SkeletonOptions): SkeletonBlock[] {
  const perAspect = clamp(options.problemsPerAspect, 2, 1, 9);
  const causes = clamp(options.causes, 3, 1, 9);
  const measures = clamp(options.measures, 3, 1, 9);
  const continuous = (options.numbering ?? "continuous") === "continuous";
  const withCase = options.caseStudy ?? template.caseStudy;
  const caseLast = options.caseStudyPlacement === "after-measures";

  const blocks: SkeletonBlock[] = [
    { text: skeletonTitle(template, options.variant, options.year), role: "title" },
    { text: openingSentence(template, options.variant), role: "body" },
  ];
  if (template.provisional || template.verify)
    blocks.push({ text: template.provisional ? SLOT.provisional : SLOT.verify, role: "body" });
  if (options.priorYear ?? template.priorYear) blocks.push({ text: SLOT.priorYear, role: "body" });
  if (template.studyRectification)
    blocks.push({
      text: `${template.studyRectification}整改落实情况。${SLOT.studyRectification}`,
      role: "body",
    });

  let part = 0;
  const heading = (text: string) =>
    blocks.push({ text: formatNumber("cn-dun", ++part) + text, role: "level1" });
  const caseStudy = () => {
    heading(CASE_STUDY_HEADING);
    for (const text of [SLOT.caseFacts, SLOT.caseMirror, SLOT.caseLesson])
      blocks.push({ text, role: "body" });
  };

  heading(options.headings?.problems ?? PART_HEADINGS.problems[0]);
  let problem = 0;
  template.aspects.forEach((name, i) => {
    blocks.push({ text: formatNumber("cn-paren", i + 1) + aspectHeading(name), role: "level2" });
    if (!continuous) problem = 0;
    for (let k = 0; k < perAspect; k++)
      blocks.push(item(formatNumber("arabic", ++problem), SLOT.problem, SLOT.problemDetail, "level3"));
  });
  if (withCase && !caseLast) caseStudy();

  heading(options.headings?.causes ?? PART_HEADINGS.causes[0]);
  for (let k = 1; k <= causes; k++)
    blocks.push(item(formatNumber("cn-paren", k), SLOT.cause, SLOT.causeDetail, "level2"));

  heading(options.headings?.measures ?? PART_HEADINGS.measures[0]);
  for (let k = 1; k <= measures; k++)
    blocks.push(item(formatNumber("cn-paren", k), SLOT.measure, SLOT.measureDetail, "level2"));
  if (withCase && caseLast) caseStudy();

  blocks.push({ text: SLOT.closing, role: "body" });
  blocks.push({ text: signature(template, options), role: "signature" });
  blocks.push({ text: formatDate(options.date), role: "date" });
  return blocks;
}
