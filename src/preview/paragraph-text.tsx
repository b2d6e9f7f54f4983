import { Fragment, type CSSProperties, type ReactNode } from "react";
import { fontSegments, type HostFont, type InlineMark, type ParagraphRecord } from "./host";
import { cssFontFamily } from "./fonts";

/** A run's font where it differs from its paragraph's (the paragraph's own is on the <p>). */
function runStyle(font: HostFont, base: HostFont): CSSProperties | undefined {
  if (
    font.name === base.name &&
    font.nameFarEast === base.nameFarEast &&
    font.size === base.size &&
    font.bold === base.bold &&
    font.italic === base.italic
  )
    return undefined;
  return {
    fontFamily: cssFontFamily(font.name, font.nameFarEast),
    fontSize: `${font.size}pt`,
    fontWeight: font.bold ? 700 : 400,
    fontStyle: font.italic ? "italic" : "normal",
  };
}

/**
 * A piece inside the marks covering it, as Word shows them with field shading and bookmarks on: a
 * hyperlink underlined in blue, a field on grey, a bookmark between grey brackets.
 */
function wrapInMarks(piece: ReactNode, start: number, end: number, marks: readonly InlineMark[]): ReactNode {
  let out = piece;
  for (const m of marks) {
    if (m.start > start || m.end < end || m.start === m.end) continue;
    if (m.kind === "hyperlink")
      out = (
        <a href={m.value} data-link={m.value} className="doc-link" onClick={(e) => e.preventDefault()}>
          {out}
        </a>
      );
    else if (m.kind === "field")
      out = (
        <span className="doc-field" data-field={m.value}>
          {out}
        </span>
      );
    else {
      const edges = `${m.start === start ? " bm-start" : ""}${m.end === end ? " bm-end" : ""}`;
      out = (
        <span className={`doc-bookmark${edges}`} data-bookmark={m.value}>
          {out}
        </span>
      );
    }
  }
  return out;
}

/**
 * The paragraph's text cut where its font changes, where a mark starts or ends and where the selection
 * starts and ends: each piece in its run's font, inside its marks, the selected ones inside <mark>.
 */
export function paragraphText(p: ParagraphRecord, from: number, to: number) {
  if (p.text === "") return "\u200b";
  const segments = fontSegments(p.text, p.font, p.runs);
  const marks = p.marks ?? [];
  const cuts = new Set<number>([0, p.text.length]);
  for (const s of segments) cuts.add(s.start).add(s.end);
  for (const m of marks) cuts.add(m.start).add(m.end);
  if (to > from) cuts.add(from).add(to);
  const points = [...cuts].filter((c) => c >= 0 && c <= p.text.length).sort((a, b) => a - b);
  return points.slice(1).map((end, k) => {
    const start = points[k]!;
    const seg = segments.find((s) => s.start <= start && start < s.end);
    const style = seg ? runStyle(seg.font, p.font) : undefined;
    const piece = p.text.slice(start, end);
    const text = style ? (
      <span style={style} data-run="">
        {piece}
      </span>
    ) : (
      piece
    );
    const marked = start >= from && end <= to && to > from;
    return (
      <Fragment key={start}>{wrapInMarks(marked ? <mark>{text}</mark> : text, start, end, marks)}</Fragment>
    );
  });
}
