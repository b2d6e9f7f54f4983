import { readOutline } from "../../src/core/outline/read-outline";
import type { SkeletonBlock } from "../../src/core/compose/skeleton";
import type { Outline, Paragraph } from "../../src/core/types";

export const DATE = new Date(2026, 10, 28);

export const paragraphsOf = (blocks: readonly { text: string }[]): Paragraph[] =>
  blocks.map((b) => ({ text: b.text }));

export const outlineOfBlocks = (blocks: SkeletonBlock[]): Outline => readOutline(paragraphsOf(blocks));

export const outlineOfLines = (...lines: string[]): Outline => readOutline(lines.map((text) => ({ text })));
