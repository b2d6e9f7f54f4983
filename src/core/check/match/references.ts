/**
 * Explicit references a cause or measure makes to problems: 针对问题1、2 / 针对第1、2个问题 /
 * 针对上述第3个问题 / 对应上述第四条 / 对应第（三）方面 / 针对第（一）（二）方面查摆的问题 /
 * 对应第（三）方面第二个问题和第（五）方面问题 / an item opening with 第8个问题…. They link for certain.
 */
import type { Item, Outline } from "../../types";
import { itemValue, WRITTEN_NUMBER as NUM, writtenValue as valueOf } from "./item-numbers";

export interface Reference {
  /** Problem numbers as written (values). */
  problems: number[];
  /** Aspect numbers (values): every problem of that aspect. */
  aspects: number[];
  /** One problem of an aspect: its aspect's number and its place there (第（三）方面第二个问题). */
  aspectItems: { aspect: number; place: number }[];
  /** The words that made the reference, for the evidence. */
  quote: string;
}

const JOIN = "(?:、|，|,|和|及|与|以及|至|到|-|—|~|～)";
// Bracketed numbers may also follow each other with nothing between: 第（一）（二）方面.
const LIST = `${NUM}(?:(?:\\s*${JOIN}\\s*第?\\s*|(?=[（(]))${NUM})*`;
const VERB = "(?:针对|对应|对照|解决|整改|回应|聚焦|关于)";
const ANAPHOR = "(?:上述|前述|前面|以上|上面|前文)";
// 针对查摆出的第二个问题: what was found, before the number.
const FOUND = "(?:查摆出?的|查找出?的|检视出?的)?";
// What one reference names, most specific first: a problem of an aspect; aspects; 第 + list before 个问题 (第
// required, so 解决一个问题 is no reference); 问题 + list; after 上述 only, 第 + list + 条 (对应上述第四条).
const TARGET =
  `第\\s*(${NUM})\\s*(?:个)?方面(?:的)?第\\s*(${NUM})\\s*(?:个|条|项)?问题` +
  `|第\\s*(${LIST})\\s*(?:个)?方面` +
  `|第\\s*(${LIST})\\s*(?:个|条|项)?问题` +
  `|问题\\s*(${LIST})`;
const ANAPHORIC = `第\\s*(${LIST})\\s*条(?!原因|措施)`;
const FOLLOW = `(?:\\s*(?:、|，|,|和|及|与|以及)\\s*(?:${TARGET}))*`;
// An item may also open with the problem it answers (第8个问题立行立改), without a verb.
const OPENING = `^(?:第\\s*${LIST}\\s*(?:个|条|项)?问题|问题\\s*${LIST})`;
const REFERENCE = new RegExp(
  `${VERB}${ANAPHOR}?(?:的)?${FOUND}(?:${TARGET})${FOLLOW}|${OPENING}${FOLLOW}|${VERB}?${ANAPHOR}(?:的)?${ANAPHORIC}`,
  "gu",
);
const ONE_TARGET = new RegExp(`${TARGET}|${ANAPHORIC}`, "gu");

function expand(list: string): number[] {
  const values: number[] = [];
  const parts = list.split(new RegExp(`(${JOIN}|(?<=[)）])(?=[（(]))`, "u"));
  let rangeFrom: number | null = null;
  for (const part of parts) {
    if (/^(?:至|到|-|—|~|～)$/.test(part)) {
      rangeFrom = values[values.length - 1] ?? null;
      continue;
    }
    const value = valueOf(part);
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
  for (const [quote] of text.matchAll(REFERENCE)) {
    const reference: Reference = { problems: [], aspects: [], aspectItems: [], quote };
    for (const [, aspect, place, aspects, ordinals, numbered, anaphoric] of quote.matchAll(ONE_TARGET)) {
      if (aspect && place) reference.aspectItems.push({ aspect: valueOf(aspect), place: valueOf(place) });
      reference.aspects.push(...expand(aspects ?? ""));
      reference.problems.push(...expand(ordinals ?? numbered ?? anaphoric ?? ""));
    }
    if (reference.problems.length + reference.aspects.length + reference.aspectItems.length > 0)
      found.push(reference);
  }
  return found;
}

// An aspect named by its words: 针对工作作风方面的问题 / 针对能力本领方面第一个问题 / 针对政治纪律、组织纪律方面的两个问题.
const ASPECT_NAMES = new RegExp(
  `${VERB}([\\p{Script=Han}、和与及]{2,24}?)方面(?:存在的|查摆的|的)?(?:第\\s*(${NUM})\\s*(?:个|条|项)?|[两二三四五六七八九十几]个)?问题`,
  "gu",
);
// Words that point back at every problem or at no aspect in particular (以上几个方面的问题 is broad, not named).
const NOT_A_NAME = /^(?:以上|上述|前述|上面|这|那|各|几|两|所有|有关|相关|其他|其它|多个|几个)/u;

/** Aspects a text names by their words, with the place of one problem there when it names one. */
export function findAspectNames(text: string): { names: string[]; place: number | null; quote: string }[] {
  const found: { names: string[]; place: number | null; quote: string }[] = [];
  for (const [quote, words = "", place] of text.matchAll(ASPECT_NAMES)) {
    const names = words
      .replace(/[两二三四五六七八九十几]个$/u, "")
      .split(/[、和与及]/u)
      .filter((name) => name.length >= 2);
    if (names.length === 0 || NOT_A_NAME.test(words)) continue;
    found.push({ names, place: place ? valueOf(place) : null, quote });
  }
  return found;
}

/** The one aspect whose name is the given words or holds them (理论学习 for 政治信仰和理论学习 too), if only one does. */
function aspectNamed(outline: Outline, name: string): number | undefined {
  const matching = outline.aspects.flatMap((aspect, i) =>
    aspect.name.length >= 2 && (aspect.name.includes(name) || name.includes(aspect.name)) ? [i] : [],
  );
  return matching.length === 1 ? matching[0] : undefined;
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
      for (const { aspect, place } of reference.aspectItems) {
        const problem = byAspect.get(aspect)?.[place - 1];
        if (problem) named([problem], reference.quote);
      }
    }
    for (const { names, place, quote } of findAspectNames(target.text)) {
      for (const name of names) {
        const aspect = aspectNamed(outline, name);
        if (aspect === undefined) continue;
        const problems = outline.problems.filter((p) => p.aspect === aspect);
        named(place === null ? problems : problems.slice(place - 1, place), quote);
      }
    }
    if (found.size > 0 && found.size <= MAX_NAMED) result.set(target.id, found);
  }
  return result;
}
