/** Core typesetting (per text role) turned into the gateway's paragraph formats. */
import { readOutline } from "../../core/outline";
import type { SkeletonBlock } from "../../core/skeleton";
import {
  formatBlocks,
  formatPlan,
  type ParagraphFormat as CoreFormat,
  type TypesettingSettings,
} from "../../core/typesetting";
import type { Paragraph } from "../../core/types";
import type { FormattedBlock, ParagraphFormat } from "../../word";

/** Core's format in the gateway's shape (Latin font for font.name, East Asian font for Chinese text). */
export function toWordFormat(f: CoreFormat): ParagraphFormat {
  return {
    fontName: f.fontName,
    eastAsianFont: f.eastAsianFont,
    size: f.size,
    bold: f.bold,
    alignment: f.alignment,
    firstLineIndent: f.firstLineIndent,
    lineSpacing: f.lineSpacing,
  };
}

export function formattedBlocks(
  blocks: readonly SkeletonBlock[],
  settings: TypesettingSettings,
): FormattedBlock[] {
  const formats = formatBlocks(blocks, settings);
  return blocks.map((b, i) => ({ text: b.text, format: toWordFormat(formats[i]!.format) }));
}

/** One entry per paragraph: its format, or null where the typesetting leaves it alone. */
export function typesetPlan(
  paragraphs: Paragraph[],
  settings: TypesettingSettings,
): (ParagraphFormat | null)[] {
  const out: (ParagraphFormat | null)[] = paragraphs.map(() => null);
  for (const e of formatPlan(readOutline(paragraphs), settings)) out[e.paragraph] = toWordFormat(e.format);
  return out;
}
