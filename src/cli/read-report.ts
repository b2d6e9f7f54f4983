/** A report file on disk → paragraphs, with a Chinese reason (InputError) for anything unusable. */
import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import type { Paragraph } from "../core/types";
import { InputError } from "../readers/input-error";
import { readDocx } from "../readers/read-docx";
import { readText } from "../readers/read-text";

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

function failure(err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return new InputError("文件不存在：请检查路径和文件名");
  if (code === "EACCES" || code === "EPERM") return new InputError("没有读取这个文件的权限");
  return new InputError(`无法读取文件（${code ?? "未知错误"}）`);
}

/** The file's size; refuses missing files and directories. */
function sizeOf(file: string): number {
  let stat;
  try {
    stat = statSync(file);
  } catch (err) {
    throw failure(err);
  }
  if (stat.isDirectory()) {
    throw new InputError("这是一个文件夹，不是文件：请指定要检查的文件（例如 文件夹/*.docx）");
  }
  return stat.size;
}

function readBytes(file: string): Uint8Array {
  try {
    const buf = readFileSync(file);
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (err) {
    throw failure(err);
  }
}

/** Reads a .docx or .txt report. Throws InputError with a one-line Chinese reason. */
export function readReport(file: string): Paragraph[] {
  const size = sizeOf(file);
  const ext = extname(file).toLowerCase();
  const isDocx = DOCX.has(ext);
  if (!isDocx && !TEXT.has(ext)) throw unsupported(ext);
  const limit = isDocx ? MAX_DOCX_BYTES : MAX_TEXT_BYTES;
  if (size > limit) {
    throw new InputError(
      `文件太大（${megabytes(size)} MB，上限 ${megabytes(limit)} MB）：对照检查材料通常只有几十 KB，请确认选对了文件`,
    );
  }
  const bytes = readBytes(file);
  const paragraphs = isDocx ? readDocx(bytes) : readText(bytes);
  if (paragraphs.every((p) => (p.listString ?? "").trim() === "" && p.text.trim() === "")) {
    throw new InputError("文档是空的（没有任何文字）：请确认选对了文件，或先写好材料再检查");
  }
  return paragraphs;
}
