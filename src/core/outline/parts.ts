import { parseChineseNumeral } from "./chinese-numerals";
import {
  ASPECT_ANNOUNCE_CUE,
  OPENING_START,
  PART_ROLE_PATTERNS,
  TITLE_ENDING,
  TITLE_WORDS,
} from "./keywords";
import { SENTENCE_MARK } from "./sentence-marks";
import type { Numbering, Outline, Paragraph, PartRole, Span } from "../types";

export function isTitle(p: Paragraph, n: Numbering | null): boolean {
  const t = p.text.trim();
  if (n || t.length > 60 || /[。；，：！？,;:!?]$/.test(t) || OPENING_START.test(t)) return false;
  if (p.styleBuiltIn === "Title" || p.styleBuiltIn === "Heading1") return true;
  return TITLE_ENDING.test(t) || (t.length <= 40 && TITLE_WORDS.test(t));
}

export function roleOf(heading: string): PartRole {
  for (const { role, pattern } of PART_ROLE_PATTERNS) if (pattern.test(heading)) return role;
  return "other";
}

/** Level-1 numbers; without any, short unnumbered lines (or Heading1 lines) naming the usual parts. */
export function findPartHeadings(
  paragraphs: Paragraph[],
  texts: string[],
  numbering: (Numbering | null)[],
  cont: boolean[],
  start: number,
  end: number,
): number[] {
  const numbered: number[] = [];
  for (let i = start; i < end; i++) if (numbering[i]?.level === 1 && !cont[i]) numbered.push(i);
  if (numbered.length > 0) return numbered;
  const plain: number[] = [];
  const roles = new Set<PartRole>();
  for (let i = start; i < end; i++) {
    const t = texts[i]!.trim();
    if (t === "" || numbering[i] || cont[i] || t.length > 20 || SENTENCE_MARK.test(t) || /[，,]/.test(t))
      continue;
    const role = roleOf(t);
    if (role !== "other" || paragraphs[i]!.styleBuiltIn === "Heading1") {
      plain.push(i);
      roles.add(role);
    }
  }
  return roles.size >= 2 ? plain : [];
}

/** "对照……5个方面": the count the opening announces. */
export function readAnnouncedAspects(texts: string[], opening: Span): Outline["announcedAspects"] {
  const pattern = /([0-9０-９]{1,2}|[一二三四五六七八九十两]{1,3})\s*个方面/g;
  for (let i = opening.start; i < opening.end; i++) {
    const t = texts[i]!;
    for (const m of t.matchAll(pattern)) {
      if (!ASPECT_ANNOUNCE_CUE.test(t.slice(0, m.index))) continue;
      const raw = m[1]!.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
      const count = /^\d+$/.test(raw) ? Number(raw) : parseChineseNumeral(raw.replace("两", "二"));
      if (count) return { paragraph: i, count, offset: m.index, length: m[0].length };
    }
  }
  return null;
}
