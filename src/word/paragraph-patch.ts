/**
 * Removing the direct fonts and sizes a paragraph's runs carry (text pasted from elsewhere) so its style
 * shows, by patching the paragraph's own OOXML: everything else stays (hyperlinks, bookmarks, fields,
 * bold, underline, 着重号, superscript), unlike re-typing the paragraph from its text. A paragraph holding
 * what a re-insert could lose or duplicate (pictures, notes, comments, tracked changes, content controls,
 * a section break) is left as it is.
 */
import type { ParagraphFormat } from "../core/compose/typesetting";
import { elementsOf, isW, type OoxmlBlock, type OoxmlSource } from "./ooxml-paragraphs";
import { styleXml } from "./report-styles";
import { documentPackage, escapeXml, R_NS, W_NS } from "./xml";

export type Patch = { kind: "clean" } | { kind: "patch"; ooxml: string } | { kind: "keep" };

const FONT_SLOTS = [
  "ascii",
  "hAnsi",
  "eastAsia",
  "cs",
  "asciiTheme",
  "hAnsiTheme",
  "eastAsiaTheme",
  "cstheme",
];
const SIZES = ["sz", "szCs"];
const UNSAFE = new Set([
  "drawing",
  "pict",
  "object",
  "AlternateContent",
  "footnoteReference",
  "endnoteReference",
  "commentRangeStart",
  "commentRangeEnd",
  "commentReference",
  "ins",
  "del",
  "moveFrom",
  "moveTo",
  "rPrChange",
  "pPrChange",
  "sdt",
  "sectPr",
  "txbxContent",
  "oMath",
  "oMathPara",
  "customXml",
]);

function descendants(el: Element, local: string): Element[] {
  return Array.from(el.getElementsByTagNameNS(W_NS, local));
}

/** Run properties that format text: each run's own and the paragraph mark's (not recorded old formatting). */
function runProperties(p: Element): Element[] {
  return descendants(p, "rPr").filter((r) => {
    const parent = r.parentNode as Element | null;
    return isW(parent, "r") || isW(parent, "pPr");
  });
}

function fontOverrides(rPr: Element): Element[] {
  return elementsOf(rPr).filter(
    (e) =>
      (isW(e, "rFonts") && FONT_SLOTS.some((a) => e.hasAttributeNS(W_NS, a))) ||
      (isW(e) && SIZES.includes(e.localName ?? "")),
  );
}

function holdsUnsafe(p: Element): boolean {
  const all = p.getElementsByTagName("*");
  for (let i = 0; i < all.length; i++) if (UNSAFE.has(all[i]!.localName ?? "")) return true;
  return false;
}

/** Direct fonts and sizes out of every run (w:hint stays: it is not a font); the paragraph in `style`. */
function strip(p: Element, styleId: string): void {
  for (const rPr of runProperties(p)) {
    for (const e of fontOverrides(rPr)) {
      if (isW(e, "rFonts")) FONT_SLOTS.forEach((a) => e.removeAttributeNS(W_NS, a));
      if (!isW(e, "rFonts") || e.attributes.length === 0) rPr.removeChild(e);
    }
  }
  const doc = p.ownerDocument!;
  let pPr = elementsOf(p).find((e) => isW(e, "pPr"));
  if (!pPr) pPr = p.insertBefore(doc.createElementNS(W_NS, "w:pPr"), p.firstChild) as Element;
  // The paragraph's own format would override the style's: the style gives spacing, indent and alignment.
  for (const e of elementsOf(pPr))
    if (isW(e) && ["pStyle", "spacing", "ind", "jc", "outlineLvl"].includes(e.localName ?? ""))
      pPr.removeChild(e);
  const pStyle = doc.createElementNS(W_NS, "w:pStyle");
  pStyle.setAttributeNS(W_NS, "w:val", styleId);
  pPr.insertBefore(pStyle, pPr.firstChild);
}

/** Namespace declarations of the source's w:document, so every prefix in the paragraph stays bound. */
function namespaces(source: OoxmlSource): string {
  const root = source.part("/word/document.xml");
  const out = [`xmlns:w="${W_NS}"`, `xmlns:r="${R_NS}"`];
  for (const a of Array.from(root?.attributes ?? [])) {
    if (/^xmlns:/.test(a.name) && a.name !== "xmlns:w" && a.name !== "xmlns:r")
      out.push(`${a.name}="${escapeXml(a.value)}"`);
  }
  return out.join(" ");
}

/** The relationships the paragraph refers to (hyperlink addresses), copied from the source. */
function relationships(source: OoxmlSource, p: Element): string {
  const ids = new Set<string>();
  const all = p.getElementsByTagName("*");
  for (let i = 0; i < all.length; i++)
    for (const a of Array.from(all[i]!.attributes)) if (a.namespaceURI === R_NS) ids.add(a.value);
  const rels = elementsOf(source.part("/word/_rels/document.xml.rels"));
  return rels
    .filter((r) => ids.has(r.getAttribute("Id") ?? ""))
    .map((r) => source.dom.serialize(r))
    .join("");
}

/** Character styles the paragraph uses (Hyperlink…), copied from the source so they mean the same. */
function characterStyles(source: OoxmlSource, p: Element): string {
  const ids = new Set(descendants(p, "rStyle").map((e) => e.getAttributeNS(W_NS, "val") ?? ""));
  return elementsOf(source.part("/word/styles.xml"))
    .filter((s) => isW(s, "style") && ids.has(s.getAttributeNS(W_NS, "styleId") ?? ""))
    .map((s) => source.dom.serialize(s))
    .join("");
}

/**
 * What to do about one paragraph (`block`, from `source`) that is to take `format`'s style: nothing when
 * its runs carry no direct font or size, the patched package to put in its place, or keep it as it is.
 * Changes `block` when it patches it.
 */
export function planPatch(source: OoxmlSource, block: OoxmlBlock, format: ParagraphFormat): Patch {
  if (!runProperties(block.p).some((rPr) => fontOverrides(rPr).length > 0)) return { kind: "clean" };
  if (holdsUnsafe(block.p)) return { kind: "keep" };
  // Patched in place: the parsed package is this batch's own copy, read once.
  const p = block.p;
  strip(p, format.style.id);
  const ooxml = documentPackage(source.dom.serialize(p), styleXml(format) + characterStyles(source, p), {
    namespaces: namespaces(source),
    relationships: relationships(source, p),
  });
  return { kind: "patch", ooxml };
}
