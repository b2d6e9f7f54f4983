/** Word boundaries from Intl.Segmenter, which Word's older webviews may lack (callers must cope with null). */

type WordSegmenter = { segment(text: string): Iterable<{ index: number; segment: string }> };

let segmenter: WordSegmenter | null | undefined;

function getSegmenter(): WordSegmenter | null {
  if (segmenter === undefined) {
    const Ctor = (Intl as { Segmenter?: new (locale: string, options: object) => WordSegmenter }).Segmenter;
    segmenter = Ctor ? new Ctor("zh-CN", { granularity: "word" }) : null;
  }
  return segmenter;
}

/** Offsets where a word starts or ends (0 and text.length included), or null without a segmenter. */
export function wordBoundaries(text: string): Set<number> | null {
  const seg = getSegmenter();
  if (!seg) return null;
  const bounds = new Set<number>([0, text.length]);
  for (const s of seg.segment(text)) {
    bounds.add(s.index);
    bounds.add(s.index + s.segment.length);
  }
  return bounds;
}

/** For tests: pretend the host has no segmenter (true) or restore detection (false). */
export function simulateNoSegmenter(off: boolean): void {
  segmenter = off ? null : undefined;
}
