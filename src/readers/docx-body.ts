/**
 * The body of word/document.xml, streamed: paragraphs in the order Word shows them (body, table cells,
 * content controls, tracked insertions), each with its text, style and list properties. Memory holds one
 * paragraph at a time, whatever the size of the document.
 */
import { wAttrOf, wName, toInt } from "./wordml";
import { scanXml, type XmlAttrs } from "./xml-scan";
import { InputError } from "./input-error";

export interface RawParagraph {
  text: string;
  pStyle: string | null;
  /** w:numPr on the paragraph itself. */
  numPr: { numId?: number; ilvl?: number } | null;
  inTable: boolean;
}

/** Block-level elements whose content is not part of the body's paragraphs. */
const SKIPPED_BLOCKS = new Set([
  "sectPr",
  "del",
  "moveFrom",
  "tblPr",
  "tblGrid",
  "trPr",
  "tcPr",
  "sdtPr",
  "sdtEndPr",
]);

/** Elements inside a paragraph whose content is not shown as its text. */
const SKIPPED_INLINE = new Set([
  "pPr",
  "rPr",
  "delText",
  "delInstrText",
  "instrText",
  "del",
  "moveFrom",
  "txbxContent",
  "rt",
  "footnoteReference",
  "endnoteReference",
  "commentReference",
  // A paragraph nested in a run (text box) is not part of this paragraph's text.
  "p",
]);

/** What an open element means for what follows inside it. */
type Frame = "document" | "block" | "table" | "paragraph" | "inline" | "properties" | "numPr" | "text";

function symbolChar(attrs: XmlAttrs): string {
  const code = parseInt(wAttrOf(attrs, "char") ?? "", 16);
  if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) return "";
  // Symbol fonts address their glyphs in the private-use range F020–F0FF; the low byte is the legacy code.
  return String.fromCodePoint(code >= 0xf020 && code <= 0xf0ff ? code - 0xf000 : code);
}

/** Text that an empty inline element stands for, or null when the element is not one of them. */
function inlineMark(name: string, attrs: XmlAttrs): string | null {
  switch (name) {
    case "tab":
    case "ptab":
      return "\t";
    case "br": {
      const type = wAttrOf(attrs, "type");
      return type === "page" || type === "column" ? "" : "\n";
    }
    case "cr":
      return "\n";
    case "noBreakHyphen":
      return "-";
    case "softHyphen":
      return "";
    case "sym":
      return symbolChar(attrs);
    default:
      return null;
  }
}

/** Streams the paragraphs of document.xml to `onParagraph`. Throws InputError for unusable markup. */
export function readBody(xml: string, onParagraph: (p: RawParagraph) => void): void {
  const frames: Frame[] = [];
  // Elements skipped whole are counted, not stacked.
  let skip = 0;
  let tables = 0;
  let bodySeen = false;
  let para: { text: string[]; pStyle: string | null; numPr: RawParagraph["numPr"]; props: boolean } | null =
    null;

  const blockOpen = (name: string | null) => {
    if (name === "p") {
      para = { text: [], pStyle: null, numPr: null, props: false };
      frames.push("paragraph");
    } else if (name === "tbl") {
      tables++;
      frames.push("table");
    } else if (SKIPPED_BLOCKS.has(name ?? "")) skip = 1;
    else frames.push("block");
  };

  const inlineOpen = (name: string | null, local: string, attrs: XmlAttrs, top: Frame) => {
    if (!para) return;
    if (name === null) {
      // mc:AlternateContent: Choice and Fallback hold the same content twice.
      if (local === "Fallback") skip = 1;
      else frames.push("inline");
      return;
    }
    if (name === "t") return void frames.push("text");
    if (name === "pPr" && top === "paragraph" && !para.props) {
      para.props = true;
      return void frames.push("properties");
    }
    const mark = inlineMark(name, attrs);
    if (mark !== null) {
      para.text.push(mark);
      skip = 1;
    } else if (SKIPPED_INLINE.has(name)) skip = 1;
    else frames.push("inline");
  };

  const propertyOpen = (name: string | null, attrs: XmlAttrs, top: Frame) => {
    skip = 1;
    if (!para) return;
    const val = wAttrOf(attrs, "val");
    if (top === "properties") {
      if (name === "pStyle" && para.pStyle === null) para.pStyle = val;
      else if (name === "numPr" && para.numPr === null) {
        para.numPr = {};
        skip = 0;
        frames.push("numPr");
      }
    } else if (para.numPr && (name === "numId" || name === "ilvl") && para.numPr[name] === undefined) {
      const n = toInt(val);
      if (n !== undefined) para.numPr[name] = n;
    }
  };

  scanXml(xml, "word/document.xml", {
    open(local, ns, attrs) {
      if (skip > 0) return void skip++;
      const name = wName(local, ns);
      const top = frames[frames.length - 1];
      switch (top) {
        case undefined:
          return void frames.push("document");
        case "document":
          if (name === "body" && !bodySeen) {
            bodySeen = true;
            frames.push("block");
          } else skip = 1;
          return;
        case "block":
        case "table":
          return blockOpen(name);
        case "paragraph":
        case "inline":
          return inlineOpen(name, local, attrs, top);
        case "properties":
        case "numPr":
          return propertyOpen(name, attrs, top);
        case "text":
          return void frames.push("text");
      }
    },
    close() {
      if (skip > 0) return void skip--;
      const frame = frames.pop();
      if (frame === "table") tables--;
      if (frame === "paragraph" && para) {
        const { text, pStyle, numPr } = para;
        para = null;
        onParagraph({ text: text.join(""), pStyle, numPr, inTable: tables > 0 });
      }
    },
    text(text) {
      if (skip === 0 && para && frames[frames.length - 1] === "text") para.text.push(text);
    },
  });
  if (!bodySeen) {
    throw new InputError("Word 正文结构不完整（缺少 w:body）：请在 Word 中打开并重新保存为 .docx");
  }
}
