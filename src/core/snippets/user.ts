/**
 * The writer's own snippets: import validation, merging, export, and slot positions. Pure: the pane
 * reads the file and keeps the list in localStorage; everything here works on strings and arrays.
 */
import type { Snippet } from "./library";
import { freshId, isRecord, normalizeSnippetText, readEntry, shown } from "./user-entry";

export { MAX_TEXT_CHARS, MAX_TITLE_CHARS, normalizeSnippetText } from "./user-entry";

export interface UserSnippet extends Snippet {
  /** ISO 8601 time the snippet was created or first imported. */
  createdAt: string;
  source: "user";
}

export const EXPORT_FORMAT = "duizhao-snippets";
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = 1024 * 1024;
export const MAX_IMPORT_SNIPPETS = 2000;

export type ImportResult =
  { ok: true; snippets: UserSnippet[]; warnings: string[] } | { ok: false; message: string };

export interface ImportOptions {
  /** Creation time given to entries without one (default: now). */
  now?: string;
}

/** UTF-8 size without allocating a buffer. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Checks an import file's text and turns it into user snippets. Accepts the export format
 * (`{ format, version, snippets: [...] }`) or a bare array of entries. Refuses with a Chinese message
 * naming the entry (1-based) and the field; recoverable oddities become warnings.
 */
export function validateImport(text: string, options: ImportOptions = {}): ImportResult {
  // Length first: a huge string is refused before anything walks or parses it (each char is ≥ 1 byte).
  const size = text.length > MAX_IMPORT_BYTES ? text.length : utf8Bytes(text);
  if (size > MAX_IMPORT_BYTES) {
    const mb = Math.max(1.1, Math.floor((size / MAX_IMPORT_BYTES) * 10) / 10);
    return {
      ok: false,
      message: `文件过大（至少 ${mb} MB），短语导入文件不能超过 1 MB，请拆分后分批导入。`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return {
      ok: false,
      message: "文件不是有效的 JSON 格式，无法导入。请选择由本加载项“导出短语”生成的文件。",
    };
  }

  let list: unknown;
  if (Array.isArray(data)) list = data;
  else if (isRecord(data)) {
    if (data.format !== undefined && data.format !== EXPORT_FORMAT) {
      return { ok: false, message: `文件的 format 字段为“${shown(data.format)}”，不是短语库导出文件。` };
    }
    if (data.version !== undefined && (typeof data.version !== "number" || !Number.isInteger(data.version))) {
      return {
        ok: false,
        message: `文件的 version 字段为“${shown(data.version)}”，应为数字（如 1），请使用本加载项“导出短语”生成的文件。`,
      };
    }
    if (data.version !== undefined && data.version > EXPORT_VERSION) {
      return {
        ok: false,
        message: `文件版本为 ${data.version}，高于本加载项支持的版本 ${EXPORT_VERSION}，请升级加载项后再导入。`,
      };
    }
    list = data.snippets;
    if (!Array.isArray(list)) {
      return {
        ok: false,
        message: "文件缺少 snippets 列表：顶层应为包含 snippets 数组的对象，或直接为短语数组。",
      };
    }
  } else {
    return { ok: false, message: "文件顶层结构不对：应为包含 snippets 数组的对象，或直接为短语数组。" };
  }
  const entries = list as unknown[];
  if (entries.length > MAX_IMPORT_SNIPPETS) {
    return {
      ok: false,
      message: `文件共有 ${entries.length} 条短语，超过单次导入上限 ${MAX_IMPORT_SNIPPETS} 条，请拆分后分批导入。`,
    };
  }

  const now = options.now ?? new Date().toISOString();
  const warnings: string[] = [];
  const snippets: UserSnippet[] = [];
  const usedIds = new Set<string>();
  for (let i = 0; i < entries.length; i++) {
    const result = readEntry(entries[i], i + 1, now, warnings);
    if (typeof result === "string") return { ok: false, message: result };
    // Ids must be unique within the list; a clash gets a fresh id derived from the text.
    let id = result.id;
    if (usedIds.has(id)) {
      id = freshId(result.text, usedIds);
      warnings.push(`第 ${i + 1} 条的编号与前面的短语重复，已改为 ${id}。`);
    }
    usedIds.add(id);
    snippets.push({ ...result, id });
  }
  return { ok: true, snippets, warnings };
}

export interface MergeResult {
  snippets: UserSnippet[];
  /** Incoming snippets appended as new. */
  added: number;
  /** Incoming snippets whose text was already there: folded into the existing one. */
  merged: number;
}

/**
 * Adds incoming snippets to the existing list. Nothing existing is lost or reordered: a duplicate
 * (same text once blanks and character widths are ignored) only adds its themes to the existing entry.
 * An incoming id already used by a different snippet is replaced with a fresh one.
 */
export function mergeSnippets(
  existing: readonly UserSnippet[],
  incoming: readonly UserSnippet[],
): MergeResult {
  const result = existing.map((s) => ({ ...s, themes: [...s.themes] }));
  const byText = new Map<string, UserSnippet>();
  for (const s of result)
    if (!byText.has(normalizeSnippetText(s.text))) byText.set(normalizeSnippetText(s.text), s);
  const ids = new Set(result.map((s) => s.id));
  let added = 0;
  let merged = 0;
  for (const s of incoming) {
    const key = normalizeSnippetText(s.text);
    const same = byText.get(key);
    if (same) {
      for (const theme of s.themes) if (!same.themes.includes(theme)) same.themes.push(theme);
      merged++;
      continue;
    }
    const id = ids.has(s.id) ? freshId(s.text, ids) : s.id;
    const copy: UserSnippet = { ...s, id, themes: [...s.themes] };
    ids.add(id);
    byText.set(key, copy);
    result.push(copy);
    added++;
  }
  return { snippets: result, added, merged };
}

/** The export file's text: the format name, its version and the snippets. */
export function exportSnippets(list: readonly UserSnippet[]): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, snippets: list }, null, 2) + "\n";
}

export interface SnippetSlot {
  /** Offset of 【. */
  start: number;
  /** Offset just after 】. */
  end: number;
  /** What goes in the slot ("时限"). */
  label: string;
}

/** The 【…】 slots of a text in order; the pane selects the first one after inserting. */
export function snippetSlots(text: string): SnippetSlot[] {
  const slots: SnippetSlot[] = [];
  for (const match of text.matchAll(/【([^【】]*)】/g)) {
    const start = match.index ?? 0;
    slots.push({ start, end: start + match[0].length, label: match[1] ?? "" });
  }
  return slots;
}
