/**
 * .docx → paragraphs, in the order Word shows them: body paragraphs, table cells (inTable), content
 * controls and tracked insertions; deleted tracked text dropped; Word's automatic list numbers resolved.
 * Pure: bytes in, paragraphs out (no file system), so it also runs in a browser.
 */
import { unzipSync } from "fflate";
import type { Paragraph } from "../core/types";
import { InputError } from "./input-error";
import { readNumbering, type ListNumbering } from "./docx-numbering";
import { readNumPr, readStyles, type Styles } from "./docx-styles";
import { elements, isW, parseXml, wAttr, wChild, wName, wVal, type XmlElement } from "./wordml";

/** Parts larger than this once inflated are refused (a zip bomb, not a report). */
const MAX_PART_BYTES = 256 * 1024 * 1024;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** An OLE compound file is either an encrypted OOXML package or a legacy binary .doc. */
function isEncryptedOle(bytes: Uint8Array): boolean {
  // The stream names live in the directory as UTF-16LE; look for "EncryptionInfo".
  const needle = Array.from("EncryptionInfo").flatMap((c) => [c.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function sniff(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new InputError("文件是空的（0 字节），没有可检查的内容");
  if (startsWith(bytes, OLE_MAGIC)) {
    if (isEncryptedOle(bytes)) {
      throw new InputError(
        "文档设置了打开密码（已加密），无法读取：请在 Word 中取消密码后另存为 .docx 再检查",
      );
    }
    throw new InputError(
      "这是旧版 Word（.doc）格式，不是 .docx：请在 Word 中“另存为”Word 文档（.docx）后再检查",
    );
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new InputError(
      "不是有效的 .docx 文件（不是 Word 文档的压缩包格式）：文件可能已损坏，或扩展名与内容不符",
    );
  }
}

function unpack(bytes: Uint8Array): Map<string, string> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => /\.(xml|rels)$/i.test(f.name) && f.originalSize <= MAX_PART_BYTES,
    });
  } catch {
    throw new InputError("文件已损坏，无法解压：请在 Word 中打开并重新保存为 .docx 后再检查");
  }
  const decoder = new TextDecoder("utf-8");
  const parts = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) parts.set(name.replace(/^\/+/, ""), decoder.decode(data));
  return parts;
}

/** Resolves a relationship target against the folder of the part that declares it. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const stack = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") stack.pop();
    else if (seg !== "." && seg !== "") stack.push(seg);
  }
  return stack.join("/");
}

function relsOf(parts: Map<string, string>, part: string): { type: string; target: string }[] {
  const folder = part.includes("/") ? part.slice(0, part.lastIndexOf("/") + 1) : "";
  const text = parts.get(`${folder}_rels/${part.slice(folder.length)}.rels`);
  if (!text) return [];
  let root: XmlElement;
  try {
    root = parseXml(text, "关系文件");
  } catch {
    return [];
  }
  return elements(root).map((r) => ({
    type: r.getAttribute("Type") ?? "",
    target: resolveTarget(part, r.getAttribute("Target") ?? ""),
  }));
}

function findPart(
  parts: Map<string, string>,
  base: string,
  typeSuffix: string,
  fallback: string,
): string | undefined {
  const rel = relsOf(parts, base).find((r) => r.type.endsWith(typeSuffix));
  return (rel && parts.get(rel.target)) ?? parts.get(fallback);
}

/** Elements whose content is not shown as the paragraph's text. */
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
]);

function symbolChar(sym: XmlElement): string {
  const code = parseInt(wAttr(sym, "char") ?? "", 16);
  if (!Number.isFinite(code)) return "";
  // Symbol fonts address their glyphs in the private-use range F020–F0FF; the low byte is the legacy code.
  return String.fromCharCode(code >= 0xf020 && code <= 0xf0ff ? code - 0xf000 : code);
}

