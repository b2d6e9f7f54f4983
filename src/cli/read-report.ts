/**
 * A report file on disk → paragraphs, with a Chinese reason (InputError) for anything unusable. Only
 * regular files are opened (a pipe or a device would hang or never end), and never more than the readers'
 * limit plus one byte is read, whatever the file system says its size is.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";
import { extname } from "node:path";
import type { Paragraph } from "../core/types";
import { InputError } from "../readers/input-error";
import { LIMITS, fileTooLarge } from "../readers/limits";
import { readDocx } from "../readers/read-docx";
import { decodeText, splitLines } from "../readers/read-text";

export interface Report {
  paragraphs: Paragraph[];
  /** Things the user should know about how the file was read (damaged bytes replaced…). */
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

function failure(err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return new InputError("文件不存在：请检查路径和文件名");
  if (code === "EACCES" || code === "EPERM") return new InputError("没有读取这个文件的权限");
  return new InputError(`无法读取文件（${code ?? "未知错误"}）`);
}

const notRegular = () =>
  new InputError("这不是普通文件（可能是管道、设备或套接字）：请指定保存在磁盘上的 .docx 或 .txt 文件");

/** The size of a regular file; refuses missing files, folders, pipes and devices. */
function regularSize(file: string): number {
  let stat;
  try {
    stat = statSync(file);
  } catch (err) {
    throw failure(err);
  }
  if (stat.isDirectory()) {
    throw new InputError("这是一个文件夹，不是文件：请指定要检查的文件（例如 文件夹/*.docx）");
  }
  if (!stat.isFile()) throw notRegular();
  return stat.size;
}

function openRegular(file: string): { fd: number; size: number } {
  const size = regularSize(file);
  let fd: number;
  try {
    // Non-blocking, so a path swapped for a pipe after the check above cannot hang the open.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw failure(err);
  }
  if (!fstatSync(fd).isFile()) {
    closeSync(fd);
    throw notRegular();
  }
  return { fd, size };
}

/** At most `limit` + 1 bytes: one more than allowed is enough to know the file is too large. */
function readAtMost(fd: number, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const chunk = new Uint8Array(Math.min(1024 * 1024, limit + 1 - total));
    let read: number;
    try {
      read = readSync(fd, chunk, 0, chunk.length, null);
    } catch (err) {
      throw failure(err);
    }
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > limit) throw fileTooLarge(total, limit);
  }
  return Buffer.concat(chunks, total);
}

function readBytes(file: string, limit: number): Uint8Array {
  const { fd, size } = openRegular(file);
  try {
    if (size > limit) throw fileTooLarge(size, limit);
    return readAtMost(fd, limit);
  } finally {
    closeSync(fd);
  }
}

function readTextReport(bytes: Uint8Array): Report {
  const decoded = decodeText(bytes);
  const notes = decoded.replaced
    ? [`有 ${decoded.replaced} 处字节不是有效的 UTF-8，已替换为 �，其余文字照常检查`]
    : [];
  return { paragraphs: splitLines(decoded.text).map((text) => ({ text })), notes };
}

/** Reads a .docx or .txt report. Throws InputError with a one-line Chinese reason. */
export function readReport(file: string): Report {
  const ext = extname(file).toLowerCase();
  const isDocx = DOCX.has(ext);
  if (!isDocx && !TEXT.has(ext)) {
    regularSize(file);
    throw unsupported(ext);
  }
  const bytes = readBytes(file, isDocx ? LIMITS.docxFileBytes : LIMITS.textFileBytes);
  const report = isDocx ? { paragraphs: readDocx(bytes), notes: [] } : readTextReport(bytes);
  if (report.paragraphs.every((p) => (p.listString ?? "").trim() === "" && p.text.trim() === "")) {
    throw new InputError("文档是空的（没有任何文字）：请确认选对了文件，或先写好材料再检查");
  }
  return report;
}
