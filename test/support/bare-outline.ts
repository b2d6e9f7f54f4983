import type { Outline, Paragraph } from "../../src/core/types";

/** An outline with paragraphs and nothing recognised yet: tests fill in the parts they need by hand. */
export function bareOutline(paragraphs: Paragraph[]): Outline {
  return {
    paragraphs,
    numbering: paragraphs.map(() => null),
    title: null,
    opening: null,
    announcedAspects: null,
    parts: [],
    aspects: [],
    problems: [],
    causes: [],
    measures: [],
    signature: null,
    date: null,
    glued: [],
  };
}
