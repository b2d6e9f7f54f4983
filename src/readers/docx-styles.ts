/** Paragraph styles from word/styles.xml: built-in identity and inherited list numbering. */
import { LIMITS } from "./limits";
import { elements, isW, wAttr, wChild, wInt, wVal, type XmlElement } from "./wordml";

export interface NumPr {
  numId?: number;
  ilvl?: number;
}

interface StyleDef {
  name: string;
  basedOn: string | null;
  numPr: NumPr | null;
}

export interface Styles {
  /** The style a paragraph without w:pStyle uses. */
  defaultParagraphStyle: string | null;
  /** "Heading1".."Heading9", "Title", "Normal" or "Other". */
  builtIn(styleId: string | null): string;
  /** The w:numId a numbering style (w:type="numbering") points to, for w:numStyleLink. */
  numberingStyleNumId(styleId: string): number | undefined;
  /** The list numbering the style gives its paragraphs, following the basedOn chain. */
  numPr(styleId: string | null): NumPr | null;
}

export function readNumPr(pPr: XmlElement | null): NumPr | null {
  const numPr = wChild(pPr, "numPr");
  if (!numPr) return null;
  return { numId: wInt(numPr, "numId"), ilvl: wInt(numPr, "ilvl") };
}

/** Word writes localized style ids ("1", "a") in Chinese documents, but the w:name stays English. */
function builtInFrom(styleId: string, name: string | null): string {
  const byId = /^Heading([1-9])$/i.exec(styleId);
  if (byId) return "Heading" + byId[1];
  const lower = (name ?? "").trim().toLowerCase();
  const byName = /^heading ([1-9])$/.exec(lower);
  if (byName) return "Heading" + byName[1];
  if (lower === "title" || styleId === "Title") return "Title";
  if (lower === "normal" || styleId === "Normal") return "Normal";
  return "Other";
}

export function readStyles(root: XmlElement | null): Styles {
  const defs = new Map<string, StyleDef>();
  const numberingStyles = new Map<string, number>();
  let defaultParagraphStyle: string | null = null;
  if (root) {
    for (const el of elements(root)) {
      if (!isW(el, "style")) continue;
      const id = wAttr(el, "styleId");
      if (!id) continue;
      const type = wAttr(el, "type") || "paragraph";
      if (type === "numbering") {
        const numId = readNumPr(wChild(el, "pPr"))?.numId;
        if (numId !== undefined) numberingStyles.set(id, numId);
      }
      if (type !== "paragraph") continue;
      defs.set(id, {
        name: wVal(el, "name") ?? id,
        basedOn: wVal(el, "basedOn"),
        numPr: readNumPr(wChild(el, "pPr")),
      });
      const isDefault = wAttr(el, "default");
      if (isDefault === "1" || isDefault === "true") defaultParagraphStyle = id;
    }
  }
  const numCache = new Map<string, NumPr | null>();
  return {
    defaultParagraphStyle,
    builtIn(styleId) {
      const id = styleId ?? defaultParagraphStyle;
      if (id === null) return "Normal";
      return builtInFrom(id, defs.get(id)?.name ?? null);
    },
    numberingStyleNumId(styleId) {
      return numberingStyles.get(styleId);
    },
    numPr(styleId) {
      if (styleId === null) return null;
      const cached = numCache.get(styleId);
      if (cached !== undefined) return cached;
      // The basedOn chain, cut after a few hops (it also ends at a cycle or at a style already resolved).
      const chain: string[] = [];
      let id: string | null = styleId;
      while (id !== null && !numCache.has(id) && !chain.includes(id) && chain.length < LIMITS.styleChain) {
        chain.push(id);
        id = defs.get(id)?.basedOn ?? null;
      }
      // Resolved from the far end back, each style on the chain cached: a numId found nearer wins, ilvl
      // may come from further up.
      let inherited = id !== null ? (numCache.get(id) ?? null) : null;
      for (let i = chain.length - 1; i >= 0; i--) {
        const own = defs.get(chain[i] ?? "")?.numPr;
        const numId = own?.numId ?? inherited?.numId;
        const ilvl = own?.ilvl ?? inherited?.ilvl;
        inherited = numId === undefined && ilvl === undefined ? null : { numId, ilvl };
        numCache.set(chain[i] ?? "", inherited);
      }
      return inherited;
    },
  };
}
