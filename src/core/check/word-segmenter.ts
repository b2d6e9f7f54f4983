/**
 * Chinese word segmentation through Intl.Segmenter, shared by every rule that needs words, with a bounded
 * cache: the matcher and the doubling rule read the same paragraphs, and a re-check after a small edit
 * finds almost every paragraph already segmented. Older webviews lack Intl.Segmenter: callers get null.
 */
export interface WordSegment {
  index: number;
  segment: string;
  isWordLike: boolean;
}

type Segmenter = {
  segment(text: string): Iterable<{ index: number; segment: string; isWordLike?: boolean }>;
};

let segmenter: Segmenter | null | undefined;
const cache = new Map<string, WordSegment[]>();
const CACHE_LIMIT = 5000;
/** Beyond this length Intl.Segmenter slows down more than linearly: longer texts are cut at sentence ends. */
const PIECE = 2000;

function getSegmenter(): Segmenter | null {
  if (segmenter === undefined) {
    const Ctor = (Intl as unknown as { Segmenter?: new (locale: string, options: object) => Segmenter })
      .Segmenter;
    segmenter = Ctor ? new Ctor("zh-CN", { granularity: "word" }) : null;
  }
  return segmenter;
}

function segmentPiece(seg: Segmenter, text: string, base: number, out: WordSegment[]): void {
  for (const s of seg.segment(text)) {
    out.push({ index: base + s.index, segment: s.segment, isWordLike: s.isWordLike ?? false });
  }
}

/** The words of `text` with their offsets, or null where the webview has no segmenter. */
export function segmentWords(text: string): WordSegment[] | null {
  const seg = getSegmenter();
  if (!seg) return null;
  const known = cache.get(text);
  if (known) return known;
  const words: WordSegment[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + PIECE);
    if (end < text.length) {
      const stop = Math.max(text.lastIndexOf("。", end), text.lastIndexOf("\n", end));
      if (stop > start) end = stop + 1;
    }
    segmentPiece(seg, text.slice(start, end), start, words);
    start = end;
  }
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(text, words);
  return words;
}

/** Forgets every segmented text (benchmarks measure a first check with it). */
export function clearSegmentCache(): void {
  cache.clear();
}

/** For tests: pretend the host has no segmenter (true) or restore detection (false). */
export function simulateNoSegmenter(off: boolean): void {
  segmenter = off ? null : undefined;
  cache.clear();
}
