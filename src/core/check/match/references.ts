/**
 * Explicit references a cause or measure makes to problems: 针对问题1、2 / 针对第1、2个问题 /
 * 针对上述第3个问题 / 对应第（三）方面 / 针对前述第二方面的问题. They link for certain.
 */
import type { Item, Outline } from "../../types";
import { itemValue, numeralValue } from "./item-numbers";

export interface Reference {
  /** Problem numbers as written (values). */
  problems: number[];
  /** Aspect numbers (values): every problem of that aspect. */
  aspects: number[];
  /** The words that made the reference, for the evidence. */
  quote: string;
}

const NUM = "[（(]?[0-9０-９一二三四五六七八九十]+[)）]?";
const JOIN = "(?:、|，|,|和|及|与|以及|至|到|-|—|~|～)";
const LIST = `${NUM}(?:\\s*${JOIN}\\s*第?\\s*${NUM})*`;
const VERB = "(?:针对|对应|对照|解决|整改|回应|聚焦|关于)";
const ANAPHOR = "(?:上述|前述|前面|以上|上面|前文)?(?:的)?";
// 1: list before 个问题 (第 required, so 解决一个问题 is no reference); 2: 问题 + list; 3: aspect list.
const REFERENCE = new RegExp(
  `${VERB}${ANAPHOR}(?:第\\s*(${LIST})\\s*(?:个|条|项)?问题|问题\\s*(${LIST})|第\\s*(${LIST})\\s*(?:个)?方面)`,
  "gu",
);

function expand(list: string): number[] {
  const values: number[] = [];
  const parts = list.split(new RegExp(`(${JOIN})`, "u"));
  let rangeFrom: number | null = null;
  for (const part of parts) {
    if (/^(?:至|到|-|—|~|～)$/.test(part)) {
      rangeFrom = values[values.length - 1] ?? null;
      continue;
    }
    const value = numeralValue(part.replace(/[\s第（()）]/g, ""));
    if (Number.isNaN(value)) continue;
    if (rangeFrom !== null && value > rangeFrom && value - rangeFrom < 50) {
      for (let v = rangeFrom + 1; v <= value; v++) values.push(v);
    } else {
      values.push(value);
    }
    rangeFrom = null;
  }
  return values;
}

export function findReferences(text: string): Reference[] {
  const found: Reference[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    const [quote, ordinalList, problemList, aspectList] = match;
    const problems = expand(ordinalList ?? problemList ?? "");
    const aspects = expand(aspectList ?? "");
    if (problems.length + aspects.length > 0) found.push({ problems, aspects, quote });
  }
  return found;
}

/** More problems than one target can name: beyond it the numbers are ambiguous (a report pasted twice). */
const MAX_NAMED = 30;

function groupBy(items: Item[], key: (item: Item, index: number) => number | undefined): Map<number, Item[]> {
  const groups = new Map<number, Item[]>();
  items.forEach((item, i) => {
    const value = key(item, i);
    if (value === undefined) return;
    const group = groups.get(value);
    if (group) group.push(item);
    else groups.set(value, [item]);
  });
  return groups;
}

/** target id → problem id → the reference's words, for every cause and measure that names problems. */
export function referencesByTarget(outline: Outline): Map<string, Map<string, string>> {
  const byValue = groupBy(outline.problems, (problem, i) => itemValue(problem, i));
  const byAspect = groupBy(outline.problems, (problem) =>
    problem.aspect === undefined
      ? undefined
      : (outline.aspects[problem.aspect]?.number?.value ?? problem.aspect + 1),
  );
  const result = new Map<string, Map<string, string>>();
  for (const target of [...outline.causes, ...outline.measures]) {
    const found = new Map<string, string>();
    const named = (problems: Item[] | undefined, quote: string) => {
      for (const problem of problems ?? []) if (found.size <= MAX_NAMED) found.set(problem.id, quote);
    };
    for (const reference of findReferences(target.text)) {
      for (const value of reference.problems) named(byValue.get(value), reference.quote);
      for (const value of reference.aspects) named(byAspect.get(value), reference.quote);
    }
    if (found.size > 0 && found.size <= MAX_NAMED) result.set(target.id, found);
  }
  return result;
}
