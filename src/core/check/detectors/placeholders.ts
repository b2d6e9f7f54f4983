/** Unfilled template slots (XX, ××, **, ____, 【…】, 20XX年, *年度, ○○) found in a paragraph's text. */
import { withoutOverlaps } from "./paragraph-hits";

export interface Slot {
  offset: number;
  length: number;
  text: string;
  /** What the slot most likely stands for, used in the message. */
  hint: string;
}

interface SlotPattern {
  re: RegExp;
  hint: string;
  /** Rejects matches that are ordinary text (二〇〇八年, XXL). */
  accept?: (text: string, at: number, found: string) => boolean;
}

const LATIN = /[A-Za-z]/;
const CN_NUMERAL = /[一二三四五六七八九十零〇○]/;

const notInLatinWord = (text: string, at: number, found: string) =>
  !LATIN.test(text[at - 1] ?? "") && !LATIN.test(text[at + found.length] ?? "");

const PATTERNS: SlotPattern[] = [
  { re: /【[^【】\n]*】/g, hint: "模板中待填写或待删除的提示" },
  { re: /(?:19|20)(?:[XxＸｘ×*＊]{2})年/g, hint: "年份" },
  { re: /[XＸ]{2,}|[xｘ]{2,}|×{2,}/g, hint: "具体内容（姓名、单位、数字等）", accept: notInLatinWord },
  {
    re: /[XＸ×](?=[年月日号名个次项期届]|同志|单位|部门)/g,
    hint: "具体的数字或名称",
    accept: (text, at) => !LATIN.test(text[at - 1] ?? "") && !/[0-9]/.test(text[at - 1] ?? ""),
  },
  { re: /[*＊]{2,}/g, hint: "具体内容" },
  { re: /[*＊](?=年度|年)|(?<=[年月0-9])[*＊](?=月|日)/g, hint: "具体的年份或日期" },
  { re: /_{2,}|＿{2,}/g, hint: "需要填写的内容" },
  {
    re: /[○〇]{2,}|□+|△{2,}/g,
    hint: "具体内容",
    accept: (text, at, found) =>
      found.startsWith("□") ||
      found.startsWith("△") ||
      (!CN_NUMERAL.test(text[at - 1] ?? "") && !CN_NUMERAL.test(text[at + found.length] ?? "")),
  },
];

export function findSlots(text: string): Slot[] {
  const slots: Slot[] = [];
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern.re)) {
      const at = m.index ?? 0;
      const found = m[0];
      if (pattern.accept && !pattern.accept(text, at, found)) continue;
      slots.push({ offset: at, length: found.length, text: found, hint: pattern.hint });
    }
  }
  // Earlier patterns are more specific (20XX年 before XX); keep the first slot covering each position.
  return withoutOverlaps(slots);
}

/**
 * True while a text still has unfilled slots. Rules that judge content (is it concrete? long enough?) wait
 * until then: the placeholder rule already asks for the slots, and a second finding on a draft is noise.
 */
export function hasSlots(text: string): boolean {
  return findSlots(text).length > 0;
}
