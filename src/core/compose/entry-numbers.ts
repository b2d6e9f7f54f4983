/**
 * Numbers for the structure tab's new entries: the new entry's block, and the edits that move the numbers
 * of the entries after it (and the opening's "N个方面") by one.
 */
import { numeralLike } from "../outline/chinese-numerals";
import { formatNumber } from "../outline/number-prefixes";
import { numberEdit } from "./renumber";
import type { PrefixEdit } from "./renumber";
import type { SkeletonBlock } from "./skeleton";
import type { TextRole } from "./typesetting";
import type { Item, Numbering, NumberStyle, Outline } from "../types";

/** A new entry's block: number (if the neighbours have one) + lead slot + detail slot. */
export function entry(
  style: NumberStyle | null,
  value: number,
  lead: string,
  detail: string,
  role: TextRole,
): SkeletonBlock {
  const number = style ? formatNumber(style, value) : "";
  return { text: number + lead + detail, role, lead: number.length + lead.length };
}

/** Renumbers entries after `after` (already in document order) from `value` on, keeping their style. */
export function shift(outline: Outline, paragraphs: number[], after: number, value: number): PrefixEdit[] {
  const edits: PrefixEdit[] = [];
  let next = value;
  for (const p of paragraphs) {
    if (p <= after) continue;
    const edit = numberEdit(outline, p, next++);
    if (edit) edits.push(edit);
  }
  return edits;
}

/** Paragraphs of items numbered at `level` (literal numbers at the item's start). */
export function numberedAt(items: Item[], level: number): number[] {
  return items
    .filter((it) => it.numbering && it.numbering.level === level && it.offset === it.numbering.offset)
    .map((it) => it.paragraph);
}

/**
 * Of `paragraphs`, those that share the parent of the entry at `after`: numbers at `level` restart
 * under each shallower heading ((一) 1. 2. (二) 1. …), so shifting stops at the next one.
 */
export function siblings(outline: Outline, paragraphs: number[], after: number, level: number): number[] {
  let end = outline.paragraphs.length;
  for (let i = after + 1; i < end; i++) {
    const n = outline.numbering[i];
    if (n && n.level >= 1 && n.level < level) end = i;
  }
  return paragraphs.filter((p) => p < end);
}

/** A stand-in numbering for a part without entries yet. */
export function arabic(): Numbering {
  return {
    style: "arabic",
    level: 3,
    value: 0,
    raw: "",
    length: 0,
    offset: 0,
    separator: ".",
    wrongSeparator: false,
    fromList: false,
  };
}

/** Keeps the opening's "N个方面" right when it matched the aspects before the addition. */
export function announcedCountEdit(outline: Outline, count: number): PrefixEdit[] {
  const a = outline.announcedAspects;
  if (!a || a.count !== count - 1) return [];
  const text = outline.paragraphs[a.paragraph]!.text;
  return [
    {
      paragraph: a.paragraph,
      expectText: text,
      offset: a.offset,
      length: a.length,
      replacement: `${numeralLike(text.slice(a.offset, a.offset + a.length), count)}个方面`,
    },
  ];
}
