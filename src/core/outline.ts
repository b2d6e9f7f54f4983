import type { Outline, Paragraph } from "./types";

/** Reads a report's outline from its paragraphs. (Placeholder until the outline reader lands.) */
export function readOutline(paragraphs: Paragraph[]): Outline {
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
  };
}
