/** One entry of an imported snippets file, checked field by field, and the ids user snippets get. */
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
import type { UserSnippet } from "./user";

export const MAX_TITLE_CHARS = 16;
export const MAX_TEXT_CHARS = 5000;
/** Bounds of the other fields: an id, a creation time, a theme list. */
export const MAX_ID_CHARS = 64;
export const MAX_THEMES = 20;
const MAX_RAW_TITLE_CHARS = 200;
const MAX_DATE_CHARS = 40;

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
export function shown(value: unknown): string {
  const text = String(value ?? "");
  return text.length > 20 ? text.slice(0, 20) + "…" : text;
}

/** Every string in an entry, those in lists included, with the field it belongs to. */
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

/** An id derived from the text that `used` does not hold yet (…-2, …-3 on a clash). */
export function freshId(text: string, used: ReadonlySet<string>): string {
  const base = idFromText(text);
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** One entry, or the refusal message. */
export function readEntry(raw: unknown, n: number, now: string, warnings: string[]): UserSnippet | string {
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
    if (raw.themes.length > MAX_THEMES) {
      return `${where}的“themes”字段有 ${raw.themes.length} 个主题，最多 ${MAX_THEMES} 个。`;
    }
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
