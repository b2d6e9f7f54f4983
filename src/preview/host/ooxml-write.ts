/**
 * getOoxml (WordApi 1.1) for the simulated host: paragraphs as a flat-OPC package the way Word writes
 * them: the paragraph's style and format in w:pPr, its text in runs that carry only the direct formatting
 * (w:rPr), hyperlinks (with their relationship), bookmarks and fields (code and result), table cells in
 * w:tbl, and a styles part with the document's own styles. ./ooxml.ts reads it all back.
 */
import type { SimDocument } from "./document";
import type { InlineMark } from "./marks";
import type { HostFont, Node, ParagraphRecord } from "./records";
import { BUILT_IN_STYLES, type HostStyle } from "./styles";

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

const esc = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));

const JC = { Left: "left", Centered: "center", Right: "right", Justified: "both" } as const;

/** A paragraph cut to characters [from, to) (a range's partial first or last paragraph). */
export interface Slice {
  node: Node;
  from: number;
  to: number;
}

/** A mark, or a comment's anchor (written as w:commentRangeStart/End and a reference, as Word does). */
type Span = InlineMark | { kind: "comment"; start: number; end: number; value: string };

function rPr(f: Partial<HostFont>): string {
  const fonts =
    f.name !== undefined || f.nameFarEast !== undefined
      ? `<w:rFonts${f.name !== undefined ? ` w:ascii="${esc(f.name)}" w:hAnsi="${esc(f.name)}"` : ""}${
          f.nameFarEast !== undefined ? ` w:eastAsia="${esc(f.nameFarEast)}"` : ""
        }/>`
      : "";
  const b = f.bold === undefined ? "" : f.bold ? "<w:b/>" : '<w:b w:val="0"/>';
  const i = f.italic === undefined ? "" : f.italic ? "<w:i/>" : '<w:i w:val="0"/>';
  const sz = f.size === undefined ? "" : `<w:sz w:val="${Math.round(f.size * 2)}"/>`;
  const inner = fonts + b + i + sz;
  return inner ? `<w:rPr>${inner}</w:rPr>` : "";
}

function runContent(text: string): string {
  return text
    .split(/(\t|\v)/)
    .filter((s) => s !== "")
    .map((s) =>
      s === "\t" ? "<w:tab/>" : s === "\v" ? "<w:br/>" : `<w:t xml:space="preserve">${esc(s)}</w:t>`,
    )
    .join("");
}

class Writer {
  private readonly rels: string[] = [];
  private bookmarkId = 0;

  constructor(private readonly doc: SimDocument) {}

  paragraph({ node, from, to }: Slice): string {
    const rec = node.rec;
    const spacing =
      rec.lineSpacingRule === "multiple"
        ? `<w:spacing w:line="${Math.round((rec.lineSpacing / 12) * 240)}" w:lineRule="auto"/>`
        : `<w:spacing w:line="${Math.round(rec.lineSpacing * 20)}" w:lineRule="${rec.lineSpacingRule}"/>`;
    const numPr = rec.isListItem
      ? `<w:numPr><w:ilvl w:val="${rec.listLevel}"/><w:numId w:val="1"/></w:numPr>`
      : "";
    const pPr =
      `<w:pPr><w:pStyle w:val="${esc(this.doc.styles.idOf(rec.style, rec.styleBuiltIn))}"/>${numPr}${spacing}` +
      `<w:ind w:firstLine="${Math.round(rec.firstLineIndent * 20)}"/><w:jc w:val="${JC[rec.alignment]}"/></w:pPr>`;
    const index = this.doc.indexOf(node);
    const comments = this.doc
      .comments()
      .filter((c) => c.paragraph === index)
      .map((c, k): Span => ({ kind: "comment", start: c.start, end: c.end, value: String(k) }));
    return `<w:p>${pPr}${this.content(rec, from, to, comments)}</w:p>`;
  }

  /** The runs of text[from, to), cut wherever a run's font or a mark starts or ends. */
  private content(rec: ParagraphRecord, from: number, to: number, comments: Span[]): string {
    const marks = [...(rec.marks ?? []), ...comments].filter((m) => m.end >= from && m.start <= to);
    const cuts = new Set([from, to]);
    for (const r of rec.runs ?? []) [r.start, r.end].forEach((c) => c > from && c < to && cuts.add(c));
    for (const m of marks) [m.start, m.end].forEach((c) => c >= from && c <= to && cuts.add(c));
    const points = [...cuts].sort((a, b) => a - b);
    let out = "";
    let link: Span | undefined;
    points.forEach((at, k) => {
      const close = (m: Span): string =>
        m.kind === "field"
          ? '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
          : m.kind === "bookmark"
            ? `<w:bookmarkEnd w:id="${marks.indexOf(m)}"/>`
            : m.kind === "comment"
              ? `<w:commentRangeEnd w:id="${m.value}"/><w:r><w:commentReference w:id="${m.value}"/></w:r>`
              : "";
      for (const m of marks) {
        if (m.end !== at || m.start === at) continue;
        if (m.kind === "hyperlink" && link === m) ((out += "</w:hyperlink>"), (link = undefined));
        out += close(m);
      }
      for (const m of marks) {
        if (m.start !== at) continue;
        if (m.kind === "bookmark")
          out += `<w:bookmarkStart w:id="${marks.indexOf(m)}" w:name="${esc(m.value)}"/>`;
        if (m.kind === "comment") out += `<w:commentRangeStart w:id="${m.value}"/>`;
        if (m.kind === "field")
          out +=
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
            `<w:r><w:instrText xml:space="preserve">${esc(m.value)}</w:instrText></w:r>` +
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>';
        if (m.end === at) out += close(m);
        if (m.kind === "hyperlink" && at < m.end && !link) {
          out += `<w:hyperlink r:id="${this.link(m.value)}">`;
          link = m;
        }
      }
      const end = points[k + 1];
      if (end === undefined || end === at) return;
      const run = (rec.runs ?? []).find((r) => r.start <= at && at < r.end);
      out += `<w:r>${rPr({ ...rec.directFont, ...run?.font })}${runContent(rec.text.slice(at, end))}</w:r>`;
    });
    return link ? out + "</w:hyperlink>" : out;
  }

