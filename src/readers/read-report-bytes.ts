/**
 * A report file's name and bytes → paragraphs, with one set of limits and Chinese reasons for the command
 * line, the pane (last year's report) and the 审阅台 alike. No Node APIs: the caller reads the bytes.
 */
import type { Paragraph } from "../core/types";
import { InputError } from "./input-error";
import { readDocx } from "./read-docx";
import { readText } from "./read-text";

/** A report is tens of kilobytes; beyond these sizes it is not a report (and would only eat memory). */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;
export const MAX_DOCX_BYTES = 50 * 1024 * 1024;

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

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** Refuses, before reading, a file whose type or size cannot be a report. */
export function acceptReport(name: string, size: number): void {
  const ext = extensionOf(name);
  const isDocx = DOCX.has(ext);
  if (!isDocx && !TEXT.has(ext)) throw unsupported(ext);
  const limit = isDocx ? MAX_DOCX_BYTES : MAX_TEXT_BYTES;
  if (size > limit) {
    throw new InputError(
      `文件太大（${megabytes(size)} MB，上限 ${megabytes(limit)} MB）：对照检查材料通常只有几十 KB，请确认选对了文件`,
    );
  }
}

/** Reads a .docx or .txt report from its bytes. Throws InputError with a one-line Chinese reason. */
export function readReportBytes(name: string, bytes: Uint8Array): Paragraph[] {
  acceptReport(name, bytes.length);
  const paragraphs = DOCX.has(extensionOf(name)) ? readDocx(bytes) : readText(bytes);
  if (paragraphs.every((p) => (p.listString ?? "").trim() === "" && p.text.trim() === "")) {
    throw new InputError("文档是空的（没有任何文字）：请确认选对了文件，或先写好材料再检查");
  }
  return paragraphs;
}
