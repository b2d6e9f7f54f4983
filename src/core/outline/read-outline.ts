import { parseChineseNumeral } from "./chinese-numerals";
import { findInlineEnumerations, numberText, readNumbering } from "./number-prefixes";
import {
  ASPECT_ANNOUNCE_CUE,
  ASPECT_HEADING,
  ASPECT_NAME_TRIM,
  OPENING_START,
  PART_ROLE_PATTERNS,
  TITLE_ENDING,
  TITLE_WORDS,
} from "./keywords";
import { isContinuation } from "./continuation-lines";
import { readTail } from "./signature-date";
import type { Aspect, Item, ItemKind, Numbering, Outline, Paragraph, Part, PartRole, Span } from "../types";

/** Ends a lead sentence. */
const LEAD_END = /[。！？!?；;]/;
/** Ends the short phrase of a heading ("理论学习方面" in "（一）理论学习方面，存在以下问题："). */
const CLAUSE_END = /[。！？!?；;：:，,]/;
/** A heading line has no sentence inside it. */
const SENTENCE_MARK = /[。！？!?；;]/;
/** Longest line still read as a bare heading. */
const HEADING_MAX = 40;

/** Where something starts in the document: a paragraph and an offset in its text. */
interface Pos {
  paragraph: number;
  offset: number;
}

/** A place where an entry can start: a number, a 一是, or an unnumbered paragraph. */
interface Mark extends Pos {
  /** Offset where the text after the number starts. */
  content: number;
  kind: "num" | "shi" | "para";
  /** 1–5 for numbered marks. */
  level: number;
  numbering: Numbering | null;
  number: string;
}

interface Draft {
  mark: Mark;
  end: Pos;
  aspect?: number;
}

export function readOutline(paragraphs: Paragraph[]): Outline {
  // Tables (a rectification list, a form pasted in) are not part of the report's outline: read them as blank
  // lines, so that the indices of everything else stay those of the document.
  const texts = paragraphs.map((p) => (p.inTable ? "" : (p.text ?? "")));
  const numbering = paragraphs.map((p) => (p.inTable ? null : readNumbering(p)));
  const blank = texts.map((t) => t.trim() === "");

  const first = blank.indexOf(false);
  const title = first >= 0 && isTitle(paragraphs[first]!, numbering[first]!) ? first : -1;
  const bodyStart = title >= 0 ? title + 1 : Math.max(first, 0);
  const tail = readTail(texts, numbering, bodyStart);
  const bodyEnd = tail.start;

  const cont = texts.map(
    (_, i) => i > bodyStart && i < bodyEnd && i - 1 !== title && isContinuation(texts, numbering, i),
  );

  const partParas = findPartHeadings(paragraphs, texts, numbering, cont, bodyStart, bodyEnd);
  const partSet = new Set(partParas);
  const marks = buildMarks(texts, numbering, cont, partSet, bodyStart, bodyEnd);
  const reader = new MarkReader(texts, marks, cont);

  const parts: Part[] = [];
  const aspects: Aspect[] = [];
  const drafts: Record<ItemKind, Draft[]> = { problem: [], cause: [], measure: [] };
  const markAt = new Map<number, number>();
  marks.forEach((m, k) => {
    if (!markAt.has(m.paragraph)) markAt.set(m.paragraph, k);
  });

  partParas.forEach((p, j) => {
    const next = partParas[j + 1];
    const endPara = next ?? bodyEnd;
    const a = (markAt.get(p) ?? 0) + 1;
    const b = next === undefined ? marks.length : (markAt.get(next) ?? marks.length);
    const end = { paragraph: endPara, offset: 0 };
    const head = marks[a - 1]!;
    const role = roleOf(reader.lead(head));
    parts.push({
      role,
      start: p,
      end: endPara,
      paragraph: p,
      heading: reader.heading(head),
      number: numbering[p] ?? null,
    });
    if (role === "problems") drafts.problem.push(...reader.problems(a, b, end, aspects));
    else if (role === "causes") drafts.cause.push(...reader.collect(a, b, end));
    else if (role === "measures") drafts.measure.push(...reader.collect(a, b, end));
  });

  const opening: Span | null =
    parts.length > 0 && parts[0]!.paragraph > bodyStart
      ? { start: bodyStart, end: parts[0]!.paragraph }
      : null;

  return {
    paragraphs,
    numbering,
    title: title >= 0 ? { paragraph: title, text: texts[title]!.trim() } : null,
    opening,
    announcedAspects: opening ? readAnnouncedAspects(texts, opening) : null,
    parts,
    aspects,
    problems: drafts.problem.map((d, i) => reader.item(d, "problem", `P${i + 1}`)),
    causes: drafts.cause.map((d, i) => reader.item(d, "cause", `C${i + 1}`)),
    measures: drafts.measure.map((d, i) => reader.item(d, "measure", `M${i + 1}`)),
    signature: tail.signature,
    date: tail.date,
  };
}

