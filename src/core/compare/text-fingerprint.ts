/** A short fingerprint of a report's wording, to tell whether a file chosen again is the one chosen before. */
import type { Paragraph } from "../types";

/** FNV-1a (32 bits) over the text without blanks, as 8 hex digits: the same words give the same print. */
export function textFingerprint(paragraphs: Paragraph[]): string {
  let hash = 0x811c9dc5;
  for (const p of paragraphs) {
    for (const ch of p.text.replace(/\s/g, "")) {
      hash ^= ch.codePointAt(0)!;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return hash.toString(16).padStart(8, "0");
}
