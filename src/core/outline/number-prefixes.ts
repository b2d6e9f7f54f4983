import { asciiDigits, chineseNumeral, matchChineseNumeral, NUMERAL_CHARS } from "./chinese-numerals";
import type { Numbering, NumberStyle, Paragraph } from "../types";

/** Blanks a writer or a paste leaves before a number: ASCII, no-break and ideographic (U+3000) spaces, tabs. */
const BLANK = /[ \t\u00a0\u3000]/;

/** The standard separator written after each style's number (DOMAIN.md's table). */
export const STANDARD_SEPARATOR: Record<NumberStyle, string> = {
  "cn-dun": "、",
  "cn-paren": "",
  arabic: ".",
  "arabic-paren": "",
  circled: "",
  shi: "",
};

const LEVEL: Record<NumberStyle, Numbering["level"]> = {
  "cn-dun": 1,
  "cn-paren": 2,
  arabic: 3,
  "arabic-paren": 4,
  circled: 5,
  shi: 0,
};

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

function isDigit(ch: string): boolean {
  return ch >= "0" && ch <= "9";
}

interface Prefix {
  style: NumberStyle;
  value: number;
  /** End of the number itself (before the separator). */
  numberEnd: number;
  separator: string;
}

/** Reads a separator written after a bracketed or circled number, which should have none. */
function extraSeparator(text: string, at: number): string {
  const ch = text.charAt(at);
  return "、.．,，".includes(ch) && ch !== "" && !isDigit(text.charAt(at + 1)) ? ch : "";
}

function readBracketed(text: string, at: number): Prefix | null {
  const open = text.charAt(at);
  if (open !== "（" && open !== "(") return null;
  let i = at + 1;
  let style: NumberStyle;
  let value: number;
  if (isDigit(text.charAt(i))) {
    let digits = "";
    while (isDigit(text.charAt(i)) && digits.length < 3) digits += text.charAt(i++);
    style = "arabic-paren";
    value = Number(digits);
  } else {
    const cn = matchChineseNumeral(text, i);
    if (!cn) return null;
    i += cn.length;
    style = "cn-paren";
    value = cn.value;
  }
  const close = text.charAt(i);
  if (close !== "）" && close !== ")") return null;
  i++;
  return { style, value, numberEnd: i, separator: extraSeparator(text, i) };
}

function readArabic(text: string, at: number, beforeFigure: boolean): Prefix | null {
  let i = at;
  let digits = "";
  while (isDigit(text.charAt(i))) digits += text.charAt(i++);
  if (digits === "" || digits.length > 3 || Number(digits) === 0) return null;
  const sep = text.charAt(i);
  if (!".．、,，".includes(sep) || sep === "") return null;
  const next = text.charAt(i + 1);
  // 1.5倍, 1、2月份, 3.28: the digits belong to a figure or an enumeration in prose.
  // (2025年, 3个, 10%: no separator follows the digits, so they never get here.)
  // …except a year right after the number: 1.2024年6月前完成…
  if (isDigit(next) && !beforeFigure && !/^\d{4}年/.test(text.slice(i + 1, i + 6))) return null;
  return { style: "arabic", value: Number(digits), numberEnd: i, separator: sep };
}

function readChinese(text: string, at: number): Prefix | null {
  const cn = matchChineseNumeral(text, at);
  if (!cn) return null;
  const i = at + cn.length;
  const sep = text.charAt(i);
  const next = text.charAt(i + 1);
  if (sep === "是" || sep === "要") {
    // 一是一，二是二: a saying, not an enumeration.
    const after = text.charAt(i + 2);
    if (NUMERAL_CHARS.includes(next) && next !== "" && (after === "" || /[，,。；;、是]/.test(after)))
      return null;
    return { style: "shi", value: cn.value, numberEnd: i + 1, separator: "" };
  }
  if (!"、.．,，".includes(sep) || sep === "") return null;
  // 一、二线城市, 一、二等奖: numerals enumerated in prose.
  if (NUMERAL_CHARS.includes(next) && next !== "") return null;
  if (isDigit(next)) return null;
  return { style: "cn-dun", value: cn.value, numberEnd: i, separator: sep };
}

function readCircled(text: string, at: number): Prefix | null {
  const ch = text.charAt(at);
  const index = ch === "" ? -1 : CIRCLED.indexOf(ch);
  if (index < 0) return null;
  return { style: "circled", value: index + 1, numberEnd: at + 1, separator: extraSeparator(text, at + 1) };
}

