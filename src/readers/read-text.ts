/**
 * .txt → paragraphs, one per line. Reports are saved from Notepad, WPS or pasted from the web, so the
 * encoding is guessed: a UTF-16 BOM wins, then UTF-8 when the bytes are valid UTF-8, else GB18030 (GBK).
 */
import type { Paragraph } from "../core/types";
import { InputError } from "./input-error";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

/** Decodes the bytes of a text file, dropping any BOM. Throws InputError for binary data. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  if (hasNul(bytes)) {
    throw new InputError("这不是纯文本文件（含有二进制内容）：请提供 .txt 文本或 Word 文档（.docx）");
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return {
      text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body),
      encoding: "utf-8",
    };
  } catch {
    return { text: new TextDecoder("gb18030").decode(body), encoding: "gb18030" };
  }
}

/** Splits text into lines on CRLF, CR or LF; a final line break does not start another paragraph. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** Reads a .txt report: every line is a paragraph, empty lines included. */
export function readText(bytes: Uint8Array): Paragraph[] {
  return splitLines(decodeText(bytes).text).map((text) => ({ text }));
}
