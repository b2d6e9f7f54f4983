/** The fixed vocabularies of the phrase library: categories, parts, themes and cause depths. Data only. */
import { THEMES } from "../themes";

/** Categories in the order the pane lists them (the order a report is written in). */
export const SNIPPET_CATEGORIES = [
  "开头",
  "上年度整改情况",
  "查摆问题",
  "原因剖析",
  "整改措施",
  "表态结尾",
  "批评意见",
] as const;
export type SnippetCategory = (typeof SNIPPET_CATEGORIES)[number];

export const SNIPPET_PARTS = [
  "opening",
  "prior-year",
  "problems",
  "causes",
  "measures",
  "closing",
  "criticism",
] as const;
export type SnippetPart = (typeof SNIPPET_PARTS)[number];

/** Each category belongs to exactly one part of the report. */
export const PART_OF_CATEGORY: Readonly<Record<SnippetCategory, SnippetPart>> = {
  开头: "opening",
  上年度整改情况: "prior-year",
  查摆问题: "problems",
  原因剖析: "causes",
  整改措施: "measures",
  表态结尾: "closing",
  批评意见: "criticism",
};

/** The themes snippets are filed under, in the order the pane lists them (core/themes/themes.json). */
export const SNIPPET_THEMES: readonly string[] = THEMES.flatMap((t) =>
  t.snippetTheme ? [t.snippetTheme] : [],
);
export type SnippetTheme = string;

/** How deep a cause digs: the five roots reviewers expect, never excuses such as 工作忙. */
export const CAUSE_DEPTHS = ["理想信念", "党性修养", "宗旨意识", "纪律意识", "担当精神"] as const;
export type CauseDepth = (typeof CAUSE_DEPTHS)[number];
