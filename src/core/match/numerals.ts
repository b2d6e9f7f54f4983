import type { Item } from "../types";

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "3", "３", "三", "十二", "二十" → number; NaN when it is none of those. */
export function numeralValue(text: string): number {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^[0-9]+$/.test(ascii)) return Number(ascii);
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === "") return NaN;
  const [, tens, ten, units] = match;
  if (!ten) return tens && !units ? (DIGITS[tens] ?? NaN) : NaN;
  return (tens ? (DIGITS[tens] ?? 0) : 1) * 10 + (units ? (DIGITS[units] ?? 0) : 0);
}

/** The value of an item's number as written, or its 1-based position when it has none. */
export function itemValue(item: Item, position: number): number {
  if (item.numbering) return item.numbering.value;
  const value = numeralValue(item.number);
  return Number.isNaN(value) ? position + 1 : value;
}

/** How a reviewer names an item: 问题5, 原因（二）, 措施3. */
export function itemLabel(item: Item): string {
  const noun = item.kind === "problem" ? "问题" : item.kind === "cause" ? "原因" : "措施";
  if (item.number === "") return `${noun}（第${item.id.slice(1)}条）`;
  return /^[0-9０-９]+$/.test(item.number) ? `${noun}${item.number}` : `${noun}（${item.number}）`;
}

/** The lead sentence, cut for a message. */
export function quote(title: string, max = 24): string {
  const text = title.trim();
  return `「${text.length > max ? `${text.slice(0, max)}……` : text}」`;
}