  private link(target: string): string {
    this.rels.push(target);
    return `rId${this.rels.length + 10}`;
  }

  /** Paragraphs in order, table cells (one paragraph each here) grouped into w:tbl. */
  body(slices: readonly Slice[]): string {
    let out = "";
    for (let i = 0; i < slices.length;) {
      const table = slices[i]!.node.rec.table;
      if (!table) {
        out += this.paragraph(slices[i++]!);
        continue;
      }
      const cells: Slice[] = [];
      while (i < slices.length && slices[i]!.node.rec.table?.id === table.id) cells.push(slices[i++]!);
      const grid = `<w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(table.cols)}</w:tblGrid>`;
      const rows: string[] = [];
      for (const c of cells) {
        const row = c.node.rec.table!.row;
        rows[row] = (rows[row] ?? "") + `<w:tc>${this.paragraph(c)}</w:tc>`;
      }
      out += `<w:tbl>${grid}${rows.map((r) => `<w:tr>${r}</w:tr>`).join("")}</w:tbl>`;
    }
    return out;
  }

  relsPart(): string {
    const styles =
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>';
    const items = this.rels
      .map(
        (t, k) =>
          `<Relationship Id="rId${k + 11}" Type="${HYPERLINK}" Target="${esc(t)}" TargetMode="External"/>`,
      )
      .join("");
    return `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${styles}${items}</Relationships>`;
  }
}

function styleXml(s: HostStyle, idOf: (name: string) => string): string {
  const f = s.font ?? {};
  const spacing =
    s.lineSpacing === undefined
      ? ""
      : s.lineSpacingRule === "exact" || s.lineSpacingRule === "atLeast"
        ? `<w:spacing w:line="${Math.round(s.lineSpacing * 20)}" w:lineRule="${s.lineSpacingRule}"/>`
        : `<w:spacing w:line="${Math.round((s.lineSpacing / 12) * 240)}" w:lineRule="auto"/>`;
  const ind =
    s.firstLineIndent === undefined ? "" : `<w:ind w:firstLine="${Math.round(s.firstLineIndent * 20)}"/>`;
  const jc = s.alignment === undefined ? "" : `<w:jc w:val="${JC[s.alignment]}"/>`;
  const outline =
    s.outlineLevel !== undefined && s.outlineLevel < 10
      ? `<w:outlineLvl w:val="${s.outlineLevel - 1}"/>`
      : "";
  return (
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${esc(s.id)}"><w:name w:val="${esc(s.name)}"/>` +
    `<w:basedOn w:val="${esc(s.basedOn ? idOf(s.basedOn) : "Normal")}"/>` +
    `<w:pPr>${spacing}${ind}${jc}${outline}</w:pPr>${rPr(f)}</w:style>`
  );
}

/** The package Word's getOoxml returns for these paragraphs (or parts of them). */
export function writeOoxml(doc: SimDocument, slices: readonly Slice[]): string {
  const w = new Writer(doc);
  const body = w.body(slices);
  const own = doc.styles.list();
  const idOf = (name: string): string => doc.styles.idOf(name, "Other");
  const builtIn = Object.entries(BUILT_IN_STYLES)
    .map(
      ([id, d]) =>
        `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${esc(d.localized)}"/></w:style>`,
    )
    .join("");
  const part = (name: string, type: string, xml: string): string =>
    `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
  return (
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    part(
      "/_rels/.rels",
      "application/vnd.openxmlformats-package.relationships+xml",
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ) +
    part(
      "/word/document.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
      `<w:document ${NS}><w:body>${body}</w:body></w:document>`,
    ) +
    part(
      "/word/_rels/document.xml.rels",
      "application/vnd.openxmlformats-package.relationships+xml",
      w.relsPart(),
    ) +
    part(
      "/word/styles.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
      `<w:styles ${NS}>${builtIn}${own.map((s) => styleXml(s, idOf)).join("")}</w:styles>`,
    ) +
    "</pkg:package>"
  );
}
