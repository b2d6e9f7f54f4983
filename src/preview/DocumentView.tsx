import { useEffect, useState, type CSSProperties, type MouseEvent } from "react";
import type { ParagraphRecord, SimDocument } from "./host";
import { cssFontFamily } from "./fonts";
import { paragraphText } from "./paragraph-text";

/** Word writes a soft line break (Shift+Enter) inside a table cell as a vertical tab. */
const VERTICAL_TAB = new RegExp(String.fromCharCode(11), "g");

const alignments: Record<string, CSSProperties["textAlign"]> = {
  Left: "left",
  Centered: "center",
  Right: "right",
  Justified: "justify",
};

/**
 * Line height as Word lays it out: 固定值 exactly, 最小值 at least, 单倍/多倍 as a multiple of a single
 * line (the API's 12 pt is one line; a single line of CJK text is about 1.3 times the font size).
 */
function lineHeight(p: ParagraphRecord): string | number {
  if (p.lineSpacingRule === "exact") return `${p.lineSpacing}pt`;
  if (p.lineSpacingRule === "atLeast") return `max(${p.lineSpacing}pt, 1.3em)`;
  return (p.lineSpacing / 12) * 1.3;
}

function paragraphStyle(p: ParagraphRecord): CSSProperties {
  return {
    fontFamily: cssFontFamily(p.font.name, p.font.nameFarEast),
    fontSize: `${p.font.size}pt`,
    fontWeight: p.font.bold ? 700 : 400,
    fontStyle: p.font.italic ? "italic" : "normal",
    textAlign: alignments[p.alignment] ?? "left",
    textIndent: `${p.firstLineIndent}pt`,
    marginLeft: `${p.leftIndent}pt`,
    lineHeight: lineHeight(p),
    marginTop: `${p.spaceBefore}pt`,
    marginBottom: `${p.spaceAfter}pt`,
    minHeight: "1em",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  };
}

type Block = { kind: "paragraph"; index: number } | { kind: "table"; start: number; rows: number[][] };

/** Paragraphs as drawn: table cells (one paragraph per cell in the host) grouped into rows of a table. */
function blocks(paragraphs: ParagraphRecord[]): Block[] {
  const out: Block[] = [];
  paragraphs.forEach((p, i) => {
    const cell = p.table;
    const last = out[out.length - 1];
    if (!cell) {
      out.push({ kind: "paragraph", index: i });
    } else if (last?.kind === "table" && paragraphs[last.start]?.table?.id === cell.id) {
      (last.rows[cell.row] ??= []).push(i);
    } else {
      const rows: number[][] = [];
      rows[cell.row] = [i];
      out.push({ kind: "table", start: i, rows });
    }
  });
  return out;
}

function cellStyle(p: ParagraphRecord): CSSProperties {
  return {
    fontFamily: cssFontFamily(p.font.name, p.font.nameFarEast),
    fontSize: "10.5pt",
    fontWeight: p.font.bold ? 700 : 400,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    verticalAlign: "top",
    textAlign: alignments[p.alignment] ?? "left",
    border: "1px solid #000",
    padding: "2pt 4pt",
  };
}

/** The character offset inside a paragraph element where the user clicked. */
function clickOffset(element: HTMLElement): number {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return 0;
  const range = selection.getRangeAt(0).cloneRange();
  range.setStart(element, 0);
  return range.toString().length;
}

/** The simulated Word document: each paragraph drawn with its font, size, alignment and indent. */
export function DocumentView({ doc }: { doc: SimDocument }) {
  const [, redraw] = useState(0);
  useEffect(() => doc.subscribe(() => redraw((n) => n + 1)), [doc]);
  const sel = doc.selection();
  // Like Word, bring the selection into view when the add-in moves it.
  useEffect(() => {
    const el = document.querySelector(`[data-index="${sel.paragraph}"]`);
    const box = el?.getBoundingClientRect();
    if (el && box && (box.top < 40 || box.bottom > window.innerHeight))
      el.scrollIntoView({ block: "center" });
  }, [sel.paragraph, sel.start, sel.end]);
  const paragraphs = doc.snapshot();

  const place = (index: number) => (event: MouseEvent<HTMLElement>) => {
    const offset = clickOffset(event.currentTarget);
    const selection = window.getSelection();
    const length = selection && !selection.isCollapsed ? selection.toString().length : 0;
    doc.setSelection(index, offset, Math.min(offset + length, paragraphs[index]?.text.length ?? 0));
  };

  const renderParagraph = (i: number) => {
    const p = paragraphs[i]!;
    const inSelection = i >= sel.paragraph && i <= sel.endParagraph;
    const from = i === sel.paragraph ? sel.start : 0;
    const to = i === sel.endParagraph ? sel.end : p.text.length;
    return (
      <p
        key={i}
        data-index={i}
        data-style={p.style}
        title={p.style}
        className={inSelection ? "para current" : "para"}
        style={paragraphStyle(p)}
        onMouseUp={place(i)}
      >
        {p.listString ? <span className="list-number">{p.listString}</span> : null}
        {paragraphText(p, inSelection ? from : 0, inSelection ? to : 0)}
      </p>
    );
  };

  return (
    <article className="page" data-testid="document" aria-label="模拟的 Word 文档">
      {blocks(paragraphs).map((block) =>
        block.kind === "table" ? (
          <table
            key={`t${block.start}`}
            className="doc-table"
            data-testid="doc-table"
            style={{ borderCollapse: "collapse", width: "100%", margin: "6pt 0" }}
          >
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((i) => {
                    const p = paragraphs[i]!;
                    const Cell = r < (p.table?.headerRowCount ?? 0) ? "th" : "td";
                    return (
                      <Cell key={i} data-index={i} style={cellStyle(p)} onMouseUp={place(i)}>
                        {p.text.replace(VERTICAL_TAB, "\n") || "\u200b"}
                      </Cell>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          renderParagraph(block.index)
        ),
      )}
    </article>
  );
}
