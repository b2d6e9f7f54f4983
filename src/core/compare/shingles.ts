/**
 * Character shingles: a passage as the set of its 3-character pieces, punctuation and blanks left out, so
 * that a copy with other punctuation or a changed word still shares most of its pieces. A line break ends
 * a run: no piece spans two paragraphs (or the two sides of a snippet's slot).
 */
import type { TextMark } from "../types";

export const SHINGLE = 3;

/** A passage reduced to the characters that carry its wording, each with its offset in the original. */
export interface Shingled {
  text: string;
  /** The kept characters, full-width letters and digits made half-width, letters lower-cased; BREAK at line breaks. */
  chars: string;
  /** For each kept character, its offset in `text`. */
  offsets: number[];
  /** How many characters were kept, line breaks not counted. */
  length: number;
  /** For each position of `chars`, the code of the shingle starting there; -1 where none does. */
  codes: Int32Array;
  /** The distinct shingle codes, ascending. */
  grams: Int32Array;
}

const KEPT = /[\p{Script=Han}\p{L}\p{N}]/u;
const BREAK = "\n";

/** The character as compared: full-width ASCII (Ｆ, ３) made half-width, letters lower-cased; "" when not kept. */
function kept(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x4e00 && code <= 0x9fff) return ch; // the common Han block, by far the most frequent
  const half = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ch;
  if (!KEPT.test(half)) return "";
  const lower = half.toLowerCase();
  return lower.length === 1 ? lower : half;
}

export function shingle(text: string): Shingled {
  const out: string[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const k = ch === BREAK ? (out.length > 0 && out[out.length - 1] !== BREAK ? BREAK : "") : kept(ch);
    if (k === "") continue;
    out.push(k);
    offsets.push(i);
  }
  const chars = out.join("");
  const codes = new Int32Array(chars.length).fill(-1);
  for (let i = 0; i + SHINGLE <= chars.length; i++) codes[i] = gramCode(chars, i);
  const breaks = out.filter((ch) => ch === BREAK).length;
  return { text, chars, offsets, length: chars.length - breaks, codes, grams: distinct(codes) };
}

/**
 * The shingle at `at` as a non-negative 30-bit number (a small integer, far cheaper to hash and store
 * than a string or a large number); -1 when it spans a line break. Two shingles share a code about once in a billion.
 */
function gramCode(chars: string, at: number): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < SHINGLE; k++) {
    const ch = chars.charCodeAt(at + k);
    if (ch === 10) return -1;
    hash = Math.imul(hash ^ ch, 0x01000193);
  }
  return hash >>> 2;
}

/** The distinct non-negative codes, ascending. */
export function distinct(codes: Int32Array): Int32Array {
  const sorted = codes.filter((c) => c >= 0).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
  return sorted.slice(0, n);
}

/** True when the ascending `grams` hold `code`. */
export function hasGram(grams: Int32Array, code: number): boolean {
  let lo = 0;
  let hi = grams.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = grams[mid]!;
    if (value === code) return true;
    if (value < code) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Kept characters of a passage, line breaks not counted. */
export function keptLength(a: Shingled): number {
  return a.length;
}

/** How many shingles two passages share (a walk along both ascending lists). */
export function sharedCount(a: Shingled, b: Shingled): number {
  const x = a.grams;
  const y = b.grams;
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return shared;
}

/** Share of `a`'s shingles found in `b` (0 when `a` has none). */
export function containment(a: Shingled, b: Shingled): number {
  return a.grams.length === 0 ? 0 : sharedCount(a, b) / a.grams.length;
}

/** Share of the shorter passage's shingles found in the longer one. */
export function overlap(a: Shingled, b: Shingled): number {
  const least = Math.min(a.grams.length, b.grams.length);
  return least === 0 ? 0 : sharedCount(a, b) / least;
}

/** A shared stretch shorter than this many kept characters is not marked: three common characters are chance. */
export const MIN_MARKED_RUN = 6;

/**
 * The stretches of `a` whose shingles occur in `b`, as marks in `a.text` (punctuation inside a stretch
 * included, so the mark reads as one piece).
 */
export function sharedMarks(a: Shingled, b: Shingled, minRun = MIN_MARKED_RUN): TextMark[] {
  const covered = new Uint8Array(a.chars.length);
  for (let i = 0; i < a.codes.length; i++) {
    const code = a.codes[i]!;
    if (code >= 0 && hasGram(b.grams, code)) covered.fill(1, i, i + SHINGLE);
  }
  const marks: TextMark[] = [];
  for (let i = 0; i < covered.length;) {
    if (!covered[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < covered.length && covered[j]) j++;
    if (j - i >= minRun) {
      const start = a.offsets[i]!;
      const end = a.offsets[j - 1]! + 1;
      marks.push({ offset: start, length: end - start });
    }
    i = j;
  }
  return marks;
}

/** Characters the marks cover, punctuation, blanks and line breaks not counted. */
export function markedChars(a: Shingled, marks: TextMark[]): number {
  let count = 0;
  for (const mark of marks) {
    a.offsets.forEach((at, i) => {
      if (at >= mark.offset && at < mark.offset + mark.length && a.chars[i] !== BREAK) count++;
    });
  }
  return count;
}
