/**
 * The writer's own snippets: import validation, merging, export, and slot positions. Pure: the pane
 * reads the file and keeps the list in localStorage; everything here works on strings and arrays.
 */
import type { Snippet } from "./library";
import {
  CAUSE_DEPTHS,
  PART_OF_CATEGORY,
  SNIPPET_CATEGORIES,
  SNIPPET_PARTS,
  type CauseDepth,
  type SnippetCategory,
  type SnippetTheme,
} from "./taxonomy";
import { isSnippetTheme } from "./themes";

export interface UserSnippet extends Snippet {
  /** ISO 8601 time the snippet was created or first imported. */
  createdAt: string;
  source: "user";
}

export const EXPORT_FORMAT = "duizhao-snippets";
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = 1024 * 1024;
export const MAX_IMPORT_SNIPPETS = 2000;
export const MAX_TITLE_CHARS = 16;
export const MAX_TEXT_CHARS = 5000;
/** Bounds of the other fields: an id, a creation time, a theme list. */
export const MAX_ID_CHARS = 64;
export const MAX_THEMES = 20;
const MAX_RAW_TITLE_CHARS = 200;
const MAX_DATE_CHARS = 40;

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

// Anything shaped like an HTML/XML tag: <b>, </p>, <img src=x>, <br/>, <script. A tag name follows "<" at
// once, so "a < b 且 c > d" is ordinary text.
const MARKUP = /<script|<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/i;

// Control characters other than tab and line breaks.
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** A control character, or half of a UTF-16 surrogate pair without its other half (a damaged file). */
function unprintable(text: string): boolean {
  if (CONTROL.test(text)) return true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) continue;
    const next = text.charCodeAt(i + 1);
    if (code > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return true;
    i++;
  }
  return false;
}

/** A value quoted in a message, cut short: a refused field may be a megabyte long. */
function shown(value: unknown): string {
  const text = String(value ?? "");
  return text.length > 20 ? text.slice(0, 20) + "…" : text;
}

/** Every string in an entry, nested lists included, with the field it belongs to. */
function stringsOf(raw: Record<string, unknown>): [field: string, value: string][] {
  return Object.entries(raw).flatMap(([field, value]): [string, string][] => {
    if (typeof value === "string") return [[field, value]];
    if (Array.isArray(value))
      return value.filter((v) => typeof v === "string").map((v) => [field, v as string]);
    return [];
  });
}

/** Comparison key: blanks removed, width and compatibility forms unified (，and , are the same). */
export function normalizeSnippetText(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

/** Short stable id from the text (FNV-1a), so re-importing the same file yields the same ids. */
function idFromText(text: string): string {
  let hash = 0x811c9dc5;
  const key = normalizeSnippetText(text);
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return "user-" + hash.toString(36);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
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
      let n = 2;
      const base = idFromText(result.text);
      id = base;
      while (usedIds.has(id)) id = `${base}-${n++}`;
      warnings.push(`第 ${i + 1} 条的编号与前面的短语重复，已改为 ${id}。`);
    }
    usedIds.add(id);
    snippets.push({ ...result, id });
  }
  return { ok: true, snippets, warnings };
}

