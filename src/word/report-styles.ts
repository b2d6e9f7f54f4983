/**
 * The report's own paragraph styles (对照-标题, 对照-一级 … 对照-正文, 对照-署名) as an OOXML styles part:
 * East Asian font through w:rFonts w:eastAsia (what Font.name cannot set before WordApiDesktop 1.3), size,
 * bold as chosen, a first-line indent of 2 characters, exact line spacing (固定值, w:lineRule="exact",
 * which Paragraph.lineSpacing cannot express) and outline levels 1–3 for the navigation pane.
 *
 * Word brings in a package's styles only when its paragraphs use them, and never replaces a style the
 * document already has. So the styles arrive in a carrier: a paragraph added at the start of the body,
 * replaced by one empty paragraph per style, then deleted with everything inserted into it.
 */
import type { ParagraphFormat } from "../core/compose/typesetting";
import { documentPackage, escapeXml } from "./xml";

const JC = { Left: "left", Centered: "center", Right: "right", Justified: "both" } as const;
const twips = (pt: number): number => Math.round(pt * 20);

/** One w:style: the look every paragraph of the style shares. */
export function styleXml(f: ParagraphFormat): string {
  const { id, name, outlineLevel, next } = f.style;
  const latin = escapeXml(f.fontName);
  const halfPoints = Math.round(f.size * 2);
  // The indent in characters too: Word keeps it at 2 characters whatever the font size.
  const chars = Math.round((f.firstLineIndent / f.size) * 100);
  const b = f.bold ? "<w:b/><w:bCs/>" : '<w:b w:val="0"/><w:bCs w:val="0"/>';
  return (
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${escapeXml(id)}">` +
    `<w:name w:val="${escapeXml(name)}"/><w:basedOn w:val="Normal"/>` +
    (next ? `<w:next w:val="${escapeXml(next)}"/>` : "") +
    "<w:qFormat/><w:pPr>" +
    (outlineLevel ? "<w:keepNext/>" : "") +
    `<w:spacing w:before="0" w:after="0" w:line="${twips(f.lineSpacing)}" w:lineRule="exact"/>` +
    `<w:ind w:left="0" w:firstLineChars="${chars}" w:firstLine="${twips(f.firstLineIndent)}"/>` +
    `<w:jc w:val="${JC[f.alignment]}"/>` +
    (outlineLevel ? `<w:outlineLvl w:val="${outlineLevel - 1}"/>` : "") +
    "</w:pPr><w:rPr>" +
    `<w:rFonts w:ascii="${latin}" w:hAnsi="${latin}" w:eastAsia="${escapeXml(f.eastAsianFont)}" w:cs="${latin}"/>` +
    `${b}<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/></w:rPr></w:style>`
  );
}

/** One format per style (the first seen), in the order given. */
export function distinctStyles(formats: Iterable<ParagraphFormat>): ParagraphFormat[] {
  const byId = new Map<string, ParagraphFormat>();
  for (const f of formats) if (!byId.has(f.style.id)) byId.set(f.style.id, f);
  return [...byId.values()];
}

/** The carrier package: one empty paragraph per style (so Word takes them in) and a last plain one. */
export function stylesCarrier(formats: readonly ParagraphFormat[]): string {
  const paragraphs = formats.map(
    (f) => `<w:p><w:pPr><w:pStyle w:val="${escapeXml(f.style.id)}"/></w:pPr></w:p>`,
  );
  return documentPackage(`${paragraphs.join("")}<w:p/>`, formats.map(styleXml).join(""));
}

/** The styles among `formats` whose names no paragraph of the document uses yet (`inUse`: loaded style names). */
export function missingStyles(
  formats: Iterable<ParagraphFormat>,
  inUse: ReadonlySet<string>,
): ParagraphFormat[] {
  return distinctStyles(formats).filter((f) => !inUse.has(f.style.name));
}

/** Queues (no sync) the carrier that defines `formats`' styles; the document keeps no trace but the styles. */
export function queueReportStyles(body: Word.Body, formats: readonly ParagraphFormat[]): void {
  if (formats.length === 0) return;
  const carrier = body.insertParagraph("", "Start");
  carrier.insertOoxml(stylesCarrier(formats), "Replace").delete();
  carrier.delete();
}
