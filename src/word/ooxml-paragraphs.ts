/**
 * Reading what getOoxml returns: the paragraphs of a package in the order Word's paragraph collection
 * lists them (table cells included, text boxes and notes not), each with the text `paragraph.text` would
 * give, so they can be paired with the paragraphs the gateway loaded.
 */
import type { XmlDom } from "./xml-dom";
import { W_NS } from "./xml";

const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";

export interface OoxmlSource {
  dom: XmlDom;
  /** A part's root element by name ("/word/styles.xml"). */
  part(name: string): Element | undefined;
}

export interface OoxmlBlock {
  p: Element;
  text: string;
}

export function isW(n: unknown, local?: string): boolean {
  const e = n as Element | null;
  return e?.nodeType === 1 && e.namespaceURI === W_NS && (local === undefined || e.localName === local);
}

export function elementsOf(el: Element | undefined): Element[] {
  const out: Element[] = [];
  for (let n = el?.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

/** Parses a flat-OPC package; null when it is not one (the caller then changes nothing). */
export function readPackage(xml: string, dom: XmlDom): OoxmlSource | null {
  const doc = dom.parse(xml);
  if (!doc?.documentElement) return null;
  const parts = new Map<string, Element | undefined>();
  const list = doc.getElementsByTagNameNS(PKG, "part");
  for (let i = 0; i < list.length; i++) {
    const data = list[i]!.getElementsByTagNameNS(PKG, "xmlData")[0];
    parts.set(list[i]!.getAttributeNS(PKG, "name") ?? "", elementsOf(data)[0]);
  }
  return { dom, part: (name) => parts.get(name) };
}

/** The text of one paragraph as paragraph.text has it: field results but not field codes, no deleted text. */
export function paragraphText(p: Element): string {
  let text = "";
  let inCode = false;
  const codes: boolean[] = [];
  const walk = (el: Element): void => {
    for (const e of elementsOf(el)) {
      if (!isW(e)) continue;
      switch (e.localName) {
        case "fldChar": {
          const type = e.getAttributeNS(W_NS, "fldCharType");
          if (type === "begin") codes.push(true);
          else if (type === "separate") codes[codes.length - 1] = false;
          else if (type === "end") codes.pop();
          inCode = codes.includes(true);
          break;
        }
        case "t":
          if (!inCode) text += e.textContent ?? "";
          break;
        case "tab":
          if (!inCode) text += "\t";
          break;
        case "br":
        case "cr":
          if (!inCode) text += "\v";
          break;
        case "del":
        case "moveFrom":
        case "pPr":
        case "rPr":
        case "instrText":
        case "txbxContent":
          break;
        default:
          walk(e);
      }
    }
  };
  walk(p);
  return text;
}

/** Block-level paragraphs of the body in document order: table cells and content controls included. */
export function bodyParagraphs(source: OoxmlSource): OoxmlBlock[] {
  const body = source.part("/word/document.xml")?.getElementsByTagNameNS(W_NS, "body")[0];
  const out: OoxmlBlock[] = [];
  const walk = (el: Element): void => {
    for (const e of elementsOf(el)) {
      if (isW(e, "p")) out.push({ p: e, text: paragraphText(e) });
      else if (isW(e) && ["tbl", "tr", "tc", "sdt", "sdtContent", "customXml"].includes(e.localName ?? ""))
        walk(e);
    }
  };
  if (body) walk(body);
  return out;
}

/**
 * Pairs the loaded paragraphs (their texts, in order) with the package's blocks by text: index k of the
 * result is the block of text k, or null where none matches nearby (nothing is then done to that paragraph).
 */
export function pairByText(texts: readonly string[], blocks: readonly OoxmlBlock[]): (OoxmlBlock | null)[] {
  const LOOKAHEAD = 20;
  let j = 0;
  return texts.map((text) => {
    for (let k = j; k < Math.min(blocks.length, j + LOOKAHEAD); k++) {
      if (blocks[k]!.text === text) {
        j = k + 1;
        return blocks[k]!;
      }
    }
    return null;
  });
}
