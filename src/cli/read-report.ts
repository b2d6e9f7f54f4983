/** A report file on disk → paragraphs, with a Chinese reason (InputError) for anything unusable. */
import { readFileSync, statSync } from "node:fs";
import type { Paragraph } from "../core/types";
import { InputError } from "../readers/input-error";
import { acceptReport, readReportBytes } from "../readers/read-report-bytes";

export { MAX_DOCX_BYTES, MAX_TEXT_BYTES } from "../readers/read-report-bytes";

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
  // Type and size first: a wrong or huge file is refused before it is read.
  acceptReport(file, sizeOf(file));
  return readReportBytes(file, readBytes(file));
}
