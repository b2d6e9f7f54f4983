import {
  ASPECT_HEADING,
  ASPECT_NAME_TRIM,
  CLOSING_PLEDGE,
  TRANSITION_START,
  TRANSITION_WORDS,
} from "./keywords";
import { plainMark, type Draft, type Mark, type Pos } from "./marks";
import { CLAUSE_END, HEADING_MAX, LEAD_END, leadSentence, SENTENCE_MARK } from "./sentence-marks";
import type { Aspect, Item, ItemKind } from "../types";

/** Reads entries out of the marks: which ones are items, where each ends, and their text. */
export class MarkReader {
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

  /** The shallowest numbered level in marks [a, b), or 9 when none is numbered. */
  private topLevel(a: number, b: number): number {
    let level = 9;
    for (let k = a; k < b; k++) {
      const m = this.marks[k]!;
      if (m.kind === "num" && m.level < level) level = m.level;
    }
    return level;
  }

  private numberedAt(a: number, b: number, level: number): number[] {
    const entries: number[] = [];
    for (let k = a; k < b; k++)
      if (this.marks[k]!.kind === "num" && this.marks[k]!.level === level) entries.push(k);
    return entries;
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

  /** The words after the number up to the first sentence mark (a colon at its end dropped). */
  private phrase(m: Mark): string {
    const rest = this.rest(m);
    const at = rest.search(SENTENCE_MARK);
    return (at < 0 ? rest : rest.slice(0, at)).replace(/[：:]$/, "");
  }

  private prefix(m: Mark): string {
    return m.numbering?.fromList
      ? m.numbering.raw.trim()
      : this.texts[m.paragraph]!.slice(m.offset, m.content);
  }

  isHeadingLine(m: Mark): boolean {
    const rest = this.rest(m).replace(/[：:]$/, "");
    return rest.length <= HEADING_MAX && !SENTENCE_MARK.test(rest);
  }

  /** A heading as written: the whole line when it stands alone, else the number and the run-in phrase. */
  heading(m: Mark): string {
    const t = this.texts[m.paragraph]!;
    const prefix = this.prefix(m);
    if (this.isHeadingLine(m)) return (prefix + t.slice(m.content)).trim();
    return (prefix + this.lead(m)).trim();
  }

  /** Entries of the shallowest numbered level in marks [a, b); entries with numbered children give way to them. */
  collect(a: number, b: number, end: Pos): Draft[] {
    const level = this.topLevel(a, b);
    if (level === 9) return this.flat(a, b, end);
    const entries = this.numberedAt(a, b, level);
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

  /**
   * Without numbers: each 一是 item, or else each paragraph but a lead-in right under the heading and a
   * closing pledge at the end (when other paragraphs remain: a single paragraph is the part's one entry).
   */
  flat(a: number, b: number, end: Pos): Draft[] {
    const kind = this.has(a, b, "shi") ? "shi" : "para";
    const picked: number[] = [];
    for (let k = a; k < b; k++) if (this.marks[k]!.kind === kind) picked.push(k);
    if (kind === "para") {
      if (picked.length > 1 && picked[0] === a && isTransition(this.rest(this.marks[a]!))) picked.shift();
      if (picked.length > 1 && CLOSING_PLEDGE.test(this.rest(this.marks[picked.at(-1)!]!))) picked.pop();
    }
    return picked.map((k, j) => ({
      mark: this.marks[k]!,
      end: j + 1 < picked.length ? this.pos(picked[j + 1]!) : end,
    }));
  }

  /** The problems part: level-2 aspect headings with their problems, or problems directly. */
  problems(a: number, b: number, end: Pos, aspects: Aspect[]): Draft[] {
    if (this.topLevel(a, b) !== 2) return this.collect(a, b, end);
    const entries = this.numberedAt(a, b, 2);
    const out: Draft[] = [];
    entries.forEach((e, j) => {
      const m = this.marks[e]!;
      const next = entries[j + 1] ?? b;
      const entryEnd = next < b ? this.pos(next) : end;
      const numbered = this.has(e + 1, next, "num");
      const shi = this.has(e + 1, next, "shi");
      // A long heading with commas inside ("……，增强……、坚定……方面") names an aspect by its whole phrase
      // when it stands alone or has entries under it; run-in text after it may be a problem's own lead.
      const alone = this.phrase(m).length >= this.rest(m).length - 1;
      const named =
        ASPECT_HEADING.test(this.lead(m)) || !(alone || numbered || shi) ? this.lead(m) : this.phrase(m);
      const isAspect =
        ASPECT_HEADING.test(named) || numbered || (this.isHeadingLine(m) && shi && !this.runIn(m));
      if (!isAspect) {
        out.push({ mark: m, end: entryEnd });
        return;
      }
      const aspect = aspects.length;
      aspects.push({
        start: m.paragraph,
        end: spanEnd(m.paragraph, entryEnd),
        paragraph: m.paragraph,
        heading: named === this.lead(m) ? this.heading(m) : this.prefix(m) + named,
        number: m.numbering,
        name: aspectName(named),
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
    return plainMark(m.paragraph, from);
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

/** The paragraph after the last one an entry from `start` to `end` touches. */
export function spanEnd(start: number, end: Pos): number {
  return Math.max(start + 1, end.offset > 0 ? end.paragraph + 1 : end.paragraph);
}

/** A lead-in to the entries below: "下一步，我将……逐项抓好整改。", "……主要有以下几点：". */
function isTransition(text: string): boolean {
  if (text.length > 90) return false;
  if (/[：:]$/.test(text)) return true;
  const sentenceEnd = text.search(LEAD_END);
  const oneSentence = sentenceEnd < 0 || sentenceEnd === text.length - 1;
  return oneSentence && TRANSITION_START.test(text) && TRANSITION_WORDS.test(text);
}

function aspectName(lead: string): string {
  let name = lead;
  for (const trim of ASPECT_NAME_TRIM) name = name.replace(trim, "");
  return name.trim() || lead;
}
