/**
 * The one budget every reader keeps, in the command line, the preview and the task pane alike: a report is
 * tens of kilobytes, so anything far beyond these sizes is a damaged or crafted file, refused with a reason
 * before it can exhaust memory or time. Each refusal below has its own Chinese wording.
 */
import { InputError } from "./input-error";

const MB = 1024 * 1024;

export const LIMITS = {
  /** A .txt file, as bytes on disk. */
  textFileBytes: 20 * MB,
  /** A .docx file, as bytes on disk (pictures make real ones large). */
  docxFileBytes: 50 * MB,
  /** The parts of a .docx we read (relationships, body, styles, numbering), together, once inflated. */
  inflatedBytes: 32 * MB,
  /** Elements open at once in one XML part; Word nests tables in tables, never hundreds deep. */
  xmlDepth: 200,
  /** Elements of a part kept whole in memory (relationships, styles, numbering); the body is streamed. */
  treeElements: 200_000,
  /** List levels: Word has nine, w:ilvl 0–8. */
  listLevels: 9,
  /** w:start and w:startOverride are clamped to 0–32767, as Word's own dialog allows. */
  listStart: 32767,
  /** Characters of a w:lvlText; Word's number format box holds far fewer. */
  lvlTextChars: 255,
  /** Hops followed along a style's basedOn chain. */
  styleChain: 16,
  /** Paragraphs (lines of a .txt); a 1,000-page report has about 10,000. */
  paragraphs: 100_000,
} as const;

function megabytes(bytes: number): string {
  return (bytes / MB).toFixed(1);
}

export function fileTooLarge(size: number, limit: number): InputError {
  return new InputError(
    `文件太大（${megabytes(size)} MB，上限 ${megabytes(limit)} MB）：对照检查材料通常只有几十 KB，请确认选对了文件`,
  );
}

export function inflatedTooLarge(): InputError {
  return new InputError(
    `文件过大：解压后的正文、样式和编号超过 ${megabytes(LIMITS.inflatedBytes)} MB，` +
      "不像一份对照检查材料（可能是损坏或特制的文件）；请在 Word 中打开并另存为 .docx 后再检查",
  );
}

export function sharedZipData(): InputError {
  return new InputError(
    "文件结构异常：压缩包中有多个条目共用同一段数据（特制的压缩包），为安全起见不予读取；请在 Word 中打开并另存为 .docx",
  );
}

export function damagedZip(): InputError {
  return new InputError("文件已损坏，无法解压：请在 Word 中打开并重新保存为 .docx 后再检查");
}

export function unsupportedZip(what: string): InputError {
  return new InputError(`无法读取这个 .docx：压缩包${what}；请在 Word 中打开并另存为 .docx 后再检查`);
}

export function nestedTooDeep(part: string): InputError {
  return new InputError(
    `结构嵌套过深：${part} 中的元素嵌套超过 ${LIMITS.xmlDepth} 层，不像 Word 保存的文档；请在 Word 中打开并另存为 .docx`,
  );
}

export function tooManyElements(part: string): InputError {
  return new InputError(
    `结构过于复杂：${part} 中的元素超过 ${LIMITS.treeElements} 个，不像 Word 保存的文档；请在 Word 中打开并另存为 .docx`,
  );
}

export function tooManyParagraphs(): InputError {
  return new InputError(
    `段落过多：超过 ${LIMITS.paragraphs} 段，不像一份对照检查材料；请确认选对了文件，或把材料拆分后分别检查`,
  );
}

export function badXml(part: string): InputError {
  return new InputError(`文件已损坏：${part} 不是有效的 XML，请在 Word 中打开并重新保存为 .docx`);
}
