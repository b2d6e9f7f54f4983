/**
 * Single elements for the structure tab: 新增问题 / 新增方面 / 新增原因 / 新增措施 at the cursor.
 * Each plan says after which paragraph to insert which blocks, and which number prefixes of later
 * entries to shift. Edit indices refer to the document BEFORE the insertion: apply the edits first
 * (they never add or remove paragraphs), then insert the blocks after `insertAfter`.
 */
import { formatNumber } from "../outline/number-prefixes";
import { lastContent } from "../outline/queries";
import { announcedCountEdit, arabic, entry, numberedAt, shift, siblings } from "./entry-numbers";
import { problemNumbering } from "./renumber";
import type { PrefixEdit } from "./renumber";
import { SLOT } from "./skeleton";
import type { SkeletonBlock } from "./skeleton";
import type { TextRole } from "./typesetting";
import type { Item, Numbering, NumberStyle, Outline, Part, PartRole } from "../types";

export type ElementKind = "problem" | "aspect" | "cause" | "measure";

export type ElementPlan =
  { insertAfter: number; blocks: SkeletonBlock[]; edits: PrefixEdit[] } | { error: string };

const KIND_NAME: Record<ElementKind, string> = {
  problem: "新增问题",
  aspect: "新增方面",
  cause: "新增原因",
  measure: "新增措施",
};

const PART_NAME: Record<"causes" | "measures", { name: string; heading: string }> = {
  causes: { name: "原因剖析", heading: "二、产生问题的原因剖析" },
  measures: { name: "整改措施", heading: "三、下一步努力方向和整改措施" },
};

/**
 * Closing lines after the last measure (表态, 以上……) and a signature slot the outline reader does not
 * take for a signature yet (【姓名】): a new measure goes before them.
 */
const CLOSING =
  /^(【结束语|【表态|以上|总之|恳请|请各位|请同志们|欢迎|衷心|最后，|下一步，?(我|班子|我们)将)|^【[^】]{1,10}】$/;

const ROLE_OF_LEVEL: Record<number, TextRole> = {
  1: "level1",
  2: "level2",
  3: "level3",
  4: "level4",
  5: "level4",
};

const NO_PROBLEMS_PART =
  "没有找到“查摆问题”部分（如“一、查摆存在的主要问题”），无法确定放在哪里。请先用“插入完整框架”生成整篇结构，或手动加上这一部分的标题。";

function listError(what: string): string {
  return `这里的${what}编号是 Word 自动编号：请把光标放在上一条末尾按回车新增，Word 会自动顺延编号；或先用“重新编号”把自动编号转为文字编号。`;
}

/** Last content paragraph of an item, closing lines after it (表态, 以上……) left out. */
function itemEnd(outline: Outline, item: Item): number {
  let end = lastContent(outline, item.end, item.start);
  while (
    end > item.paragraph &&
    CLOSING.test(outline.paragraphs[end]!.text.trim()) &&
    !outline.numbering[end]
  )
    end = lastContent(outline, end, item.start);
  return end;
}

const contains = (span: { start: number; end: number }, i: number) => i >= span.start && i < span.end;

/** The cursor's position, or an error for places no element can be added from. */
function cursorError(outline: Outline, cursor: number, kind: ElementKind): string | null {
  if (!Number.isInteger(cursor) || cursor < 0 || cursor >= outline.paragraphs.length)
    return `无法确定光标所在的段落，没有${KIND_NAME[kind]}。请在文档正文中单击一下再试。`;
  if (outline.title?.paragraph === cursor)
    return `光标在标题上，标题下不能直接加条目。请把光标放到要加的位置（${
      kind === "problem" || kind === "aspect" ? "查摆问题部分的某个方面里" : "相应部分的某一条里"
    }），再点“${KIND_NAME[kind]}”。`;
  return null;
}

/** The text after a new entry's number: its lead sentence and its detail, slots included. */
export interface EntrySlot {
  lead: string;
  detail: string;
}

