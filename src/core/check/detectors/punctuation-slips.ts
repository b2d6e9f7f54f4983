/** Punctuation slips in Chinese text: half-width marks, unpaired or reversed quotes and brackets, stray marks, blanks. */
import { findSlots } from "./placeholders";
import { isBlank, isChinese, isHan, isLatinOrDigit, nextNonBlank, prevNonBlank } from "./char-classes";

export type PunctuationKind = "half-width" | "unpaired" | "reversed" | "stray" | "space";

export interface PunctuationHit {
  kind: PunctuationKind;
  offset: number;
  length: number;
  found: string;
  /** Safe replacement for the span, when one exists. */
  replacement?: string;
  /** For unpaired marks: the partner that is missing. */
  partner?: string;
}

const FULL_WIDTH: Record<string, string> = {
  ",": "，",
  ":": "：",
  ";": "；",
  "?": "？",
  "!": "！",
  "(": "（",
  ")": "）",
};

const PAIRS: [string, string][] = [
  ["“", "”"],
  ["（", "）"],
  ["《", "》"],
  ["【", "】"],
];

const STRAY = "*＊#`^\\|~";

/** Numbering the numbering rule owns: (一) (1) 1. 1、 一、 at the start of a paragraph. */
const NUMBER_PREFIX =
  /^[\s\u3000]*(?:[(（](?:[一二三四五六七八九十]+|\d+)[)）]|\d+(?:[.．、]\d+)*[.．、]?|[一二三四五六七八九十]+、)/;

export function numberPrefixLength(text: string, known?: number): number {
  const m = NUMBER_PREFIX.exec(text);
  return Math.max(known ?? 0, m ? m[0].length : 0);
}

/** Half-width parentheses decided as pairs: Chinese inside → full-width; Latin inside (PDCA(plan, do)) → leave. */
function pairedParens(text: string, start: number): Map<number, boolean> {
  const decided = new Map<number, boolean>();
  const open: number[] = [];
  for (let i = start; i < text.length; i++) {
    if (text[i] === "(") open.push(i);
    else if (text[i] === ")") {
      const o = open.pop();
      if (o === undefined) continue;
      const chinese = /[\u4e00-\u9fff]/.test(text.slice(o + 1, i));
      decided.set(o, chinese);
      decided.set(i, chinese);
    }
  }
  return decided;
}

function halfWidth(text: string, start: number, hits: PunctuationHit[]): void {
  const parens = pairedParens(text, start);
  for (let i = start; i < text.length; i++) {
    const ch = text[i] ?? "";
    const prev = text[i - 1];
    const next = text[i + 1];
    let replacement: string | undefined;
    if (ch === ".") {
      // 。 written as a half-width full stop after Chinese text (not 3.5, not 《纲要》.doc).
      if (isHan(prev) && (next === undefined || isHan(next))) replacement = "。";
    } else if (parens.has(i)) {
      if (parens.get(i)) replacement = FULL_WIDTH[ch];
    } else if (FULL_WIDTH[ch]) {
      if (isLatinOrDigit(prev) && isLatinOrDigit(next)) continue; // 10:30, 1,000, a(b)
      if (ch === ":" && next === "/") continue; // URLs
      const around = isChinese(prevNonBlank(text, i)) || isChinese(nextNonBlank(text, i));
      if (around) replacement = FULL_WIDTH[ch];
    }
    if (replacement) hits.push({ kind: "half-width", offset: i, length: 1, found: ch, replacement });
  }
}

function pairing(text: string, start: number, hits: PunctuationHit[]): void {
  for (const [open, close] of PAIRS) {
    const openers: number[] = [];
    const strayClosers: number[] = [];
    for (let i = start; i < text.length; i++) {
      if (text[i] === open) openers.push(i);
      else if (text[i] === close) {
        if (openers.length) openers.pop();
        else strayClosers.push(i);
      }
    }
    // ”…“ : a closer with no opener before it, then an opener with no closer after it.
    const closer = strayClosers[0];
    const opener = openers[openers.length - 1];
    if (
      open === "“" &&
      strayClosers.length === 1 &&
      openers.length === 1 &&
      closer !== undefined &&
      opener !== undefined &&
      closer < opener &&
      opener - closer <= 40
    ) {
      const inner = text.slice(closer + 1, opener);
      hits.push({
        kind: "reversed",
        offset: closer,
        length: opener - closer + 1,
        found: text.slice(closer, opener + 1),
        replacement: `${open}${inner}${close}`,
      });
      continue;
    }
    for (const i of strayClosers)
      hits.push({ kind: "unpaired", offset: i, length: 1, found: close, partner: open });
    for (const i of openers)
      hits.push({ kind: "unpaired", offset: i, length: 1, found: open, partner: close });
  }
}

function stray(text: string, start: number, hits: PunctuationHit[]): void {
  const slots = findSlots(text);
  const inSlot = (i: number) => slots.some((s) => i >= s.offset && i < s.offset + s.length);
  for (let i = start; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (!STRAY.includes(ch) || inSlot(i)) continue;
    if (STRAY.includes(text[i - 1] ?? "") || STRAY.includes(text[i + 1] ?? "")) continue;
    if (isChinese(prevNonBlank(text, i)) && isChinese(nextNonBlank(text, i))) {
      hits.push({ kind: "stray", offset: i, length: 1, found: ch, replacement: "" });
    }
  }
}

/** Signatures (张  三) and letter-spaced titles use blanks on purpose. */
function spacedOnPurpose(text: string): boolean {
  const solid = text.replace(/[\s\u3000\u00a0]/g, "");
  if (solid.length <= 6) return true;
  let gaps = 0;
  let adjacent = 0;
  for (let i = 1; i < text.length; i++) {
    if (isHan(text[i]) && isHan(text[i - 1])) adjacent++;
  }
  for (const m of text.matchAll(/[\u4e00-\u9fff][ \u00a0\u3000\t]+(?=[\u4e00-\u9fff])/g)) if (m) gaps++;
  return gaps >= 3 && gaps >= adjacent;
}

function spaces(text: string, start: number, hits: PunctuationHit[]): void {
  if (spacedOnPurpose(text)) return;
  for (let i = Math.max(start, 1); i < text.length; i++) {
    if (!isBlank(text[i]) || isBlank(text[i - 1])) continue;
    let end = i;
    while (end < text.length && isBlank(text[end])) end++;
    if (isHan(text[i - 1]) && isHan(text[end])) {
      hits.push({ kind: "space", offset: i, length: end - i, found: text.slice(i, end), replacement: "" });
    }
    i = end - 1;
  }
}

/** Every punctuation slip in one paragraph, skipping its numbering prefix. */
export function findPunctuation(text: string, prefixLength = 0): PunctuationHit[] {
  const start = numberPrefixLength(text, prefixLength);
  const hits: PunctuationHit[] = [];
  halfWidth(text, start, hits);
  pairing(text, start, hits);
  stray(text, start, hits);
  spaces(text, start, hits);
  return hits.sort((a, b) => a.offset - b.offset);
}
