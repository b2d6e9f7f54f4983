/**
 * The subset of WordprocessingML the simulated host reads in `insertOoxml`: a flat-OPC package (pkg:package)
 * or a bare w:document. Per paragraph: its text (w:t, w:tab, w:br, field results; not field codes or deleted
 * text), each run's direct rFonts ascii/eastAsia, sz, b, i, the pPr's pStyle, jc, ind, spacing and
 * outlineLvl, and the hyperlinks, bookmarks and fields over the text. Styles come from ./ooxml-styles.ts.
 * Anything else is ignored. The paragraph takes the font of its last run with text (the body of a run-in
 * paragraph); runs whose font differs become character runs over it.
 */
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { HostError } from "./errors";
import type { InlineMark } from "./marks";
import type { Alignment, LineSpacingRule } from "./records";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";

export interface OoxmlFont {
  name?: string;
  nameFarEast?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
}

export interface OoxmlParagraph {
  text: string;
  font: OoxmlFont;
  /** Characters [start, end) whose run font differs from `font`: only the differing properties. */
  runs: { start: number; end: number; font: OoxmlFont }[];
  marks: InlineMark[];
  styleId?: string;
  alignment?: Alignment;
  firstLineIndent?: number;
  lineSpacing?: number;
  lineSpacingRule?: LineSpacingRule;
  outlineLevel?: number;
}

const JC: Record<string, Alignment> = {
  left: "Left",
  start: "Left",
  center: "Centered",
  right: "Right",
  end: "Right",
  both: "Justified",
  distribute: "Justified",
};

export function children(el: Element | undefined, local: string): Element[] {
  const out: Element[] = [];
  for (let n = el?.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).namespaceURI === W && (n as Element).localName === local)
      out.push(n as Element);
  }
  return out;
}

export function child(el: Element | undefined, local: string): Element | undefined {
  return el ? children(el, local)[0] : undefined;
}

export function attr(el: Element | undefined, local: string): string | undefined {
  const v = el?.getAttributeNS(W, local);
  return v === null || v === undefined || v === "" ? undefined : v;
}

function onOff(el: Element | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = attr(el, "val");
  return !(v === "0" || v === "false" || v === "off");
}

/** Direct run properties (a w:rPr) as a font: only what it sets. */
export function runFont(rPr: Element | undefined): OoxmlFont {
  const fonts = child(rPr, "rFonts");
  const sz = attr(child(rPr, "sz"), "val");
  return {
    name: attr(fonts, "ascii"),
    nameFarEast: attr(fonts, "eastAsia"),
    size: sz !== undefined ? Number(sz) / 2 : undefined,
    bold: onOff(child(rPr, "b")),
    italic: onOff(child(rPr, "i")),
  };
}

/** pPr (of a paragraph or a style) as paragraph format: what it sets. `size` turns character units into points. */
export function paragraphFormat(pPr: Element | undefined, size = 10.5) {
  const ind = child(pPr, "ind");
  const firstLine = attr(ind, "firstLine");
  const chars = attr(ind, "firstLineChars");
  const spacing = child(pPr, "spacing");
  const line = attr(spacing, "line");
  const rule = attr(spacing, "lineRule");
  const jc = attr(child(pPr, "jc"), "val");
  const outline = attr(child(pPr, "outlineLvl"), "val");
  const before = attr(spacing, "before");
  const after = attr(spacing, "after");
  return {
    alignment: jc ? JC[jc] : undefined,
    // Word gives firstLineChars (hundredths of a character) precedence over firstLine (twips).
    firstLineIndent:
      chars !== undefined
        ? (Number(chars) / 100) * size
        : firstLine !== undefined
          ? Number(firstLine) / 20
          : undefined,
    // Exact/atLeast spacing is in twentieths of a point; "auto" in 240ths of a line (the API counts 12 pt a line).
    lineSpacing:
      line === undefined
        ? undefined
        : rule === "exact" || rule === "atLeast"
          ? Number(line) / 20
          : (Number(line) / 240) * 12,
    lineSpacingRule: (line === undefined
      ? undefined
      : rule === "exact"
        ? "exact"
        : rule === "atLeast"
          ? "atLeast"
          : "multiple") as LineSpacingRule | undefined,
    spaceBefore: before !== undefined ? Number(before) / 20 : undefined,
    spaceAfter: after !== undefined ? Number(after) / 20 : undefined,
    outlineLevel: outline !== undefined ? Number(outline) + 1 : undefined,
  };
}

/** Reads a paragraph's content in document order: text, runs with their direct fonts, and marks. */
class ParagraphReader {
  text = "";
  readonly pieces: { start: number; end: number; font: OoxmlFont }[] = [];
  readonly marks: InlineMark[] = [];
  private readonly bookmarks = new Map<string, { name: string; start: number }>();
  private readonly fields: { code: string; start: number; inResult: boolean }[] = [];

  constructor(private readonly rels: Map<string, string>) {}

