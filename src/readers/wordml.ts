/**
 * WordprocessingML helpers, namespace-aware but prefix-agnostic, over small element trees built by the
 * scanner. Trees are for the parts read whole (relationships, styles, numbering): they keep elements and
 * attributes, not text, and stop at a fixed number of elements. The body is streamed (docx-body.ts).
 */
import { LIMITS, tooManyElements } from "./limits";
import { scanXml, type XmlAttrs } from "./xml-scan";

export interface XmlElement {
  local: string;
  ns: string;
  attrs: XmlAttrs;
  children: XmlElement[];
}

/** Transitional and Strict OOXML use different URIs for the same vocabulary. */
export const W_NAMESPACES = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);

/** Parses a whole part into a tree; throws InputError when it is malformed, too deep or too large. */
export function parseXml(text: string, part: string): XmlElement {
  const root: XmlElement = { local: "", ns: "", attrs: [], children: [] };
  const path: XmlElement[] = [root];
  let count = 0;
  scanXml(text, part, {
    open(local, ns, attrs) {
      if (++count > LIMITS.treeElements) throw tooManyElements(part);
      const el: XmlElement = { local, ns, attrs, children: [] };
      path[path.length - 1]?.children.push(el);
      path.push(el);
    },
    close() {
      path.pop();
    },
    text() {},
  });
  return root.children[0] as XmlElement;
}

/** True when `el` is the WordprocessingML element `w:<name>`. */
export function isW(el: XmlElement, name: string): boolean {
  return el.local === name && W_NAMESPACES.has(el.ns);
}

let lastW = "";

/** The local name of a WordprocessingML element, or null for elements of other vocabularies. */
export function wName(local: string, ns: string): string | null {
  // A document uses one of the two URIs throughout: remember it rather than hash it per element.
  if (ns === lastW) return local;
  if (!W_NAMESPACES.has(ns)) return null;
  lastW = ns;
  return local;
}

/** Element children in document order. */
export function elements(el: XmlElement): XmlElement[] {
  return el.children;
}

export function wChild(el: XmlElement | null | undefined, name: string): XmlElement | null {
  return el?.children.find((c) => isW(c, name)) ?? null;
}

export function wChildren(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => isW(c, name));
}

/** An attribute without a prefix (`Type`, `Target` in relationships). */
export function plainAttr(el: XmlElement, name: string): string | null {
  for (let i = 0; i < el.attrs.length; i += 4) if (el.attrs[i] === name) return el.attrs[i + 3] ?? "";
  return null;
}

/** The attribute `w:<name>` in flat quadruples, whatever prefix the producer chose. */
export function wAttrOf(attrs: XmlAttrs, name: string): string | null {
  let direct: string | null = null;
  for (let i = 0; i < attrs.length; i += 4) {
    if (attrs[i] === "w:" + name) direct = attrs[i + 3] ?? "";
    if (direct) return direct;
  }
  for (let i = 0; i < attrs.length; i += 4) {
    if (attrs[i + 1] === name && W_NAMESPACES.has(attrs[i + 2] ?? "")) return attrs[i + 3] ?? "";
  }
  return direct;
}

export function wAttr(el: XmlElement | null | undefined, name: string): string | null {
  return el ? wAttrOf(el.attrs, name) : null;
}

/** `w:val` of the child `w:<name>` (`<w:pStyle w:val="Heading1"/>` → "Heading1"). */
export function wVal(el: XmlElement | null | undefined, name: string): string | null {
  return wAttr(wChild(el, name), "val");
}

/** A decimal attribute value, or undefined when it is not a number. */
export function toInt(value: string | null): number | undefined {
  if (value === null) return undefined;
  const n = parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
}

export function wInt(el: XmlElement | null | undefined, name: string): number | undefined {
  return toInt(wVal(el, name));
}
