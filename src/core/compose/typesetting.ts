/**
 * Typesetting by text role (GB/T 9704): which role each paragraph plays, and the format to give it. Each
 * role has one of the report's own paragraph styles (对照-标题, 对照-一级 … 对照-正文, 对照-署名); the
 * gateway defines them once and applies them by name. Bold is a per-role setting, off by default.
 */
import { TYPESETTING } from "./templates/typesetting-table";
import type { FontNames, OfficialFont } from "./official-fonts";
import type { Outline, Span } from "../types";

export type TextRole = "title" | "level1" | "level2" | "level3" | "level4" | "body" | "signature" | "date";

export const TEXT_ROLES: readonly TextRole[] = [
  "title",
  "level1",
  "level2",
  "level3",
  "level4",
  "body",
  "signature",
  "date",
];

export type Alignment = "Left" | "Centered" | "Right" | "Justified";

/** A font for Chinese characters (the East Asian font) and the font for digits and Latin letters. */
export interface FontName {
  /** 仿宋_GB2312: what Chinese text is drawn with. */
  name: string;
  /** FangSong: for font.name / w:ascii, always installed on Chinese Windows. */
  latin: string;
}

/** One of the report's paragraph styles (see ./templates/typesetting-table.ts). */
export interface ReportStyleName {
  /** The w:styleId in OOXML (ASCII). */
  id: string;
  /** The name Word shows and the add-in applies it by. */
  name: string;
  /** 1–3 for the headings: Word's navigation pane lists them. */
  outlineLevel?: number;
  /** The style a new paragraph after this one takes (Enter after a heading gives body text). */
  next?: string;
}

export interface RoleFormat {
  font: OfficialFont;
  /** Points. */
  size: number;
  alignment: Alignment;
  /** Points. */
  firstLineIndent: number;
  /** Fixed line spacing in points. */
  lineSpacing: number;
  style: ReportStyleName;
}

/** Paragraph format in the shape the Word gateway applies. */
export interface ParagraphFormat {
  /** Latin font name for font.name ("FangSong"). */
  fontName: string;
  /** East Asian font ("仿宋_GB2312"): the font Chinese characters are drawn with. */
  eastAsianFont: string;
  size: number;
  bold: boolean;
  alignment: Alignment;
  firstLineIndent: number;
  /** Exact (固定值) line spacing in points. */
  lineSpacing: number;
  /** The style that gives this look; every paragraph of a style shares it, so it defines the style too. */
  style: ReportStyleName;
  /** A heading standing alone: it takes the chosen bold directly too (a style a document has keeps its own). */
  heading: boolean;
}

export interface TypesettingSettings {
  /** Roles set in bold (the standard has none; many offices bold level 2 and 3). */
  bold?: Partial<Record<TextRole, boolean>>;
  /** The fonts the user chose instead of official ones (楷体_GB2312 → 楷体, see SUBSTITUTE_FONTS); default none. */
  fonts?: FontNames;
}

/** Font of a run-in lead sentence, when it differs from the paragraph's (body) font. */
export interface LeadFormat {
  /** The lead is text[0, length): number and lead sentence. */
  length: number;
  fontName: string;
  eastAsianFont: string;
  bold: boolean;
}

export interface FormatEntry {
  paragraph: number;
  role: TextRole;
  /** The paragraph's text when planned; the pane re-checks it before changing anything. */
  expectText: string;
  format: ParagraphFormat;
  lead?: LeadFormat;
}

export function roleFormat(role: TextRole): RoleFormat {
  return TYPESETTING[role];
}

export function fontFor(role: TextRole, fonts: FontNames = {}): FontName {
  const official = TYPESETTING[role].font;
  return { name: fonts[official.name] ?? official.name, latin: official.latin };
}

/** The format of a whole paragraph of this role. */
export function formatOf(role: TextRole, settings: TypesettingSettings = {}): ParagraphFormat {
  const f = TYPESETTING[role];
  const font = fontFor(role, settings.fonts);
  return {
    fontName: font.latin,
    eastAsianFont: font.name,
    size: f.size,
    bold: settings.bold?.[role] ?? false,
    alignment: f.alignment,
    firstLineIndent: f.firstLineIndent,
    lineSpacing: f.lineSpacing,
    style: f.style,
    heading: role === "title" || /^level/.test(role),
  };
}

/**
 * A numbered paragraph whose body follows its lead on the same line ("（一）学习劲头有所减退。平时……")
 * is body text with a lead: the paragraph takes the body font, the lead keeps its level's font and bold.
 */
function withLead(role: TextRole, leadLength: number | undefined, settings: TypesettingSettings) {
  const own = formatOf(role, settings);
  if (leadLength === undefined || !/^level/.test(role)) return { format: own };
  // The paragraph is body text (a heading level shares the body's alignment and indent).
  const format = formatOf("body", settings);
  if (own.eastAsianFont === format.eastAsianFont && own.bold === format.bold) return { format };
  const lead = {
    length: leadLength,
    fontName: own.fontName,
    eastAsianFont: own.eastAsianFont,
    bold: own.bold,
  };
  return { format, lead };
}

/** Length of a run-in lead (number + first sentence) when more text follows it on the line. */
export function runInLead(text: string, prefixLength: number): number | undefined {
  const rest = text.slice(prefixLength);
  const at = rest.search(/[。！？!?；;：:]/);
  if (at < 0 || rest.slice(at + 1).trim() === "") return undefined;
  return prefixLength + at + 1;
}

/** The role a paragraph plays, or null when it is blank, in a table or otherwise not the report's text. */
export function roleOfParagraph(outline: Outline, index: number): TextRole | null {
  const p = outline.paragraphs[index];
  if (!p || p.inTable || p.text.trim() === "") return null;
  if (outline.title?.paragraph === index) return "title";
  if (outline.signature?.paragraph === index) return "signature";
  if (outline.date?.paragraph === index) return "date";
  const n = outline.numbering[index];
  if (n && n.level >= 1) return n.level >= 4 ? "level4" : (`level${n.level}` as TextRole);
  if (outline.parts.some((part) => part.paragraph === index)) return "level1";
  return "body";
}

/** The format for every recognised paragraph (in `range` when given), in document order. */
export function formatPlan(
  outline: Outline,
  settings: TypesettingSettings & { range?: Span } = {},
): FormatEntry[] {
  const start = Math.max(0, settings.range?.start ?? 0);
  const end = Math.min(outline.paragraphs.length, settings.range?.end ?? outline.paragraphs.length);
  const plan: FormatEntry[] = [];
  for (let i = start; i < end; i++) {
    const role = roleOfParagraph(outline, i);
    if (!role) continue;
    const text = outline.paragraphs[i]!.text;
    const n = outline.numbering[i];
    const lead = n && n.level >= 1 ? runInLead(text, n.length) : undefined;
    plan.push({ paragraph: i, role, expectText: text, ...withLead(role, lead, settings) });
  }
  return plan;
}

/** The format for each block of a skeleton (or any role-tagged text), lead fonts included. */
export function formatBlocks(
  blocks: readonly { text: string; role: TextRole; lead?: number }[],
  settings: TypesettingSettings = {},
): { format: ParagraphFormat; lead?: LeadFormat }[] {
  return blocks.map((b) => withLead(b.role, b.lead, settings));
}
