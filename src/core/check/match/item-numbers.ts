import { countValue } from "../../outline/chinese-numerals";
import type { Item } from "../../types";

/** "3", "３", "三", "十二", "二十" → number; NaN when it is none of those. */
export function numeralValue(text: string): number {
  return countValue(text) ?? NaN;
}

/** A number as writers put it in a reference: 3, ３, 三, （三）. */
export const WRITTEN_NUMBER = "[（(]?[0-9０-９一二三四五六七八九十]+[)）]?";

/** "（三）", "第3", "三" → 3. */
export const writtenValue = (number: string) => numeralValue(number.replace(/[\s第（()）]/g, ""));

/** The value of an item's number as written, or its 1-based position when it has none. */
export function itemValue(item: Item, position: number): number {
  if (item.numbering) return item.numbering.value;
  const value = numeralValue(item.number);
  return Number.isNaN(value) ? position + 1 : value;
}
