import { readNumberPrefix } from "./number-prefixes";
import type { Numbering } from "../types";

/** A paragraph opening like 4、8月份 or 2.7月: a number, or a figure in prose. */
const NUMBER_THEN_FIGURE = /^[\s\u3000]*[0-9０-９]{1,3}[.．、,，][0-9０-９]/;

/**
 * The value of the nearest Arabic number before (step -1) or after (+1) paragraph i within its part (problem
 * numbers often run on across aspect headings).
 */
function sibling(numbering: (Numbering | null)[], i: number, step: 1 | -1): number | null {
  for (let j = i + step; j >= 0 && j < numbering.length; j += step) {
    const n = numbering[j];
    if (n?.level === 1) return null;
    if (n?.level === 3) return n.value;
  }
  return null;
}

/**
 * Reads 4、8月份… as entry 4 when the entries around it count 3 before it or 5 after it; otherwise the digits
 * stay a figure in prose (1、2月份正值春运…). Fills `numbering` in place, in document order.
 */
export function readNumbersBeforeFigures(texts: string[], numbering: (Numbering | null)[]): void {
  const open = new Map<number, Numbering>();
  texts.forEach((text, i) => {
    const n = !numbering[i] && NUMBER_THEN_FIGURE.test(text) ? readNumberPrefix(text, true) : null;
    if (n?.level === 3) open.set(i, n);
  });
  // Two such entries in a row (3、10月… 4、8月…) are settled one after the other.
  for (let changed = true; changed;) {
    changed = false;
    for (const [i, n] of open) {
      if (sibling(numbering, i, -1) !== n.value - 1 && sibling(numbering, i, 1) !== n.value + 1) continue;
      numbering[i] = n;
      open.delete(i);
      changed = true;
    }
  }
}
