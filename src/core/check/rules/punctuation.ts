import type { Rule, RuleFinding } from "../../types";
import { findPunctuation, type PunctuationHit } from "../detectors/punctuation-slips";

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

/** Punctuation in Chinese text: half-width marks, unpaired or reversed quotes and brackets, stray symbols, blanks. */
export const punctuationRule: Rule = {
  id: "punctuation",
  category: "format",
  severity: "warning",
  name: "标点符号",
  check({ outline }) {
    const findings: RuleFinding[] = [];
    outline.paragraphs.forEach((paragraph, index) => {
      if (outline.signature?.paragraph === index) return;
      const prefix = outline.numbering[index]?.length ?? 0;
      for (const hit of findPunctuation(paragraph.text, prefix)) {
        findings.push({
          paragraph: index,
          offset: hit.offset,
          length: hit.length,
          message: describe(hit, `第${index + 1}段`),
          ...(hit.replacement !== undefined ? { fix: { replacement: hit.replacement } } : {}),
        });
      }
    });
    return findings;
  },
};