function problemsPartAt(outline: Outline, cursor: number, kind: ElementKind): Part | string {
  const parts = outline.parts.filter((p) => p.role === "problems");
  if (parts.length === 0) return NO_PROBLEMS_PART;
  const part = parts.find((p) => contains(p, cursor));
  if (part) return part;
  const first = parts[0]!;
  return `光标不在查摆问题部分（“${first.heading}”，第${first.paragraph + 1}段起）。请把光标放到要${
    kind === "aspect" ? "在其后增加方面" : "增加问题"
  }的方面里，再点“${KIND_NAME[kind]}”。`;
}

function planProblem(outline: Outline, cursor: number): ElementPlan {
  const part = problemsPartAt(outline, cursor, "problem");
  if (typeof part === "string") return { error: part };
  const aspects = outline.aspects.map((a, i) => ({ a, i })).filter(({ a }) => contains(part, a.start));
  const current =
    aspects.find(({ a }) => contains(a, cursor)) ?? (aspects.length > 0 ? aspects[0] : undefined);
  const inPart = outline.problems.filter((p) => contains(part, p.paragraph));
  const scope = current ? inPart.filter((p) => p.aspect === current.i) : inPart;
  const anchor = scope.find((p) => contains(p, cursor)) ?? scope[scope.length - 1];
  const reference: Numbering | null =
    anchor?.numbering ??
    inPart.find((p) => p.numbering)?.numbering ??
    (inPart.length === 0 ? arabic() : null);
  if (reference?.fromList) return { error: listError("问题") };
  const style = reference && reference.level > 0 ? reference.style : null;
  const perAspect = problemNumbering(outline, part.paragraph) === "per-aspect";

  const insertAfter = anchor
    ? itemEnd(outline, anchor)
    : current
      ? lastContent(outline, current.a.end, current.a.start)
      : part.paragraph;
  // The number: after the anchor's, else after the last problem before this aspect (run-on), else 1.
  let value = 1;
  if (anchor?.numbering) value = anchor.numbering.value + 1;
  else if (!perAspect) {
    const before = inPart.filter((p) => p.paragraph < insertAfter && p.numbering?.level === reference?.level);
    value = (before[before.length - 1]?.numbering?.value ?? 0) + 1;
  }
  const level = reference?.level ?? 3;
  const shifted = perAspect ? scope : inPart;
  const edits = style ? shift(outline, numberedAt(shifted, level), insertAfter, value + 1) : [];
  const block = entry(style, value, SLOT.problem, SLOT.problemDetail, ROLE_OF_LEVEL[level] ?? "level3");
  return { insertAfter, blocks: [block], edits };
}

function planAspect(outline: Outline, cursor: number): ElementPlan {
  const part = problemsPartAt(outline, cursor, "aspect");
  if (typeof part === "string") return { error: part };
  const aspects = outline.aspects.map((a, i) => ({ a, i })).filter(({ a }) => contains(part, a.start));
  if (aspects.length === 0)
    return {
      error:
        "查摆问题部分没有分方面的小标题（如“（一）理论学习方面”），无法按方面新增。请先手动加上方面小标题，或用“插入完整框架”重新生成。",
    };
  const current = aspects.find(({ a }) => contains(a, cursor)) ?? aspects[aspects.length - 1]!;
  const n = current.a.number;
  if (n?.fromList) return { error: listError("方面") };
  const insertAfter = lastContent(outline, current.a.end, current.a.start);
  const aspectValue = (n?.value ?? current.i + 1) + 1;
  const edits = shift(
    outline,
    aspects.map(({ a }) => a.paragraph),
    insertAfter,
    aspectValue + 1,
  );

  // The new aspect's first problem, numbered like its neighbours.
  const inPart = outline.problems.filter((p) => contains(part, p.paragraph));
  const reference = inPart.find((p) => p.numbering)?.numbering ?? (inPart.length === 0 ? arabic() : null);
  if (reference?.fromList) return { error: listError("问题") };
  const style = reference && reference.level > 0 ? reference.style : null;
  const level = reference?.level ?? 3;
  let problem = 1;
  if (style && problemNumbering(outline, part.paragraph) === "continuous") {
    const before = inPart.filter((p) => p.paragraph <= insertAfter && p.numbering?.level === level);
    problem = (before[before.length - 1]?.numbering?.value ?? 0) + 1;
    edits.push(...shift(outline, numberedAt(inPart, level), insertAfter, problem + 1));
  }
  edits.push(...announcedCountEdit(outline, aspects.length + 1));
  edits.sort((a, b) => a.paragraph - b.paragraph);
  return {
    insertAfter,
    blocks: [
      { text: `${formatNumber(n?.style ?? "cn-paren", aspectValue)}【方面名称】方面`, role: "level2" },
      entry(style, problem, SLOT.problem, SLOT.problemDetail, ROLE_OF_LEVEL[level] ?? "level3"),
    ],
    edits,
  };
}

