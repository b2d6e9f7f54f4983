/**
 * A report file on disk → paragraphs, with a Chinese reason (InputError) for anything unusable. Only
 * regular files are opened (a pipe or a device would hang or never end), and never more than the readers'
 * limit plus one byte is read, whatever the file system says its size is.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";
import { InputError } from "../readers/input-error";
import { fileTooLarge } from "../readers/limits";
import {
  acceptReport,
  readReportWithNotes,
  sizeLimitOf,
  type ReadReport,
} from "../readers/read-report-bytes";

export { MAX_DOCX_BYTES, MAX_TEXT_BYTES } from "../readers/read-report-bytes";

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

/** Opens a regular file, checking the opened file itself: the path may have changed since the stat. */
function openRegular(file: string): number {
  let fd: number;
  try {
    // Non-blocking, so a path swapped for a pipe cannot hang the open.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw failure(err);
  }
  if (!fstatSync(fd).isFile()) {
    closeSync(fd);
    throw notRegular();
  }
  return fd;
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

/** Reads a .docx or .txt report. Throws InputError with a one-line Chinese reason. */
export function readReport(file: string): ReadReport {
  // Type and size first: a wrong or huge file is refused before it is opened.
  acceptReport(file, regularSize(file));
  const fd = openRegular(file);
  try {
    return readReportWithNotes(file, readAtMost(fd, sizeLimitOf(file)));
  } finally {
    closeSync(fd);
  }
}
