/**
 * The check's budget: a real report has a few thousand to a few tens of thousands of characters and at most
 * a few hundred problems, causes and measures. Far beyond that the text is not one report (a file pasted
 * many times over, a crafted file) and the check refuses it with a reason instead of running for minutes.
 */
import { InputError } from "../input-error";
import type { Outline, Paragraph } from "../types";

export const CHECK_LIMITS = {
  /** Characters of all paragraphs (list numbers included; each paragraph counts one more): about 5 MB of
   * Chinese text, some 3,000 pages. */
  characters: 2_000_000,
  /** Problems, causes and measures together. */
  items: 1_000,
} as const;

/** Refuses text beyond the character budget, before anything reads it. */
export function refuseOversizedText(paragraphs: readonly Paragraph[]): void {
  let size = 0;
  for (const p of paragraphs) size += p.text.length + (p.listString?.length ?? 0) + 1;
  if (size > CHECK_LIMITS.characters) {
    throw new InputError(
      `文字过多：共约 ${size} 字（上限 ${CHECK_LIMITS.characters} 字），` +
        "对照检查材料通常只有几千到几万字；请确认选对了文件，或把材料拆分后分别检查",
    );
  }
}

/** Refuses an outline with more items than any report has, before the matcher pairs them. */
export function refuseTooManyItems(outline: Outline): void {
  const items = outline.problems.length + outline.causes.length + outline.measures.length;
  if (items > CHECK_LIMITS.items) {
    throw new InputError(
      `条目过多：识别出 ${items} 条问题、原因和措施（上限 ${CHECK_LIMITS.items} 条），` +
        "一份对照检查材料通常只有几十到几百条；请确认选对了文件（例如没有把材料重复粘贴多遍），或拆分后分别检查",
    );
  }
}
