/** Word boundaries from the shared segmenter, which Word's older webviews may lack (callers cope with null). */
import { segmentWords } from "../word-segmenter";

export { simulateNoSegmenter } from "../word-segmenter";

/** Offsets where a word starts or ends (0 and text.length included), or null without a segmenter. */
export function wordBoundaries(text: string): Set<number> | null {
  const words = segmentWords(text);
  if (!words) return null;
  const bounds = new Set<number>([0, text.length]);
  for (const s of words) {
    bounds.add(s.index);
    bounds.add(s.index + s.segment.length);
  }
  return bounds;
}
