/**
 * The subset of WordprocessingML the simulated host understands in `insertOoxml`: paragraph text (w:t,
 * w:tab, w:br), each run's rFonts ascii/eastAsia, sz, b, and the paragraph's jc, ind firstLine,
 * spacing line. Enough for the add-in's own formatting packages; anything else is ignored.
 * The paragraph takes the font of its last run with text (the body of a run-in paragraph); runs whose
 * font differs become character runs over it.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import type { Alignment } from "./records";
import { HostError } from "./errors";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export interface OoxmlFont {
  name?: string;
  nameFarEast?: string;
  size?: number;
  bold?: boolean;
}

export interface OoxmlParagraph {
  text: string;
  font: OoxmlFont;
  /** Characters [start, end) whose run font differs from `font`: only the differing properties. */
  runs: { start: number; end: number; font: OoxmlFont }[];
  alignment?: Alignment;
  firstLineIndent?: number;
  lineSpacing?: number;
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

function children(el: Element, local: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).namespaceURI === W && (n as Element).localName === local)
      out.push(n as Element);
  }
  return out;
}

function child(el: Element | undefined, local: string): Element | undefined {
  return el ? children(el, local)[0] : undefined;
}

function attr(el: Element | undefined, local: string): string | undefined {
  const v = el?.getAttributeNS(W, local);
  return v === null || v === undefined || v === "" ? undefined : v;
}

function onOff(el: Element | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = attr(el, "val");
  return !(v === "0" || v === "false" || v === "off");
}

function runText(run: Element): string {
  let s = "";
  for (let n = run.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1 || (n as Element).namespaceURI !== W) continue;
    const name = (n as Element).localName;
    if (name === "t") s += n.textContent ?? "";
    else if (name === "tab") s += "\t";
    else if (name === "br") s += "\v";
  }
  return s;
}

function runFont(run: Element | undefined): OoxmlFont {
  const rPr = child(run, "rPr");
  const fonts = child(rPr, "rFonts");
  const sz = attr(child(rPr, "sz"), "val");
  return {
    name: attr(fonts, "ascii"),
    nameFarEast: attr(fonts, "eastAsia"),
    size: sz !== undefined ? Number(sz) / 2 : undefined,
    bold: onOff(child(rPr, "b")),
  };
}

/** The paragraphs of a flat-OPC package (pkg:package) or a bare w:document; throws InvalidArgument when unreadable. */
export function parseOoxml(xml: string): OoxmlParagraph[] {
  let errors = 0;
  let doc;
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
  const body = doc.getElementsByTagNameNS(W, "body")[0];
  if (!body) throw new HostError("InvalidArgument", "The OOXML has no w:body.");
  return children(body, "p").map((p) => {
    const pPr = child(p, "pPr");
    const runs = children(p, "r");
    const texts = runs.map(runText);
    const withText = runs.filter((_, k) => texts[k] !== "");
    const font = runFont(withText[withText.length - 1] ?? runs[0]);
    const overrides: OoxmlParagraph["runs"] = [];
    let at = 0;
    runs.forEach((r, k) => {
      const start = at;
      at += texts[k]!.length;
      const own = runFont(r);
      const diff: OoxmlFont = {};
      for (const key of Object.keys(own) as (keyof OoxmlFont)[]) {
        if (own[key] !== undefined && own[key] !== font[key]) Object.assign(diff, { [key]: own[key] });
      }
      if (at > start && Object.keys(diff).length > 0) overrides.push({ start, end: at, font: diff });
    });
    const ind = attr(child(pPr, "ind"), "firstLine");
    const spacing = child(pPr, "spacing");
    const line = attr(spacing, "line");
    const jc = attr(child(pPr, "jc"), "val");
    const out: OoxmlParagraph = { text: texts.join(""), font, runs: overrides };
    if (jc && JC[jc]) out.alignment = JC[jc];
    if (ind !== undefined) out.firstLineIndent = Number(ind) / 20;
    // Only exact/atLeast spacing is in points (twentieths); "auto" is in 240ths of a line.
    if (line !== undefined && attr(spacing, "lineRule") !== "auto") out.lineSpacing = Number(line) / 20;
    return out;
  });
}
