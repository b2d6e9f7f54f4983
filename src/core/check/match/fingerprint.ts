/**
 * Fingerprints of lead sentences, so a writer's decision about a link survives renumbering and small edits.
 *
 * The rule: a fingerprint is the lead sentence with every number, punctuation mark and blank removed
 * (a leading enumerator such as （三）, 3. or 一是 included), cut to 60 characters. Two fingerprints
 * denote the same item when they are equal, or when both have at least 6 characters and their edit
 * distance is at most a fifth of the longer one (a changed word or two in a long sentence still matches;
 * two different short sentences do not).
 */

const MAX_LENGTH = 60;
const MIN_FUZZY_LENGTH = 6;
const FUZZY_RATIO = 0.2;

// Enumerators written at the start of a sentence: （一） (1) 1. 1、 一、 一是 ①.
const LEADING_ENUMERATOR =
  /^\s*(?:[（(][0-9０-９一二三四五六七八九十]+[)）]|[0-9０-９]+[.．、]?|[一二三四五六七八九十]+(?:、|是)|[①-⑳])/u;
// Numbers, punctuation, symbols and blanks.
const NOISE = /[\s0-9０-９\p{P}\p{S}]/gu;

export function fingerprint(title: string): string {
  return title.replace(LEADING_ENUMERATOR, "").replace(NOISE, "").slice(0, MAX_LENGTH);
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** True when two fingerprints denote the same lead sentence (see the rule above). */
export function sameFingerprint(a: string, b: string): boolean {
  if (a === b) return a.length > 0;
  const longer = Math.max(a.length, b.length);
  if (Math.min(a.length, b.length) < MIN_FUZZY_LENGTH) return false;
  const limit = Math.floor(longer * FUZZY_RATIO);
  return editDistance(a, b, limit) <= limit;
}
