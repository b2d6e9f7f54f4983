/**
 * A one-paragraph flat-OPC package that re-types a paragraph's own text with GB/T 9704 formatting. On
 * WordApi 1.3 this is the only way to set the East Asian font (w:rFonts w:eastAsia): Font.name sets the
 * Latin font, Font.nameFarEast needs WordApiDesktop 1.3.
 */
import type { Alignment, ParagraphFormat } from "../core/typesetting";

/** How one paragraph should look (the core's typesetting plan). Points throughout; line spacing is exact. */
export type { ParagraphFormat };

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

/** Run content: text split at tabs (w:tab) and manual line breaks (\v, w:br), spaces preserved. */
/** Tabs and Word's soft line breaks (a vertical tab in paragraph text) become their own OOXML elements. */
const RUN_BREAKS = new RegExp(`(\t|${String.fromCharCode(11)})`);

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

export function paragraphXml(text: string, f: ParagraphFormat): string {
  const font = escapeXml(f.fontName);
  const eastAsia = escapeXml(f.eastAsianFont);
  const bold = f.bold ? "<w:b/><w:bCs/>" : '<w:b w:val="0"/><w:bCs w:val="0"/>';
  const halfPoints = Math.round(f.size * 2);
  const rPr =
    `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${eastAsia}" w:cs="${font}"/>` +
    `${bold}<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/></w:rPr>`;
  const pPr =
    `<w:pPr><w:spacing w:line="${twips(f.lineSpacing)}" w:lineRule="exact"/>` +
    `<w:ind w:firstLine="${twips(f.firstLineIndent)}"/><w:jc w:val="${JC[f.alignment]}"/>${rPr}</w:pPr>`;
  return `<w:p>${pPr}<w:r>${rPr}${runContent(text)}</w:r></w:p>`;
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
