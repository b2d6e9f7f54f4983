/**
 * .docx → paragraphs, in the order Word shows them: body paragraphs, table cells (inTable), content
 * controls and tracked insertions; deleted tracked text dropped; Word's automatic list numbers resolved.
 * Pure: bytes in, paragraphs out (no file system), so it also runs in a browser. Only the parts it uses are
 * inflated, within the budget of limits.ts.
 */
import type { Paragraph } from "../core/types";
import { InputError } from "./input-error";
import { readNumbering, type ListNumbering } from "./docx-numbering";
import { readStyles, type Styles } from "./docx-styles";
import { readBody, type RawParagraph } from "./docx-body";
import { LIMITS, fileTooLarge, tooManyParagraphs } from "./limits";
import { parseXml, plainAttr, type XmlElement } from "./wordml";
import { inflateEntry, listEntries, type InflateBudget, type ZipEntry } from "./zip";

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

/** The parts of the package, inflated on request within one budget. */
class Package {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly budget: InflateBudget = { remaining: LIMITS.inflatedBytes };
  private readonly decoder = new TextDecoder("utf-8");

  constructor(private readonly bytes: Uint8Array) {
    for (const entry of listEntries(bytes))
      if (!this.entries.has(entry.name)) this.entries.set(entry.name, entry);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  text(name: string): string | undefined {
    const entry = this.entries.get(name);
    return entry && this.decoder.decode(inflateEntry(this.bytes, entry, this.budget));
  }
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

function relsOf(pkg: Package, part: string): { type: string; target: string }[] {
  const folder = part.includes("/") ? part.slice(0, part.lastIndexOf("/") + 1) : "";
  const text = pkg.text(`${folder}_rels/${part.slice(folder.length)}.rels`);
  if (!text) return [];
  let root: XmlElement;
  try {
    root = parseXml(text, "关系文件");
  } catch {
    return [];
  }
  return root.children.map((r) => ({
    type: plainAttr(r, "Type") ?? "",
    target: resolveTarget(part, plainAttr(r, "Target") ?? ""),
  }));
}

/** A part the main document points to by relationship type, or the usual name. */
function relatedPart(
  pkg: Package,
  rels: { type: string; target: string }[],
  typeSuffix: string,
  fallback: string,
): string | undefined {
  const rel = rels.find((r) => r.type.endsWith(typeSuffix) && pkg.has(r.target));
  return pkg.text(rel?.target ?? fallback);
}

/** Broken styles or numbering cost the numbers, not the whole document; a budget overrun still refuses. */
function optionalTree(xml: string | undefined, name: string): XmlElement | null {
  if (xml === undefined) return null;
  try {
    return parseXml(xml, name);
  } catch {
    return null;
  }
}

function toParagraph(raw: RawParagraph, styles: Styles, numbering: ListNumbering): Paragraph {
  const styleId = raw.pStyle ?? styles.defaultParagraphStyle;
  const own = raw.numPr;
  const inherited = styles.numPr(styleId);
  const numId = own?.numId ?? inherited?.numId;
  let listString: string | undefined;
  if (numId !== undefined && numId !== 0) {
    const fromStyle = own?.numId === undefined;
    const ilvl =
      own?.ilvl ??
      (fromStyle
        ? (inherited?.ilvl ?? (styleId ? numbering.levelForStyle(numId, styleId) : undefined))
        : 0) ??
      0;
    listString = numbering.next(numId, ilvl);
  }
  return {
    text: raw.text,
    ...(listString ? { listString } : {}),
    styleBuiltIn: styles.builtIn(styleId),
    ...(raw.inTable ? { inTable: true } : {}),
  };
}

/** Reads every paragraph of a .docx body. Throws InputError (Chinese reason) for unusable files. */
export function readDocx(bytes: Uint8Array): Paragraph[] {
  if (bytes.length > LIMITS.docxFileBytes) throw fileTooLarge(bytes.length, LIMITS.docxFileBytes);
  sniff(bytes);
  const pkg = new Package(bytes);
  const mainRel = relsOf(pkg, "").find((r) => r.type.endsWith("/officeDocument"));
  const mainName = mainRel && pkg.has(mainRel.target) ? mainRel.target : "word/document.xml";
  if (!pkg.has(mainName)) {
    throw new InputError(
      "压缩包里没有 Word 正文（word/document.xml）：这不是 Word 文档，请确认文件是用 Word 保存的 .docx",
    );
  }
  const rels = relsOf(pkg, mainName);
  const styles = readStyles(
    optionalTree(relatedPart(pkg, rels, "/styles", "word/styles.xml"), "word/styles.xml"),
  );
  const numbering = readNumbering(
    optionalTree(relatedPart(pkg, rels, "/numbering", "word/numbering.xml"), "word/numbering.xml"),
    styles,
  );
  const out: Paragraph[] = [];
  readBody(pkg.text(mainName) ?? "", (raw) => {
    if (out.length >= LIMITS.paragraphs) throw tooManyParagraphs();
    out.push(toParagraph(raw, styles, numbering));
  });
  return out;
}
