/**
 * .txt → paragraphs, one per line. Reports are saved from Notepad, WPS or pasted from the web, so the
 * encoding is guessed: a BOM wins; then UTF-16 without a BOM (its zero bytes give it away); UTF-8 when the
 * bytes are valid UTF-8, or nearly so (a few damaged bytes become U+FFFD and are counted); else GB18030.
 */
import type { Paragraph } from "../core/types";
import { InputError } from "./input-error";
import { LIMITS, fileTooLarge, tooManyParagraphs } from "./limits";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Damaged UTF-8 sequences replaced by U+FFFD (only when the rest is clearly UTF-8). */
  replaced?: number;
}

/**
 * Damaged sequences still read as UTF-8 when well-formed Chinese characters outnumber them: 10 to 1 for the
 * first few, 100 to 1 beyond. GBK read as UTF-8 damages nearly every character and yields almost none.
 */
const FEW_DAMAGED = 3;

function fewDamaged(replaced: number, chinese: number): boolean {
  return replaced * 10 <= chinese && (replaced <= FEW_DAMAGED || replaced * 100 <= chinese);
}

const REPLACEMENT = 0xfffd;

/** Characters a report is made of: ASCII, CJK ideographs and punctuation, fullwidth forms, general punctuation. */
function plausible(code: number): boolean {
  return (
    (code >= 0x20 && code < 0x7f) ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x2000 && code <= 0x206f)
  );
}

/**
 * UTF-16 without a BOM: digits and line breaks put their zero bytes on one side (odd offsets in little
 * endian); the decoded text must then read as text, almost all of it ordinary characters.
 */
function utf16WithoutBom(bytes: Uint8Array): DecodedText | null {
  if (bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
  const encoding = odd > even ? "utf-16le" : "utf-16be";
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  let ordinary = 0;
  for (let i = 0; i < text.length; i++) if (plausible(text.charCodeAt(i))) ordinary++;
  return ordinary >= text.length * 0.95 ? { text, encoding } : null;
}

/** UTF-8 with its damaged sequences replaced, when they are few against the well-formed characters. */
function nearlyUtf8(body: Uint8Array): DecodedText | null {
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(body);
  let replaced = 0;
  let chinese = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === REPLACEMENT) replaced++;
    else if ((code >= 0x3000 && code <= 0x9fff) || (code >= 0xff00 && code <= 0xffef)) chinese++;
  }
  return fewDamaged(replaced, chinese) ? { text, encoding: "utf-8", replaced } : null;
}

const binary = () =>
  new InputError("这不是纯文本文件（含有二进制内容）：请提供 .txt 文本或 Word 文档（.docx）");

/** Decodes the bytes of a text file, dropping any BOM. Throws InputError for binary data. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length > LIMITS.textFileBytes) throw fileTooLarge(bytes.length, LIMITS.textFileBytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  if (bytes.indexOf(0) !== -1) {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) return utf16;
    throw binary();
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return {
      text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body),
      encoding: "utf-8",
    };
  } catch {
    return nearlyUtf8(body) ?? { text: new TextDecoder("gb18030").decode(body), encoding: "gb18030" };
  }
}

/** Splits text into lines on CRLF, CR or LF; a final line break does not start another paragraph. */
export function splitLines(text: string): string[] {
  // Counted before splitting: a file of nothing but line breaks would otherwise become millions of strings.
  let breaks = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) breaks++;
  }
  if (breaks > LIMITS.paragraphs) throw tooManyParagraphs();
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** Reads a .txt report: every line is a paragraph, empty lines included. */
export function readText(bytes: Uint8Array): Paragraph[] {
  return splitLines(decodeText(bytes).text).map((text) => ({ text }));
}
