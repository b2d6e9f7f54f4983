import { HEADING_ENDING } from "./keywords";
import { isDateLine, isSignatureLine } from "./signature-date";
import type { Numbering } from "../types";

/** A paragraph that closes its sentence (or is a heading) ends with one of these. */
const CLOSED = /[。！？!?；;：:…]$/;
/** A line ending with these certainly goes on in the next line. */
const OPEN = /[，,、“《（(—-]$/;

/**
 * True when paragraph i is the rest of a sentence broken by a hard line break (pasted text):
 * it has no number and the line before stops mid-sentence.
 */
export function isContinuation(texts: string[], numbering: (Numbering | null)[], i: number): boolean {
  const t = texts[i]!.trim();
  const before = texts[i - 1]?.trim() ?? "";
  if (t === "" || before === "" || numbering[i] || isDateLine(t) || isSignatureLine(t)) return false;
  if (OPEN.test(before)) return true;
  if (CLOSED.test(before) || HEADING_ENDING.test(before)) return false;
  const prev = numbering[i - 1];
  // A numbered line is a heading unless it is long or its text already runs past a clause or a sentence.
  if (prev) return before.length - prev.length >= 24 || /[，,。；;！？!?]/.test(before);
  return before.length >= 15;
}