function planListEntry(
  outline: Outline,
  cursor: number,
  role: "causes" | "measures",
  slot?: EntrySlot,
): ElementPlan {
  const kind = role === "causes" ? "cause" : "measure";
  const part =
    outline.parts.find((p) => p.role === role && contains(p, cursor)) ??
    outline.parts.find((p) => p.role === role);
  if (!part) {
    const { name, heading } = PART_NAME[role];
    const problems = outline.parts.some((p) => p.role === ("problems" as PartRole));
    return {
      error: `没有找到“${name}”部分（如“${heading}”），无法确定${KIND_NAME[kind].slice(2)}放在哪里。请${
        problems ? `先在文中加上“${heading}”这一标题` : "先用“插入完整框架”生成整篇结构"
      }，再点“${KIND_NAME[kind]}”。`,
    };
  }
  const items = (role === "causes" ? outline.causes : outline.measures).filter((it) =>
    contains(part, it.paragraph),
  );
  const anchor = items.find((it) => contains(it, cursor)) ?? items[items.length - 1];
  const reference = anchor?.numbering ?? items.find((it) => it.numbering)?.numbering ?? null;
  if (reference?.fromList) return { error: listError(role === "causes" ? "原因" : "措施") };
  const insertAfter = anchor ? itemEnd(outline, anchor) : part.paragraph;
  const style: NumberStyle | null =
    items.length === 0 ? "cn-paren" : reference && reference.level > 0 ? reference.style : null;
  const level = items.length === 0 ? 2 : (reference?.level ?? 2);
  const value = (anchor?.numbering?.value ?? 0) + 1;
  const edits = style
    ? shift(outline, siblings(outline, numberedAt(items, level), insertAfter, level), insertAfter, value + 1)
    : [];
  const [lead, detail] =
    role === "causes" ? [SLOT.cause, SLOT.causeDetail] : [SLOT.measure, SLOT.measureDetail];
  return {
    insertAfter,
    blocks: [
      entry(style, value, slot?.lead ?? lead, slot?.detail ?? detail, ROLE_OF_LEVEL[level] ?? "level2"),
    ],
    edits,
  };
}

/**
 * Plans one element at the cursor paragraph (0-based index, as the gateway reports it). `slot` replaces the
 * slots of a new cause or measure (the check tab's 「针对问题5，【原因概括】。【具体剖析】」).
 */
export function planElement(
  outline: Outline,
  cursor: number,
  kind: ElementKind,
  slot?: EntrySlot,
): ElementPlan {
  const error = cursorError(outline, cursor, kind);
  if (error) return { error };
  switch (kind) {
    case "problem":
      return planProblem(outline, cursor);
    case "aspect":
      return planAspect(outline, cursor);
    case "cause":
      return planListEntry(outline, cursor, "causes", slot);
    case "measure":
      return planListEntry(outline, cursor, "measures", slot);
  }
}