/** One entry, or the refusal message. */
function readEntry(raw: unknown, n: number, now: string, warnings: string[]): UserSnippet | string {
  const where = `第 ${n} 条短语`;
  if (!isRecord(raw)) return `${where}不是对象，每条短语应写成 { "title": …, "text": …, "category": … }。`;

  for (const field of ["title", "text"] as const) {
    const value = raw[field];
    if (typeof value !== "string" || value.trim() === "") {
      return `${where}的“${field}”字段缺失或不是文字，请补上${field === "title" ? "标题" : "正文"}。`;
    }
  }
  for (const [field, value] of stringsOf(raw)) {
    if (MARKUP.test(value)) {
      return `${where}的“${shown(field)}”字段含有网页标记（如 <script>、<b>），为安全起见不予导入，请删除尖括号标记后重试。`;
    }
    if (unprintable(value)) {
      return `${where}的“${shown(field)}”字段含有控制字符或残缺的字符，文件可能已损坏，请检查后重新导出。`;
    }
  }
  let title = (raw.title as string).trim();
  const text = (raw.text as string).trim();
  if (title.length > MAX_RAW_TITLE_CHARS) {
    return `${where}的“title”字段长达 ${title.length} 字，标题应在 ${MAX_TITLE_CHARS} 字以内，请改短后再导入。`;
  }
  if (text.length > MAX_TEXT_CHARS) {
    return `${where}的“text”字段长达 ${text.length} 字，超过每条 ${MAX_TEXT_CHARS} 字的上限，请删减后再导入。`;
  }
  if (Array.from(title).length > MAX_TITLE_CHARS) {
    title = Array.from(title).slice(0, MAX_TITLE_CHARS).join("");
    warnings.push(`${where}的标题超过 ${MAX_TITLE_CHARS} 字，已截短为“${title}”。`);
  }

  const category = raw.category;
  if (typeof category !== "string" || !(SNIPPET_CATEGORIES as readonly string[]).includes(category)) {
    return `${where}的“category”字段为“${shown(category)}”，应为以下之一：${SNIPPET_CATEGORIES.join("、")}。`;
  }
  const cat = category as SnippetCategory;
  const part = PART_OF_CATEGORY[cat];
  if (raw.part !== undefined) {
    if (typeof raw.part !== "string" || !(SNIPPET_PARTS as readonly string[]).includes(raw.part)) {
      return `${where}的“part”字段为“${shown(raw.part)}”，应为以下之一：${SNIPPET_PARTS.join("、")}。`;
    }
    if (raw.part !== part) warnings.push(`${where}的“part”与类别“${cat}”不符，已按类别改为 ${part}。`);
  }

  let themes: SnippetTheme[] = [];
  if (raw.themes !== undefined) {
    if (!Array.isArray(raw.themes)) return `${where}的“themes”字段应为主题数组，例如 ["理论学习"]。`;
    if (raw.themes.length > MAX_THEMES)
      return `${where}的“themes”字段有 ${raw.themes.length} 个主题，最多 ${MAX_THEMES} 个。`;
    for (const theme of raw.themes) {
      if (typeof theme === "string" && isSnippetTheme(theme)) {
        if (!themes.includes(theme)) themes = [...themes, theme];
      } else warnings.push(`${where}的主题“${shown(theme)}”不在主题列表中，已忽略。`);
    }
  }

  let depth: CauseDepth | undefined;
  if (raw.depth !== undefined) {
    if (typeof raw.depth === "string" && (CAUSE_DEPTHS as readonly string[]).includes(raw.depth)) {
      depth = raw.depth as CauseDepth;
    } else warnings.push(`${where}的剖析深度“${shown(raw.depth)}”无法识别，已忽略。`);
  }
  if (raw.team !== undefined && typeof raw.team !== "boolean") {
    return `${where}的“team”字段应为 true 或 false。`;
  }
  if (raw.id !== undefined && (typeof raw.id !== "string" || raw.id.trim() === "")) {
    return `${where}的“id”字段应为非空文字，或整个省略由系统生成。`;
  }
  if (typeof raw.id === "string" && raw.id.trim().length > MAX_ID_CHARS) {
    return `${where}的“id”字段超过 ${MAX_ID_CHARS} 个字符，请改短，或整个省略由系统生成。`;
  }
  const createdAt =
    typeof raw.createdAt === "string" &&
    raw.createdAt.length <= MAX_DATE_CHARS &&
    !Number.isNaN(Date.parse(raw.createdAt))
      ? raw.createdAt
      : now;
  if (unbalancedSlots(text)) {
    warnings.push(`${where}的填空标记【】不成对，插入后请检查。`);
  }

  const snippet: UserSnippet = {
    id: typeof raw.id === "string" ? raw.id.trim() : idFromText(text),
    category: cat,
    part,
    themes,
    title,
    text,
    createdAt,
    source: "user",
  };
  if (raw.team === true) snippet.team = true;
  if (depth) snippet.depth = depth;
  return snippet;
}

function unbalancedSlots(text: string): boolean {
  let open = false;
  for (const c of text) {
    if (c === "【") {
      if (open) return true;
      open = true;
    } else if (c === "】") {
      if (!open) return true;
      open = false;
    }
  }
  return open;
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
    let id = s.id;
    if (ids.has(id)) {
      const base = idFromText(s.text);
      id = base;
      for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    }
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
