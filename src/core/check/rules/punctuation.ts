/**
 * punctuation: half-width marks, unpaired or reversed quotes and brackets, stray symbols, blanks.
 *
 * Half-width , : ; ( ) ? ! and a sentence-final . in Chinese text (fix: full-width), unpaired “” （） 《》
 * 【】 within a paragraph, reversed quotes ”…“ (fix: swapped), a lone * # ~ between Chinese characters (fix:
 * remove), blanks between two Chinese characters (fix: remove). Not flagged: 3.5, 10:30, 1,200, URLs,
 * Latin-only parentheses, numbering prefixes such as (一) or 1. (the numbering rule owns them), indents,
 * signatures such as 张  三 and letter-spaced titles.
 *
 * Why: proofreaders flag punctuation right after terms; half-width marks and unpaired quotes come from
 * pasting and from typing in an English input mode, and they show in print.
 *
 * WRONG: 对”小节“不够警惕,把业务钻研与*日常工作分开。
 * RIGHT: 对“小节”不够警惕，把业务钻研与日常工作分开。
 */
import type { Rule, RuleContext, RuleFinding } from "../../types";
import { paragraphFindings } from "../detectors/paragraph-hits";
import { findPunctuation, type PunctuationHit } from "../detectors/punctuation-slips";

export const punctuationRule: Rule = {
  id: "punctuation",
  name: "标点符号",
  category: "format",
  severity: "warning",
  check,
};

function check({ outline }: RuleContext): RuleFinding[] {
  return paragraphFindings(
    outline,
    (text, index) =>
      outline.signature?.paragraph === index
        ? []
        : findPunctuation(text, outline.numbering[index]?.length ?? 0),
    (hit, index) => ({
      message: describe(hit, `第${index + 1}段`),
      ...(hit.replacement !== undefined ? { fix: { replacement: hit.replacement } } : {}),
    }),
  );
}

const MARK_NAMES: Record<string, string> = {
  "“": "左引号“",
  "”": "右引号”",
  "（": "左括号（",
  "）": "右括号）",
  "《": "左书名号《",
  "》": "右书名号》",
  "【": "左方括号【",
  "】": "右方括号】",
};

const mark = (ch: string | undefined) => MARK_NAMES[ch ?? ""] ?? `“${ch ?? ""}”`;

function describe(hit: PunctuationHit, where: string): string {
  switch (hit.kind) {
    case "half-width":
      return `${where}中文句子里用了半角标点“${hit.found}”。请改为全角“${hit.replacement}”。`;
    case "unpaired":
      return `${where}${mark(hit.found)}没有与之配对的${mark(hit.partner)}。请补上${mark(hit.partner)}或删去多余的${mark(hit.found)}。`;
    case "reversed":
      return `${where}引号方向颠倒，写成了「${hit.found}」。请改为「${hit.replacement}」。`;
    case "stray":
      return `${where}文字中夹有多余的符号“${hit.found}”，疑为误输入。请删除该符号。`;
    case "space":
      return `${where}两个汉字之间有多余的空格。中文行文不留空格，请删除。`;
  }
}