  walk(el: Element): void {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1 || (n as Element).namespaceURI !== W) continue;
      const e = n as Element;
      const start = this.text.length;
      switch (e.localName) {
        case "r":
          this.run(e);
          break;
        case "hyperlink": {
          this.walk(e);
          const id = e.getAttributeNS(R, "id");
          const value = (id && this.rels.get(id)) || `#${attr(e, "anchor") ?? ""}`;
          this.marks.push({ kind: "hyperlink", start, end: this.text.length, value });
          break;
        }
        case "fldSimple":
          this.walk(e);
          this.marks.push({ kind: "field", start, end: this.text.length, value: attr(e, "instr") ?? "" });
          break;
        case "bookmarkStart":
          this.bookmarks.set(attr(e, "id") ?? "", { name: attr(e, "name") ?? "", start });
          break;
        case "bookmarkEnd": {
          const open = this.bookmarks.get(attr(e, "id") ?? "");
          if (open) this.marks.push({ kind: "bookmark", start: open.start, end: start, value: open.name });
          break;
        }
        case "smartTag":
        case "ins":
        case "customXml":
        case "sdt":
        case "sdtContent":
          this.walk(e);
          break;
      }
    }
  }

  private run(r: Element): void {
    const font = runFont(child(r, "rPr"));
    const start = this.text.length;
    for (let n = r.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1 || (n as Element).namespaceURI !== W) continue;
      const e = n as Element;
      const field = this.fields[this.fields.length - 1];
      if (e.localName === "fldChar") this.fieldChar(attr(e, "fldCharType"));
      else if (e.localName === "instrText") {
        if (field && !field.inResult) field.code += e.textContent ?? "";
      } else if (field && !field.inResult) continue;
      else if (e.localName === "t") this.text += e.textContent ?? "";
      else if (e.localName === "tab") this.text += "\t";
      else if (e.localName === "br") this.text += "\v";
    }
    if (this.text.length > start) this.pieces.push({ start, end: this.text.length, font });
  }

  private fieldChar(type: string | undefined): void {
    if (type === "begin") this.fields.push({ code: "", start: this.text.length, inResult: false });
    const field = this.fields[this.fields.length - 1];
    if (!field) return;
    if (type === "separate") {
      field.inResult = true;
      field.start = this.text.length;
    } else if (type === "end") {
      this.fields.pop();
      this.marks.push({ kind: "field", start: field.start, end: this.text.length, value: field.code });
    }
  }
}

function readParagraph(p: Element, rels: Map<string, string>): OoxmlParagraph {
  const reader = new ParagraphReader(rels);
  reader.walk(p);
  const last = reader.pieces[reader.pieces.length - 1];
  const font = last?.font ?? runFont(child(child(p, "pPr"), "rPr"));
  const runs: OoxmlParagraph["runs"] = [];
  for (const piece of reader.pieces) {
    const diff: OoxmlFont = {};
    for (const key of Object.keys(piece.font) as (keyof OoxmlFont)[]) {
      if (piece.font[key] !== undefined && piece.font[key] !== font[key])
        Object.assign(diff, { [key]: piece.font[key] });
    }
    if (Object.keys(diff).length > 0) runs.push({ start: piece.start, end: piece.end, font: diff });
  }
  const pPr = child(p, "pPr");
  const format = paragraphFormat(pPr, font.size);
  const out: OoxmlParagraph = { text: reader.text, font, runs, marks: reader.marks };
  const styleId = attr(child(pPr, "pStyle"), "val");
  if (styleId) out.styleId = styleId;
  for (const key of [
    "alignment",
    "firstLineIndent",
    "lineSpacing",
    "lineSpacingRule",
    "outlineLevel",
  ] as const) {
    if (format[key] !== undefined) Object.assign(out, { [key]: format[key] });
  }
  return out;
}

export function parseXml(xml: string): Document {
  let errors = 0;
  let doc: Document | undefined;
  try {
    doc = new DOMParser({
      onError: (level) => {
        if (level !== "warning") errors++;
      },
    }).parseFromString(xml, "text/xml");
  } catch {
    errors++;
  }
  if (!doc || errors > 0 || !doc.documentElement)
    throw new HostError("InvalidArgument", "The OOXML is not valid XML.");
  return doc;
}

/** A part of a flat-OPC package by name (its xmlData's root element). */
export function packagePart(doc: Document, name: string): Element | undefined {
  const parts = doc.getElementsByTagNameNS(PKG, "part");
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.getAttributeNS(PKG, "name") !== name) continue;
    const data = part.getElementsByTagNameNS(PKG, "xmlData")[0];
    for (let n = data?.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) return n as Element;
  }
  return undefined;
}

/** Relationship id → target, from the document part's relationships. */
function relationships(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  const root = packagePart(doc, "/word/_rels/document.xml.rels");
  for (let n = root?.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    out.set(e.getAttribute("Id") ?? "", e.getAttribute("Target") ?? "");
  }
  return out;
}

/** The body's paragraphs of a package; throws InvalidArgument when it is unreadable. */
export function parseOoxml(xml: string): OoxmlParagraph[] {
  return parsePackage(parseXml(xml));
}

export function parsePackage(doc: Document): OoxmlParagraph[] {
  const body = doc.getElementsByTagNameNS(W, "body")[0];
  if (!body) throw new HostError("InvalidArgument", "The OOXML has no w:body.");
  const rels = relationships(doc);
  return children(body, "p").map((p) => readParagraph(p, rels));
}
