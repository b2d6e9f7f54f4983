/**
 * A one-paragraph flat-OPC package that re-types a paragraph's own text with GB/T 9704 formatting. On
 * WordApi 1.3 this is the only way to set the East Asian font (w:rFonts w:eastAsia): Font.name sets the
 * Latin font, Font.nameFarEast needs WordApiDesktop 1.3.
 */
import type { Alignment, LeadFormat, ParagraphFormat as RoleFormat } from "../core/compose/typesetting";

export type { LeadFormat };

/**
 * How one paragraph should look (the core's typesetting plan). Points throughout; line spacing is exact.
 * `lead`: text[0, lead.length) (number + run-in lead sentence) keeps its heading font and bold.
 */
export interface ParagraphFormat extends RoleFormat {
  lead?: LeadFormat;
}

const JC: Record<Alignment, string> = { Left: "left", Centered: "center", Right: "right", Justified: "both" };

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&apos;",
  );
}

/**
 * Characters a paragraph's text may hold for the package to re-create it exactly. Control characters
 * stand for things that are not text (pictures, fields, footnote marks): such paragraphs must not be
 * re-typed, or the object would be lost.
 */
export function canRetype(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000c-\u001f\ufffc]/.test(text);
}

/** Tabs and Word's soft line breaks (a vertical tab in paragraph text) become their own OOXML elements. */
const RUN_BREAKS = new RegExp(`(\t|${String.fromCharCode(11)})`);

/** Run content: text split at tabs (w:tab) and manual line breaks (\v, w:br), spaces preserved. */
function runContent(text: string): string {
  return text
    .split(RUN_BREAKS)
    .filter((piece) => piece !== "")
    .map((piece) =>
      piece === "\t"
        ? "<w:tab/>"
        : piece === "\u000b"
          ? "<w:br/>"
          : `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`,
    )
    .join("");
}

const twips = (pt: number): number => Math.round(pt * 20);

function runProps(fontName: string, eastAsianFont: string, bold: boolean, size: number): string {
  const font = escapeXml(fontName);
  const eastAsia = escapeXml(eastAsianFont);
  const b = bold ? "<w:b/><w:bCs/>" : '<w:b w:val="0"/><w:bCs w:val="0"/>';
  const halfPoints = Math.round(size * 2);
  return (
    `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${eastAsia}" w:cs="${font}"/>` +
    `${b}<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/></w:rPr>`
  );
}

/** Where the lead ends inside `text` (0 when there is no lead). */
export function leadLength(text: string, f: ParagraphFormat): number {
  return f.lead ? Math.max(0, Math.min(f.lead.length, text.length)) : 0;
}

/**
 * The paragraph as one run, or two when it has a lead: text[0, lead.length) in the lead's fonts and bold,
 * the rest in the paragraph's; same size. Tabs and soft breaks stay in whichever run they fall.
 */
export function paragraphXml(text: string, f: ParagraphFormat): string {
  const rPr = runProps(f.fontName, f.eastAsianFont, f.bold, f.size);
  const pPr =
    `<w:pPr><w:spacing w:line="${twips(f.lineSpacing)}" w:lineRule="exact"/>` +
    `<w:ind w:firstLine="${twips(f.firstLineIndent)}"/><w:jc w:val="${JC[f.alignment]}"/>${rPr}</w:pPr>`;
  const cut = leadLength(text, f);
  if (!f.lead || cut === 0) return `<w:p>${pPr}<w:r>${rPr}${runContent(text)}</w:r></w:p>`;
  const leadPr = runProps(f.lead.fontName, f.lead.eastAsianFont, f.lead.bold, f.size);
  const rest = text.slice(cut);
  const body = rest === "" ? "" : `<w:r>${rPr}${runContent(rest)}</w:r>`;
  return `<w:p>${pPr}<w:r>${leadPr}${runContent(text.slice(0, cut))}</w:r>${body}</w:p>`;
}

/** The package `Paragraph.insertOoxml(…, "Replace")` takes. */
export function paragraphPackage(text: string, f: ParagraphFormat): string {
  return (
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    '<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml">' +
    '<pkg:xmlData><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
    "</Relationships></pkg:xmlData></pkg:part>" +
    '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">' +
    '<pkg:xmlData><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    paragraphXml(text, f) +
    "</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>"
  );
}
