/** Small helpers over @xmldom/xmldom for WordprocessingML, namespace-aware but prefix-agnostic. */
import { DOMParser } from "@xmldom/xmldom";
import type { Element as XmlElement, Node as XmlNode } from "@xmldom/xmldom";
import { InputError } from "./input-error";

export type { XmlElement };

/** Transitional and Strict OOXML use different URIs for the same vocabulary. */
const W_NAMESPACES = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);

const ELEMENT_NODE = 1;

export function parseXml(text: string, part: string): XmlElement {
  let failure: string | null = null;
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level === "fatalError") failure = message;
    },
  });
  let root: XmlElement | null = null;
  try {
    root = parser.parseFromString(text, "text/xml").documentElement;
  } catch (err) {
    failure = err instanceof Error ? err.message : String(err);
  }
  if (failure !== null || !root) {
    throw new InputError(`文件已损坏：${part} 不是有效的 XML，请在 Word 中打开并重新保存为 .docx`);
  }
  return root;
}

/** True when `node` is the WordprocessingML element `w:<name>`. */
export function isW(node: XmlNode, name: string): node is XmlElement {
  return (
    node.nodeType === ELEMENT_NODE &&
    (node as XmlElement).localName === name &&
    W_NAMESPACES.has((node as XmlElement).namespaceURI ?? "")
  );
}

export function isElement(node: XmlNode): node is XmlElement {
  return node.nodeType === ELEMENT_NODE;
}

/** Element children in document order. */
export function elements(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === ELEMENT_NODE) out.push(n as XmlElement);
  return out;
}

export function wChild(el: XmlElement | null | undefined, name: string): XmlElement | null {
  if (!el) return null;
  for (let n = el.firstChild; n; n = n.nextSibling) if (isW(n, name)) return n;
  return null;
}

export function wChildren(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (isW(n, name)) out.push(n);
  return out;
}

/** The attribute `w:<name>`, whatever prefix the producer chose. */
export function wAttr(el: XmlElement | null | undefined, name: string): string | null {
  if (!el) return null;
  const direct = el.getAttribute("w:" + name);
  if (direct !== null && direct !== "") return direct;
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs.item(i);
    if (a && a.localName === name && W_NAMESPACES.has(a.namespaceURI ?? "")) return a.value;
  }
  return direct;
}

/** `w:val` of the child `w:<name>` (`<w:pStyle w:val="Heading1"/>` → "Heading1"). */
export function wVal(el: XmlElement | null | undefined, name: string): string | null {
  return wAttr(wChild(el, name), "val");
}

export function wInt(el: XmlElement | null | undefined, name: string): number | undefined {
  const v = wVal(el, name);
  if (v === null) return undefined;
  const n = parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

/** The local name of a WordprocessingML element, or null for elements of other vocabularies. */
export function wName(el: XmlElement): string | null {
  return W_NAMESPACES.has(el.namespaceURI ?? "") ? el.localName : null;
}