/**
 * Reads a number prefix at the start of `text` (after blanks), or null. With `beforeFigure`, digits right
 * after an Arabic number's separator do not make it a figure (4、8月份…): for when the sequence asks for it.
 */
export function readNumberPrefix(text: string, beforeFigure = false): Numbering | null {
  let offset = 0;
  while (offset < text.length && BLANK.test(text.charAt(offset))) offset++;
  const plain = asciiDigits(text);
  const prefix =
    readBracketed(plain, offset) ??
    readCircled(plain, offset) ??
    readArabic(plain, offset, beforeFigure) ??
    readChinese(plain, offset);
  if (!prefix) return null;
  const length = prefix.numberEnd + prefix.separator.length;
  const standard = STANDARD_SEPARATOR[prefix.style];
  // A full-width period after Arabic digits (1．) is common typesetting and reads the same as 1.
  const fine = prefix.separator === standard || (prefix.style === "arabic" && prefix.separator === "．");
  return {
    style: prefix.style,
    level: LEVEL[prefix.style],
    value: prefix.value,
    raw: text.slice(0, length),
    length,
    offset,
    separator: prefix.separator,
    wrongSeparator: prefix.style !== "shi" && !fine,
    fromList: false,
  };
}

/**
 * The number at the start of a paragraph. Word's automatic list number (listString), when present,
 * is the number; otherwise the number is read from the text.
 */
export function readNumbering(p: Paragraph): Numbering | null {
  const list = p.listString?.trim();
  if (list) {
    const fromList = readNumberPrefix(list);
    if (fromList) return { ...fromList, raw: p.listString ?? list, length: 0, offset: 0, fromList: true };
  }
  return readNumberPrefix(p.text);
}

/** The number as written, without blanks and separator: "3", "二", "十二". */
export function numberText(n: Numbering, text: string): string {
  const source = n.fromList ? n.raw.trim() : text.slice(n.offset, n.length);
  return source.slice(0, source.length - n.separator.length).replace(/^[（(]|[）)]$|[是要]$/g, "");
}

export interface InlineEnumeration {
  /** Offset of the numeral in the paragraph's text. */
  offset: number;
  /** Characters of 一是 (numeral + 是 or 要). */
  length: number;
  value: number;
}

/** Characters after which 一是 starts an enumeration (not 统一是, 唯一是…). */
const BOUNDARY = /[\s，,。；;：:、！!？?（(）)“”"'《》【】\u3000]/;

/**
 * The 一是……二是……三是…… (or 一要……二要……) enumerations inside one paragraph, in order. A run must start at 一 (or at any
 * value at the very start of the paragraph, where it continues the previous paragraph's run) and count up.
 * `previous` is the last value of a run the paragraph goes on from (a line broken off a sentence by a hard break).
 */
export function findInlineEnumerations(text: string, previous = 0): InlineEnumeration[] {
  const found: InlineEnumeration[] = [];
  const start = text.length - text.trimStart().length;
  const pattern = new RegExp(`[${NUMERAL_CHARS}]{1,3}[是要]`, "g");
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    let at = m.index;
    // The regex may have swallowed a preceding numeral (十一是 → 一是 after 十); try each suffix.
    let hit: Prefix | null = null;
    for (; at < m.index + m[0].length - 1; at++) {
      const before = at === 0 ? "" : text.charAt(at - 1);
      if (before !== "" && !BOUNDARY.test(before) && at !== start) continue;
      hit = readChinese(text, at);
      if (hit && hit.style === "shi") break;
      hit = null;
    }
    if (!hit) continue;
    const continues = hit.value === previous + 1 || hit.value === 1 || (found.length === 0 && at === start);
    if (!continues) continue;
    found.push({ offset: at, length: hit.numberEnd - at, value: hit.value });
    previous = hit.value;
  }
  return found;
}

/** A number written in its style with the standard separator: 一、 （二） 3. （4） ⑤ 六是. */
export function formatNumber(style: NumberStyle, value: number): string {
  switch (style) {
    case "cn-dun":
      return `${chineseNumeral(value)}、`;
    case "cn-paren":
      return `（${chineseNumeral(value)}）`;
    case "arabic":
      return `${value}.`;
    case "arabic-paren":
      return `（${value}）`;
    case "circled":
      return CIRCLED.charAt(value - 1) || `（${value}）`;
    case "shi":
      return `${chineseNumeral(value)}是`;
  }
}
