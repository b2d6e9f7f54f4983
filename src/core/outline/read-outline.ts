import { readNumbering } from "./number-prefixes";
import { readNumbersBeforeFigures } from "./figure-numbers";
import { isContinuation } from "./continuation-lines";
import { readTail } from "./signature-date";
import { buildMarks, type Draft } from "./marks";
import { MarkReader } from "./mark-reader";
import { findPartHeadings, isTitle, readAnnouncedAspects, roleOf } from "./parts";
import { splitGlued, type Line } from "./glued-paragraphs";
import type { Aspect, Item, ItemKind, Numbering, Outline, Paragraph, Part, Span } from "../types";

/** What the reader finds, in the coordinates of the lines it reads (paragraphs, or pieces of glued ones). */
type LineOutline = Omit<Outline, "paragraphs" | "numbering" | "glued">;

export function readOutline(paragraphs: Paragraph[]): Outline {
  // Tables (a rectification list, a form pasted in) are not part of the report's outline: read them as blank
  // lines, so that the indices of everything else stay those of the document.
  const texts = paragraphs.map((p) => (p.inTable ? "" : (p.text ?? "")));
  const numbering = paragraphs.map((p) => (p.inTable ? null : readNumbering(p)));
  readNumbersBeforeFigures(texts, numbering);
  const { lines, glued } = splitGlued(paragraphs, texts, numbering);
  const found = readLines(lines);
  return { paragraphs, numbering, ...(glued.length > 0 ? toParagraphs(found, lines) : found), glued };
}

function readLines(lines: Line[]): LineOutline {
  const texts = lines.map((l) => l.text);
  const numbering = lines.map((l) => l.numbering);
  const blank = texts.map((t) => t.trim() === "");

  const first = blank.indexOf(false);
  const title = first >= 0 && isTitle(lines[first]!, numbering[first]!) ? first : -1;
  const bodyStart = title >= 0 ? title + 1 : Math.max(first, 0);
  const tail = readTail(texts, numbering, bodyStart);
  const bodyEnd = tail.start;

  const cont = texts.map(
    (_, i) => i > bodyStart && i < bodyEnd && i - 1 !== title && isContinuation(texts, numbering, i),
  );

  const partLines = findPartHeadings(lines, texts, numbering, cont, bodyStart, bodyEnd);
  const marks = buildMarks(texts, numbering, cont, new Set(partLines), bodyStart, bodyEnd);
  const reader = new MarkReader(texts, marks, cont);

  const parts: Part[] = [];
  const aspects: Aspect[] = [];
  const drafts: Record<ItemKind, Draft[]> = { problem: [], cause: [], measure: [] };
  const markAt = new Map<number, number>();
  marks.forEach((m, k) => {
    if (!markAt.has(m.paragraph)) markAt.set(m.paragraph, k);
  });

  partLines.forEach((p, j) => {
    const next = partLines[j + 1];
    const endLine = next ?? bodyEnd;
    const a = (markAt.get(p) ?? 0) + 1;
    const b = next === undefined ? marks.length : (markAt.get(next) ?? marks.length);
    const end = { paragraph: endLine, offset: 0 };
    const head = marks[a - 1]!;
    const role = roleOf(reader.lead(head));
    parts.push({
      role,
      start: p,
      end: endLine,
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

/** Back from lines to paragraphs: each piece of a glued paragraph is its paragraph at an offset. */
function toParagraphs(found: LineOutline, lines: Line[]): LineOutline {
  const at = (line: number) => lines[line]!.paragraph;
  const base = (line: number) => lines[line]!.base;
  const after = (line: number) => (line <= 0 ? 0 : lines[line - 1]!.paragraph + 1);
  const spanOf = <T extends Span>(s: T): T => ({ ...s, start: at(s.start), end: after(s.end) });
  const shifted = (n: Numbering | null, line: number): Numbering | null =>
    n && base(line) > 0 ? { ...n, offset: n.offset + base(line), length: n.length + base(line) } : n;
  const place = <T extends { paragraph: number }>(x: T | null): T | null =>
    x && { ...x, paragraph: at(x.paragraph) };
  const item = (i: Item): Item => ({
    ...spanOf(i),
    paragraph: at(i.paragraph),
    offset: base(i.paragraph) + i.offset,
    numbering: shifted(i.numbering, i.paragraph),
  });
  const announced = found.announcedAspects;
  return {
    title: place(found.title),
    opening: found.opening && spanOf(found.opening),
    announcedAspects: announced && {
      ...announced,
      paragraph: at(announced.paragraph),
      offset: base(announced.paragraph) + announced.offset,
    },
    parts: found.parts.map((p) => ({
      ...spanOf(p),
      paragraph: at(p.paragraph),
      number: shifted(p.number, p.paragraph),
    })),
    aspects: found.aspects.map((a) => ({
      ...spanOf(a),
      paragraph: at(a.paragraph),
      number: shifted(a.number, a.paragraph),
    })),
    problems: found.problems.map(item),
    causes: found.causes.map(item),
    measures: found.measures.map(item),
    signature: place(found.signature),
    date: place(found.date),
  };
}
