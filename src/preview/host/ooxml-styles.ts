/**
 * The styles part of an OOXML package (/word/styles.xml) as the simulated host's styles: paragraph styles
 * with their name, id, base style, paragraph format (jc, ind, spacing with its rule, outlineLvl) and run
 * format (rFonts ascii/eastAsia, sz, b). Like Word, inserting a package brings over only the styles its
 * paragraphs use (and the styles those are based on), and reads the styles part only when the document
 * part's relationships point to it.
 */
import type { Document, Element } from "@xmldom/xmldom";
import { attr, child, children, packagePart, paragraphFormat, runFont, type OoxmlParagraph } from "./ooxml";
import { baseChain, type HostStyle } from "./styles";

function readStyle(el: Element, nameOfId: (id: string) => string | undefined): HostStyle | null {
  const name = attr(child(el, "name"), "val");
  const id = attr(el, "styleId");
  if (!name || !id) return null;
  const font = runFont(child(el, "rPr"));
  const format = paragraphFormat(child(el, "pPr"), font.size);
  const basedOnId = attr(child(el, "basedOn"), "val");
  const style: HostStyle = { name, id };
  const basedOn = basedOnId ? nameOfId(basedOnId) : undefined;
  if (basedOn) style.basedOn = basedOn;
  const setFont = Object.fromEntries(Object.entries(font).filter(([, v]) => v !== undefined));
  if (Object.keys(setFont).length > 0) style.font = setFont;
  for (const [k, v] of Object.entries(format)) if (v !== undefined) Object.assign(style, { [k]: v });
  return style;
}

/** Paragraph styles the package defines, keyed by style id; built-in ids (Normal, Heading1) are left out. */
export function packageStyles(doc: Document, builtInIds: ReadonlySet<string>): Map<string, HostStyle> {
  const rels = packagePart(doc, "/word/_rels/document.xml.rels");
  const related = [...Array.from(rels?.childNodes ?? [])].some(
    (n) =>
      n.nodeType === 1 &&
      /\/styles$/.test((n as Element).getAttribute("Type") ?? "") &&
      (n as Element).getAttribute("Target") === "styles.xml",
  );
  const root = related ? packagePart(doc, "/word/styles.xml") : undefined;
  const elements = children(root, "style").filter((s) => attr(s, "type") === "paragraph");
  const names = new Map(elements.map((s) => [attr(s, "styleId") ?? "", attr(child(s, "name"), "val") ?? ""]));
  const out = new Map<string, HostStyle>();
  for (const el of elements) {
    const id = attr(el, "styleId") ?? "";
    if (builtInIds.has(id)) continue;
    const style = readStyle(el, (basedOn) => (builtInIds.has(basedOn) ? undefined : names.get(basedOn)));
    if (style) out.set(id, style);
  }
  return out;
}

/** The styles `paragraphs` use, with the styles they are based on, in an order that defines bases first. */
export function usedStyles(
  defined: Map<string, HostStyle>,
  paragraphs: readonly OoxmlParagraph[],
): HostStyle[] {
  const byName = new Map([...defined.values()].map((s) => [s.name, s]));
  const out = new Set<HostStyle>();
  for (const p of paragraphs) {
    const chain = baseChain(p.styleId ? defined.get(p.styleId) : undefined, (n) => byName.get(n));
    for (const s of chain.reverse()) out.add(s);
  }
  return [...out];
}