function isTitle(p: Paragraph, n: Numbering | null): boolean {
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
function findPartHeadings(
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

function buildMarks(
  texts: string[],
  numbering: (Numbering | null)[],
  cont: boolean[],
  partSet: Set<number>,
  start: number,
  end: number,
): Mark[] {
  const marks: Mark[] = [];
  for (let i = start; i < end; i++) {
    const t = texts[i]!;
    if (t.trim() === "") continue;
    const lead = t.length - t.trimStart().length;
    const n = numbering[i] ?? null;
    let content = 0;
    if (partSet.has(i) && !n) {
      marks.push({
        paragraph: i,
        offset: lead,
        content: lead,
        kind: "num",
        level: 1,
        numbering: null,
        number: "",
      });
      continue;
    }
    const inline = findInlineEnumerations(t);
    if (!cont[i]) {
      if (n && n.level >= 1) {
        content = n.length;
        marks.push({
          paragraph: i,
          offset: n.fromList ? 0 : n.offset,
          content,
          kind: "num",
          level: n.level,
          numbering: n,
          number: numberText(n, t),
        });
      } else if (inline[0]?.offset !== lead) {
        marks.push({
          paragraph: i,
          offset: lead,
          content: lead,
          kind: "para",
          level: 0,
          numbering: null,
          number: "",
        });
      }
    }
    for (const e of inline) {
      if (e.offset < content) continue;
      marks.push({
        paragraph: i,
        offset: e.offset,
        content: e.offset + e.length,
        kind: "shi",
        level: 0,
        numbering: e.offset === lead ? n : null,
        number: t.slice(e.offset, e.offset + e.length - 1),
      });
    }
  }
  return marks;
}

function readAnnouncedAspects(texts: string[], opening: Span): Outline["announcedAspects"] {
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

/** Reads entries out of the marks: which ones are items, where each ends, and their text. */
class MarkReader {
  constructor(
    private readonly texts: string[],
    private readonly marks: Mark[],
    private readonly cont: boolean[],
  ) {}

  private pos(k: number): Pos {
    const m = this.marks[k]!;
    return { paragraph: m.paragraph, offset: m.offset };
  }

  private has(a: number, b: number, kind: Mark["kind"]): boolean {
    for (let k = a; k < b; k++) if (this.marks[k]!.kind === kind) return true;
    return false;
  }

  /** The text after a mark's number, in its own paragraph. */
  private rest(m: Mark): string {
    return this.texts[m.paragraph]!.slice(m.content).trim();
  }

  /** The heading phrase after the number, up to the first clause mark. */
  lead(m: Mark): string {
    const rest = this.rest(m);
    const at = rest.search(CLAUSE_END);
    return at < 0 ? rest : rest.slice(0, at);
  }

  /**
   * The phrase that names an aspect: a standalone heading ending in 方面/情况 whole, its 、 and ，included
   * (带头严守政治纪律和政治规矩，维护党的团结统一方面); otherwise the heading phrase up to the first clause mark.
   */
  aspectPhrase(m: Mark): string {
    const rest = this.rest(m)
      .replace(/[：:]$/, "")
      .trim();
    return this.isHeadingLine(m) && /(方面|情况)$/.test(rest) ? rest : this.lead(m);
  }

  isHeadingLine(m: Mark): boolean {
    const rest = this.rest(m).replace(/[：:]$/, "");
    return rest.length <= HEADING_MAX && !SENTENCE_MARK.test(rest);
  }

  /** A heading as written: the whole line when it stands alone, else the number and the run-in phrase. */
  heading(m: Mark): string {
    const t = this.texts[m.paragraph]!;
    const prefix = m.numbering?.fromList ? m.numbering.raw.trim() : t.slice(m.offset, m.content);
    if (this.isHeadingLine(m)) return (prefix + t.slice(m.content)).trim();
    return (prefix + this.lead(m)).trim();
  }

  /** Entries of the shallowest numbered level in marks [a, b); entries with numbered children give way to them. */
  collect(a: number, b: number, end: Pos): Draft[] {
    let level = 9;
    for (let k = a; k < b; k++) {
      const m = this.marks[k]!;
      if (m.kind === "num" && m.level < level) level = m.level;
    }
    if (level === 9) return this.flat(a, b, end);
    const entries: number[] = [];
    for (let k = a; k < b; k++)
      if (this.marks[k]!.kind === "num" && this.marks[k]!.level === level) entries.push(k);
    const out: Draft[] = [];
    entries.forEach((e, j) => {
      const next = entries[j + 1] ?? b;
      const entryEnd = next < b ? this.pos(next) : end;
      const sub = this.has(e + 1, next, "num")
        ? this.collect(e + 1, next, entryEnd)
        : this.isHeadingLine(this.marks[e]!) && this.has(e + 1, next, "shi")
          ? this.flat(e + 1, next, entryEnd)
          : [];
      if (sub.length > 0) out.push(...sub);
      else out.push({ mark: this.marks[e]!, end: entryEnd });
    });
    return out;
  }

  /** Without numbers: each 一是 item, or else each paragraph. */
  flat(a: number, b: number, end: Pos): Draft[] {
    const kind = this.has(a, b, "shi") ? "shi" : "para";
    const picked: number[] = [];
    for (let k = a; k < b; k++) if (this.marks[k]!.kind === kind) picked.push(k);
    return picked.map((k, j) => ({
      mark: this.marks[k]!,
      end: j + 1 < picked.length ? this.pos(picked[j + 1]!) : end,
    }));
  }

  /** The problems part: level-2 aspect headings with their problems, or problems directly. */
  problems(a: number, b: number, end: Pos, aspects: Aspect[]): Draft[] {
    let level = 9;
    for (let k = a; k < b; k++) {
      const m = this.marks[k]!;
      if (m.kind === "num" && m.level < level) level = m.level;
    }
    if (level !== 2) return this.collect(a, b, end);
    const entries: number[] = [];
    for (let k = a; k < b; k++)
      if (this.marks[k]!.kind === "num" && this.marks[k]!.level === 2) entries.push(k);
    const out: Draft[] = [];
    entries.forEach((e, j) => {
      const m = this.marks[e]!;
      const next = entries[j + 1] ?? b;
      const entryEnd = next < b ? this.pos(next) : end;
      const numbered = this.has(e + 1, next, "num");
      const shi = this.has(e + 1, next, "shi");
      const isAspect =
        ASPECT_HEADING.test(this.lead(m)) || numbered || (this.isHeadingLine(m) && shi && !this.runIn(m));
      if (!isAspect) {
        out.push({ mark: m, end: entryEnd });
        return;
      }
      const aspect = aspects.length;
      aspects.push({
        start: m.paragraph,
        end: spanEnd(m.paragraph, entryEnd),
        paragraph: m.paragraph,
        heading: this.heading(m),
        number: m.numbering,
        name: aspectName(this.aspectPhrase(m)),
      });
      const sub = numbered ? this.collect(e + 1, next, entryEnd) : this.flat(e + 1, next, entryEnd);
      const runIn = this.runIn(m);
      if (runIn && !numbered && !shi) {
        const first = sub[0]?.mark;
        out.push({
          mark: runIn,
          end: first ? { paragraph: first.paragraph, offset: first.offset } : entryEnd,
          aspect,
        });
      }
      for (const d of sub) out.push({ ...d, aspect });
    });
    return out;
  }

  /** Body text written on the same line after a heading phrase ("（一）理论学习方面。平时……"). */
  private runIn(m: Mark): Mark | null {
    const t = this.texts[m.paragraph]!;
    const rest = t.slice(m.content);
    const at = rest.search(CLAUSE_END);
    if (at < 0) return null;
    let from = m.content + at + 1;
    while (from < t.length && /[\s\u3000]/.test(t.charAt(from))) from++;
    if (from >= t.length) return null;
    return {
      paragraph: m.paragraph,
      offset: from,
      content: from,
      kind: "para",
      level: 0,
      numbering: null,
      number: "",
    };
  }

  item(d: Draft, kind: ItemKind, id: string): Item {
    const m = d.mark;
    const text = this.textBetween(m.paragraph, m.content, d.end);
    return {
      id,
      kind,
      number: m.number,
      numbering: m.numbering,
      start: m.paragraph,
      end: spanEnd(m.paragraph, d.end),
      paragraph: m.paragraph,
      offset: m.offset,
      title: leadSentence(text),
      text,
      ...(d.aspect !== undefined ? { aspect: d.aspect } : {}),
    };
  }

  /** Non-blank text from (p, from) up to `end`; lines broken inside a sentence are joined back. */
  private textBetween(p: number, from: number, end: Pos): string {
    let out = "";
    const last = Math.min(end.paragraph, this.texts.length - 1);
    for (let j = p; j <= last; j++) {
      if (j === end.paragraph && end.offset === 0) break;
      const t = this.texts[j]!;
      const seg = t.slice(j === p ? from : 0, j === end.paragraph ? end.offset : t.length).trim();
      if (seg === "") continue;
      out += out === "" ? seg : (this.cont[j] ? "" : "\n") + seg;
    }
    return out;
  }
}

function spanEnd(start: number, end: Pos): number {
  return Math.max(start + 1, end.offset > 0 ? end.paragraph + 1 : end.paragraph);
}

/** Up to and including the first 。；！？, or the whole first line. */
export function leadSentence(text: string): string {
  const line = text.split("\n", 1)[0] ?? "";
  const at = line.search(LEAD_END);
  return at < 0 ? line : line.slice(0, at + 1);
}

function aspectName(lead: string): string {
  let name = lead;
  for (const trim of ASPECT_NAME_TRIM) name = name.replace(trim, "");
  return name.trim() || lead;
}
