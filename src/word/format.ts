/**
 * 一键排版: formats paragraphs per a plan the caller computes from the document's own paragraphs.
 * The East Asian font really changes: `font.nameFarEast` where WordApiDesktop 1.3 is supported, otherwise
 * the paragraph's text is re-typed through a one-paragraph OOXML package carrying w:rFonts w:eastAsia.
 * One Word.run, two syncs (read, then write), whatever the document size.
 */
import type { Paragraph } from "../core/types";
import { READ_PROPS, readListNumbers, runWord } from "./batch";
import { globalEnv, type OfficeEnv } from "./gateway";
import { canRetype, leadLength, paragraphPackage, type ParagraphFormat } from "./paragraph-package";
import { documentQueue, type OperationQueue } from "./queue";
import { planSpan, spanRange } from "./spans";

export type { LeadFormat, ParagraphFormat } from "./paragraph-package";

/** How the East Asian font is set: the Office.js property, or OOXML re-typing on WordApi 1.3. */
export type FontMethod = "nameFarEast" | "ooxml";

/**
 * Queues (no sync) the formatting of one paragraph whose current text is `text`. Paragraph properties
 * go through the API first: Word ignores the pPr of a single-paragraph package (it keeps the target's
 * paragraph mark), so the package only has to carry the run formatting. A run-in lead (`f.lead`) is a
 * second run in the package, or, with nameFarEast, a span addressed by search (queued, no extra sync).
 * Returns false when the East Asian font could not be set (text holding non-text objects).
 */
export function applyParagraphFormat(
  p: Word.Paragraph,
  text: string,
  f: ParagraphFormat,
  method: FontMethod,
): boolean {
  p.alignment = f.alignment as Word.Alignment;
  p.firstLineIndent = f.firstLineIndent;
  p.lineSpacing = f.lineSpacing;
  p.font.name = f.fontName;
  p.font.size = f.size;
  p.font.bold = f.bold;
  if (method === "nameFarEast") {
    p.font.nameFarEast = f.eastAsianFont;
    const cut = leadLength(text, f);
    if (f.lead && cut > 0) {
      const lead = spanRange(p, planSpan(text, 0, cut)).font;
      lead.name = f.lead.fontName;
      lead.nameFarEast = f.lead.eastAsianFont;
      lead.bold = f.lead.bold;
    }
    return true;
  }
  if (text === "" || !canRetype(text)) return false;
  p.insertOoxml(paragraphPackage(text, f), "Replace");
  return true;
}

export interface FormatRequest {
  /** "selection": only the paragraphs the selection touches; the plan still sees the whole document. */
  scope: "document" | "selection";
  /** One entry per document paragraph: its format, or null to leave it alone. Pure, called between syncs. */
  plan: (paragraphs: Paragraph[]) => (ParagraphFormat | null)[];
}

export interface FormatResult {
  method: FontMethod;
  /** Paragraphs formatted. */
  formatted: number;
  /** Paragraphs formatted whose East Asian font could not be set (pictures, fields inside). */
  partial: number;
  /** Paragraphs in scope the plan left alone (tables, unrecognised text, blank lines). */
  skipped: number;
}

/** Indices of `sub` as a contiguous run inside `all` (by text), preferring the one nearest `hint`. */
export function locateRun(all: readonly string[], sub: readonly string[], hint = 0): number {
  if (sub.length === 0) return -1;
  let best = -1;
  for (let i = 0; i + sub.length <= all.length; i++) {
    if (sub.every((t, k) => all[i + k] === t) && (best < 0 || Math.abs(i - hint) < Math.abs(best - hint)))
      best = i;
  }
  return best;
}

export function createFormatVerbs(
  env: OfficeEnv | (() => OfficeEnv) = globalEnv,
  queue: OperationQueue = documentQueue,
) {
  const word = runWord(env, queue);

  return {
    /** How this Word sets East Asian fonts (WordApiDesktop 1.3 → the property; else OOXML). */
    fontMethod: (): FontMethod => (word.supports("WordApiDesktop", "1.3") ? "nameFarEast" : "ooxml"),

    formatParagraphs: (request: FormatRequest): Promise<FormatResult> =>
      word.run(async (context) => {
        const method: FontMethod = word.supports("WordApiDesktop", "1.3") ? "nameFarEast" : "ooxml";
        const all = context.document.body.paragraphs;
        all.load(READ_PROPS);
        const selected = request.scope === "selection" ? context.document.getSelection().paragraphs : null;
        selected?.load("items/text,items/tableNestingLevel");
        await context.sync();
        // Word's list numbers tell headings from body text too: one more round trip only where lists exist.
        const read = readListNumbers(all.items);
        if (read.pending) await context.sync();
        const paragraphs = read.paragraphs();
        const plan = request.plan(paragraphs);
        let targets: { proxy: Word.Paragraph; index: number }[];
        if (selected) {
          const start = locateRun(
            paragraphs.map((p) => p.text),
            selected.items.map((p) => p.text),
          );
          targets = selected.items.map((proxy, k) => ({ proxy, index: start < 0 ? -1 : start + k }));
        } else {
          targets = all.items.map((proxy, index) => ({ proxy, index }));
        }
        const result: FormatResult = { method, formatted: 0, partial: 0, skipped: 0 };
        for (const { proxy, index } of targets) {
          const f = index >= 0 ? plan[index] : null;
          // Tables are never touched, whatever the plan says.
          if (!f || proxy.tableNestingLevel > 0) {
            result.skipped++;
            continue;
          }
          result.formatted++;
          if (!applyParagraphFormat(proxy, proxy.text, f, method)) result.partial++;
        }
        if (result.formatted > 0) await context.sync();
        return result;
      }),
  };
}
