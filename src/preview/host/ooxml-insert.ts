/**
 * insertOoxml(…, "Replace") on a paragraph in the simulated host: the package's paragraphs replace the
 * paragraph's content (the first keeps the paragraph, the others follow it), each with its runs' direct
 * fonts, its marks and its pPr; the styles the package's paragraphs use come with it unless the document
 * already has a style of that name (the document's own definition wins, as in Word).
 */
import { wholeAnchor } from "./anchors";
import type { SimDocument } from "./document";
import { packageStyles, usedStyles } from "./ooxml-styles";
import { parsePackage, parseXml, type OoxmlParagraph } from "./ooxml";
import { applyStyle, definedOnly, type Anchor, type Node, type ParagraphRecord } from "./records";
import { BUILT_IN_STYLES, resolveBuiltIn } from "./styles";

const BUILT_IN_IDS = new Set(Object.keys(BUILT_IN_STYLES));

function applyParsed(doc: SimDocument, rec: ParagraphRecord, p: OoxmlParagraph): void {
  const style = p.styleId ? doc.styles.withId(p.styleId) : undefined;
  if (style) applyStyle(rec, style);
  rec.directFont = definedOnly(p.font);
  const base = doc.styles.named(rec.style) ?? resolveBuiltIn(rec.styleBuiltIn);
  rec.font = { ...base.font, ...rec.directFont };
  if (p.alignment !== undefined) rec.alignment = p.alignment;
  if (p.firstLineIndent !== undefined) rec.firstLineIndent = p.firstLineIndent;
  if (p.lineSpacing !== undefined) rec.lineSpacing = p.lineSpacing;
  if (p.lineSpacingRule !== undefined) rec.lineSpacingRule = p.lineSpacingRule;
  if (p.outlineLevel !== undefined) rec.outlineLevel = p.outlineLevel;
  const runs = p.runs.map((r) => ({ start: r.start, end: r.end, font: definedOnly(r.font) }));
  if (runs.length > 0) rec.runs = runs;
  else delete rec.runs;
  if (p.marks.length > 0) rec.marks = p.marks.map((m) => ({ ...m }));
  else delete rec.marks;
}

/** Applies the package to `node` (at sync) and returns the range of what it inserted. */
export function replaceWithOoxml(doc: SimDocument, node: Node, ooxml: string): Anchor {
  const xml = parseXml(ooxml);
  const parsed = parsePackage(xml);
  doc.styles.define(usedStyles(packageStyles(xml, BUILT_IN_IDS), parsed));
  const made = doc.replace(wholeAnchor(node), parsed.map((p) => p.text).join("\n"));
  const nodes = doc.nodesOf(made);
  parsed.forEach((p, k) => {
    const n = nodes[k];
    if (n) applyParsed(doc, n.rec, p);
  });
  return made;
}