function collectText(el: XmlElement, out: string[]): void {
  for (const node of elements(el)) {
    const name = wName(node);
    if (name === null) {
      // mc:AlternateContent: Choice and Fallback hold the same content twice.
      if (node.localName === "Fallback") continue;
      collectText(node, out);
      continue;
    }
    switch (name) {
      case "t":
        out.push(node.textContent ?? "");
        break;
      case "tab":
      case "ptab":
        out.push("\t");
        break;
      case "br": {
        const type = wAttr(node, "type");
        if (type !== "page" && type !== "column") out.push("\n");
        break;
      }
      case "cr":
        out.push("\n");
        break;
      case "noBreakHyphen":
        out.push("-");
        break;
      case "softHyphen":
        break;
      case "sym":
        out.push(symbolChar(node));
        break;
      case "p":
        // A paragraph nested in a run (text box): not part of this paragraph's text.
        break;
      default:
        if (!SKIPPED_INLINE.has(name)) collectText(node, out);
    }
  }
}

interface Reader {
  styles: Styles;
  numbering: ListNumbering;
  out: Paragraph[];
}

function readParagraph(p: XmlElement, inTable: boolean, r: Reader): void {
  const pPr = wChild(p, "pPr");
  const styleId = wVal(pPr, "pStyle") ?? r.styles.defaultParagraphStyle;
  const own = readNumPr(pPr);
  const inherited = r.styles.numPr(styleId);
  const numId = own?.numId ?? inherited?.numId;
  let listString: string | undefined;
  if (numId !== undefined && numId !== 0) {
    const fromStyle = own?.numId === undefined;
    const ilvl =
      own?.ilvl ??
      (fromStyle
        ? (inherited?.ilvl ?? (styleId ? r.numbering.levelForStyle(numId, styleId) : undefined))
        : 0) ??
      0;
    listString = r.numbering.next(numId, ilvl);
  }
  const text: string[] = [];
  collectText(p, text);
  r.out.push({
    text: text.join(""),
    ...(listString ? { listString } : {}),
    styleBuiltIn: r.styles.builtIn(styleId),
    ...(inTable ? { inTable: true } : {}),
  });
}

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

function walkBlocks(el: XmlElement, inTable: boolean, r: Reader): void {
  for (const node of elements(el)) {
    if (isW(node, "p")) readParagraph(node, inTable, r);
    else if (isW(node, "tbl")) walkBlocks(node, true, r);
    else if (!SKIPPED_BLOCKS.has(wName(node) ?? "")) walkBlocks(node, inTable, r);
  }
}

/** Reads every paragraph of a .docx body. Throws InputError (Chinese reason) for unusable files. */
export function readDocx(bytes: Uint8Array): Paragraph[] {
  sniff(bytes);
  const parts = unpack(bytes);
  const mainRel = relsOf(parts, "").find((r) => r.type.endsWith("/officeDocument"));
  const mainName = mainRel && parts.has(mainRel.target) ? mainRel.target : "word/document.xml";
  const main = parts.get(mainName);
  if (main === undefined) {
    throw new InputError(
      "压缩包里没有 Word 正文（word/document.xml）：这不是 Word 文档，请确认文件是用 Word 保存的 .docx",
    );
  }
  const stylesXml = findPart(parts, mainName, "/styles", "word/styles.xml");
  const numberingXml = findPart(parts, mainName, "/numbering", "word/numbering.xml");
  // Broken styles or numbering cost the numbers, not the whole document.
  const optional = (xml: string | undefined, name: string) => {
    if (xml === undefined) return null;
    try {
      return parseXml(xml, name);
    } catch {
      return null;
    }
  };
  const styles = readStyles(optional(stylesXml, "word/styles.xml"));
  const numbering = readNumbering(optional(numberingXml, "word/numbering.xml"), styles);
  const doc = parseXml(main, "word/document.xml");
  const body = wChild(doc, "body");
  if (!body) throw new InputError("Word 正文结构不完整（缺少 w:body）：请在 Word 中打开并重新保存为 .docx");
  const reader: Reader = { styles, numbering, out: [] };
  walkBlocks(body, false, reader);
  return reader.out;
}
