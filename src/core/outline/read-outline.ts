import { readNumbering } from "./number-prefixes";
import { readNumbersBeforeFigures } from "./figure-numbers";
import { isContinuation } from "./continuation-lines";
import { readTail } from "./signature-date";
import { buildMarks, type Draft } from "./marks";
import { MarkReader } from "./mark-reader";
import { findPartHeadings, isTitle, readAnnouncedAspects, roleOf } from "./parts";
import type { Aspect, ItemKind, Outline, Paragraph, Part, Span } from "../types";

export function readOutline(paragraphs: Paragraph[]): Outline {
  // Tables (a rectification list, a form pasted in) are not part of the report's outline: read them as blank
  // lines, so that the indices of everything else stay those of the document.
  const texts = paragraphs.map((p) => (p.inTable ? "" : (p.text ?? "")));
  const numbering = paragraphs.map((p) => (p.inTable ? null : readNumbering(p)));
  readNumbersBeforeFigures(texts, numbering);
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
  const marks = buildMarks(texts, numbering, cont, new Set(partParas), bodyStart, bodyEnd);
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
