/** Finds accidental doubling (全会全会, 的的) while leaving deliberate reduplication (看看, 方方面面) alone. */
import data from "./reduplications.json";
import { wordBoundaries } from "./word-boundaries";
import { isHan } from "./char-classes";

export interface Doubling {
  offset: number;
  /** Length of the whole doubled span (twice the unit). */
  length: number;
  unit: string;
}

const MAX_UNIT = 8;
const whitelist: string[] = data.words;
const ababVerbs = new Set<string>(data.ababVerbs);

function allHan(s: string): boolean {
  for (const ch of s) if (!isHan(ch)) return false;
  return true;
}

/** True when [start, end) lies inside an occurrence of a whitelisted word. */
function insideWhitelisted(text: string, start: number, end: number): boolean {
  for (const word of whitelist) {
    for (
      let j = text.indexOf(word, Math.max(0, end - word.length));
      j >= 0 && j <= start;
      j = text.indexOf(word, j + 1)
    ) {
      if (j + word.length >= end) return true;
    }
  }
  return false;
}

function deliberate(text: string, at: number, unit: string): boolean {
  const end = at + unit.length * 2;
  if (unit.length === 1) {
    if (!data.functionChars.includes(unit)) return true; // 看看, 常常, 红红: reduplication, not a slip
    // AABB (干干净净, 是是非非) on either side of the pair.
    if (text[end] !== undefined && text[end] === text[end + 1]) return true;
    if (at >= 2 && text[at - 2] === text[at - 1]) return true;
  } else {
    if (unit.length === 2 && unit.startsWith("一")) return true; // 一个一个, 一步一步
    const lead = text[at - 1];
    if (ababVerbs.has(unit) && (!isHan(lead) || data.ababLeads.includes(lead ?? ""))) return true; // 要研究研究
  }
  return insideWhitelisted(text, at, end);
}

export function findDoublings(text: string): Doubling[] {
  const found: Doubling[] = [];
  let bounds: Set<number> | null | undefined;
  for (let i = 0; i < text.length - 1; i++) {
    for (let n = 1; n <= MAX_UNIT && i + 2 * n <= text.length; n++) {
      if (text[i] !== text[i + n]) continue;
      const unit = text.slice(i, i + n);
      if (text.slice(i + n, i + 2 * n) !== unit || !allHan(unit)) continue;
      if (bounds === undefined) bounds = wordBoundaries(text);
      if (bounds) {
        // Both copies must be whole words: 的的确确 splits as 的|的确|确 and is left alone.
        if (!bounds.has(i) || !bounds.has(i + n) || !bounds.has(i + 2 * n)) continue;
      } else if (n === 1) {
        continue; // without word boundaries a single doubled character is too risky
      }
      if (deliberate(text, i, unit)) continue;
      found.push({ offset: i, length: 2 * n, unit });
      i += 2 * n - 1;
      break;
    }
  }
  return found;
}
