/**
 * A report file's name and bytes → paragraphs, with one set of limits and Chinese reasons for the command
 * line, the pane (last year's report) and the 审阅台 alike. No Node APIs: the caller reads the bytes.
 */
import type { Paragraph } from "../core/types";
import { InputError } from "./input-error";
import { LIMITS, fileTooLarge } from "./limits";
import { readDocx } from "./read-docx";
import { decodeText, splitLines } from "./read-text";

/** A report is tens of kilobytes; beyond these sizes it is not a report (and would only eat memory). */
export const MAX_TEXT_BYTES = LIMITS.textFileBytes;
export const MAX_DOCX_BYTES = LIMITS.docxFileBytes;

export interface ReadReport {
  paragraphs: Paragraph[];
  /** What the user should know about how the file was read (damaged bytes replaced…). */
  notes: string[];
}

const DOCX = new Set([".docx", ".docm", ".dotx"]);
const TEXT = new Set([".txt", ".text"]);

/** Formats Word or WPS can open and save again as .docx. */
const SAVE_AS_DOCX = new Set([
  ".doc",
  ".dot",
  ".wps",
  ".wpt",
  ".rtf",
  ".odt",
  ".xml",
  ".mht",
  ".htm",
  ".html",
]);

/** The lower-cased extension of a file name, dot included ("" when it has none). */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

function unsupported(ext: string): InputError {
  if (SAVE_AS_DOCX.has(ext)) {
    return new InputError(`不支持 ${ext} 格式：请在 Word 或 WPS 中打开，“另存为”Word 文档（.docx）后再检查`);
  }
  if (ext === ".pdf") {
    return new InputError("不支持 PDF：请使用原始的 Word 文档（.docx），或把正文复制到 .txt 文件后再检查");
  }
  const shown = ext === "" ? "没有扩展名" : `扩展名 ${ext}`;
  return new InputError(`不支持的文件类型（${shown}）：只能检查 .docx 和 .txt 文件`);
}

/** The most bytes a file of this name may have, or InputError when its type cannot be a report. */
export function sizeLimitOf(name: string): number {
  const ext = extensionOf(name);
  if (DOCX.has(ext)) return MAX_DOCX_BYTES;
  if (TEXT.has(ext)) return MAX_TEXT_BYTES;
  throw unsupported(ext);
}

/** Refuses, before reading, a file whose type or size cannot be a report. */
export function acceptReport(name: string, size: number): void {
  const limit = sizeLimitOf(name);
  if (size > limit) throw fileTooLarge(size, limit);
}

function readTextReport(bytes: Uint8Array): ReadReport {
  const decoded = decodeText(bytes);
  const notes = decoded.replaced
    ? [`有 ${decoded.replaced} 处字节不是有效的 UTF-8，已替换为 �，其余文字照常检查`]
    : [];
  return { paragraphs: splitLines(decoded.text).map((text) => ({ text })), notes };
}

/** Reads a .docx or .txt report from its bytes, with notes on how it was read. Throws InputError. */
export function readReportWithNotes(name: string, bytes: Uint8Array): ReadReport {
  acceptReport(name, bytes.length);
  const report = DOCX.has(extensionOf(name))
    ? { paragraphs: readDocx(bytes), notes: [] }
    : readTextReport(bytes);
  if (report.paragraphs.every((p) => (p.listString ?? "").trim() === "" && p.text.trim() === "")) {
    throw new InputError("文档是空的（没有任何文字）：请确认选对了文件，或先写好材料再检查");
  }
  return report;
}

/** Reads a .docx or .txt report from its bytes. Throws InputError with a one-line Chinese reason. */
export function readReportBytes(name: string, bytes: Uint8Array): Paragraph[] {
  return readReportWithNotes(name, bytes).paragraphs;
}
