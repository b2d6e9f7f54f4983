// Reads manifest.xml for the tests: a parsed document plus small helpers over xmldom elements.
import { readFileSync } from "fs";
import { join, resolve } from "path";
import { DOMParser, type Element, type Node } from "@xmldom/xmldom";

export const ROOT = resolve(__dirname, "..", "..");
export const MANIFEST_PATH = join(ROOT, "manifest.xml");
export const DEV_BASE = "https://localhost:3000/";

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

export function parseManifest(text: string): Element {
  const doc = new DOMParser().parseFromString(text, "text/xml");
  if (!doc.documentElement) throw new Error("manifest.xml has no root element");
  return doc.documentElement;
}

export const readManifestText = (): string => readFileSync(MANIFEST_PATH, "utf8");

const isElement = (node: Node): node is Element => node.nodeType === 1;

export function children(el: Element, localName?: string): Element[] {
  return Array.from(el.childNodes).filter(
    (n): n is Element => isElement(n) && (localName === undefined || n.localName === localName),
  );
}

export function child(el: Element, localName: string): Element {
  const found = children(el, localName)[0];
  if (!found) throw new Error(`<${el.localName}> has no <${localName}>`);
  return found;
}

export function descendants(el: Element, ns: string, localName: string): Element[] {
  return Array.from(el.getElementsByTagNameNS(ns, localName));
}

export const xsiType = (el: Element): string | null => el.getAttributeNS(NS.xsi, "type");

/** Every element of the document, root first. */
export function allElements(el: Element): Element[] {
  return [el, ...children(el).flatMap(allElements)];
}
