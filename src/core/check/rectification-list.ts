/**
 * The rectification list (整改清单 / 整改台账) built from a checked report: one row per problem with the
 * causes that explain it, the measures that answer it and a time limit read from those measures.
 */
import type { CheckResult, Item } from "../types";
import { asciiDigits } from "../outline/chinese-numerals";
import { itemLabel } from "./item-label";

export interface RectificationRow {
  /** 序号, 1-based. */
  number: number;
  problemId: string;
  /** 存在问题: the problem's lead sentence, number excluded. */
  problem: string;
  /** 原因: labels and lead sentences of the linked causes ("（一）理论武装不够深入。"). */
  causes: string[];
  /** 整改措施: labels and lead sentences of the linked measures. */
  measures: string[];
  /** 整改时限: read from the measures ("2025年6月底前", "年底前", "长期坚持"), "" when none says. */
  deadline: string;
  /** 责任人: the signature's name, "" when the report is unsigned. */
  owner: string;
  /** 完成情况: empty in a new list; the writer fills it in after the meeting. */
  status: string;
}

export const RECTIFICATION_HEADERS = [
  "序号",
  "存在问题",
  "原因",
  "整改措施",
  "整改时限",
  "责任人",
  "完成情况",
] as const;

const LONG_TERM = "长期坚持";
const AT_ONCE = "立行立改";

const NUM = "[0-9０-９一二三四五六七八九十]";
// Concrete deadlines, earliest in the text first: 2025年6月底前, 6月30日前, 年底前, 2025年上半年, 3个月内.
const CONCRETE = new RegExp(
  [
    `(?:(?:[0-9０-９]{4}|今|明)年)?${NUM}{1,2}月(?:${NUM}{1,2}日|底|末|中旬|上旬|下旬)?(?:之?前|以前)`,
    `(?:[0-9０-９]{4}|今|明)?年(?:底|末|内)(?:之?前)?`,
    `(?:[0-9０-９]{4}|今|明)年(?:上半年|下半年|第?[一二三四1-4]季度)(?:之?前|内)?`,
    `${NUM}{1,2}个月(?:之?内)`,
  ].join("|"),
  "gu",
);
const PERIODIC = /每(?:天|日|周|星期|旬|月|季度?|半年|年)|长期|常态化|持之以恒|经常性/u;
const IMMEDIATE = /即日起|立即|立行立改|马上/u;

/**
 * The time limits a measure states, as written, in order: concrete ones first; "长期坚持" for a measure that
 * only states a frequency (每月…); "立行立改" for 即日起 without a date. Empty when it states none.
 */
export function deadlinesIn(text: string): string[] {
  const found = [...new Set([...text.matchAll(CONCRETE)].map((m) => normalizeDeadline(m[0])))];
  if (IMMEDIATE.test(text) && found.length === 0) found.push(AT_ONCE);
  if (PERIODIC.test(text)) found.push(LONG_TERM);
  return found;
}

function normalizeDeadline(raw: string): string {
  // "年内" and "3个月内" read as limits already; "年底" without 前 gets it, as a 整改时限 column writes them.
  const halfWidth = asciiDigits(raw);
  return /(?:底|末)$/.test(halfWidth) ? `${halfWidth}前` : halfWidth.replace(/之前$/, "前");
}

/** One deadline cell from several measures: every concrete limit once, then 长期坚持 if any is ongoing. */
export function deadlineOf(measureTexts: string[]): string {
  const all = measureTexts.flatMap(deadlinesIn);
  const concrete = [...new Set(all.filter((d) => d !== LONG_TERM))];
  const ongoing = all.includes(LONG_TERM);
  return [...concrete, ...(ongoing ? [LONG_TERM] : [])].join("；");
}

function labelled(item: Item): string {
  const label = itemLabel(item).replace(/^(?:原因|措施)/, "");
  return /^[0-9０-９]/.test(label) ? `${label}.${item.title}` : `${label}${item.title}`;
}

/** The rectification list of a checked report, one row per problem in document order. */
export function buildRectification(result: Pick<CheckResult, "outline" | "links">): RectificationRow[] {
  const { outline, links } = result;
  const byId = new Map<string, Item>([...outline.causes, ...outline.measures].map((i) => [i.id, i]));
  const owner = outline.signature?.text.trim() ?? "";
  return outline.problems.map((problem, k) => {
    const linked = (kind: "cause" | "measure"): Item[] =>
      links
        .filter((l) => l.problem === problem.id && l.kind === kind)
        .map((l) => byId.get(l.target))
        .filter((i): i is Item => i !== undefined)
        .sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
    const measures = linked("measure");
    return {
      number: k + 1,
      problemId: problem.id,
      problem: problem.title,
      causes: linked("cause").map(labelled),
      measures: measures.map(labelled),
      deadline: deadlineOf(measures.map((m) => m.text)),
      owner,
      status: "",
    };
  });
}

/** The list as a grid of cells, header row first; several causes or measures share a cell, one per line. */
export function rectificationGrid(rows: RectificationRow[], separator = "\n"): string[][] {
  return [
    [...RECTIFICATION_HEADERS],
    ...rows.map((r) => [
      String(r.number),
      r.problem,
      r.causes.join(separator),
      r.measures.join(separator),
      r.deadline,
      r.owner,
      r.status,
    ]),
  ];
}
