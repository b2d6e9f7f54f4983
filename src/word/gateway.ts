/**
 * The Word gateway: the only code that talks to Office.js. Each verb is one Word.run with all loads
 * queued before a sync, never a sync in a loop (budget: 2 round trips whatever the document size).
 */
import type { Paragraph } from "../core/types";
import { READ_PROPS, readListNumbers, runWord, whichParagraph } from "./batch";
import { queueCurrentText, type TrackingMode } from "./current-text";
import { requireMainStory } from "./cursor-story";
import { GATEWAY_MESSAGES, GatewayError } from "./errors";
import { queueParagraphsAfter } from "./insert-after";
import { findParagraph, spanOf } from "./find-paragraph";
import { documentQueue, type OperationQueue } from "./queue";
import { settingsStore, type SettingsLike } from "./settings";
import { escapeSearch, fitLength } from "./spans";

import type { Alignment } from "../core/compose/typesetting";

export type { Alignment, SettingsLike };

export interface BlockStyle {
  styleBuiltIn?: string;
  fontName?: string;
  size?: number;
  bold?: boolean;
  alignment?: Alignment;
  firstLineIndent?: number;
  lineSpacing?: number;
}

export interface Block {
  text: string;
  style?: BlockStyle;
}

/** Where `insertParagraphs` puts the blocks. */
export type InsertTarget = { after: number; expectText: string } | "end" | "cursor";

/** The document as a check reads it. */
export interface Report {
  paragraphs: Paragraph[];
  tracking: TrackingMode | null;
}

export interface SelectionInfo {
  /** Index in the body's paragraphs of the paragraph the cursor (selection start) is in. */
  paragraph: number;
  /** The selected text ("" for a plain cursor). */
  text: string;
}

export interface Requirements {
  wordApi13: boolean;
  wordApi14: boolean;
  wordApi15: boolean;
  wordApi16: boolean;
  desktop11: boolean;
  desktop13: boolean;
}

/** The part of `Word` the gateway uses (real Office.js or the simulated host). */
export interface WordLike {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
}

/** The part of `Office` the gateway uses. */
export interface OfficeLike {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    document?: { settings?: SettingsLike };
  };
}

export interface OfficeEnv {
  Word: WordLike;
  Office?: OfficeLike;
}

export interface Gateway {
  /** The body's paragraphs as the user sees them: tracked deletions left out (WordApi 1.4). */
  readParagraphs(): Promise<Paragraph[]>;
  /** The same, with 修订's mode read in the same sync (null where WordApi 1.4 is missing). */
  readReport(): Promise<Report>;
  /** 修订: Word's change-tracking mode, null where WordApi 1.4 is missing. */
  readTrackingMode(): Promise<TrackingMode | null>;
  readSelection(): Promise<SelectionInfo | null>;
  insertParagraphs(blocks: Block[], where: InsertTarget): Promise<void>;
  selectParagraph(
    index: number,
    expectText: string,
    span?: { offset: number; length: number },
  ): Promise<void>;
  replaceSpan(
    index: number,
    expectText: string,
    offset: number,
    length: number,
    replacement: string,
  ): Promise<void>;
  insertAtCursor(text: string, opts?: { select?: string }): Promise<void>;
  loadSetting<T>(key: string): T | undefined;
  /** Reads the document's settings again: what a co-author saved since this pane loaded them. */
  refreshSettings(): Promise<void>;
  /** Saves `value` under `key`, keeping what a co-author saved meanwhile under the other keys. */
  saveSetting(key: string, value: unknown): Promise<void>;
  /** Merges a change into the value stored now (read again first) and saves; returns the stored value. */
  updateSetting<T>(key: string, change: (current: T | undefined) => T | null): Promise<T | null>;
  requirements(): Requirements;
}

/** `Word` and `Office` from the globals, looked up at call time (Office.js may load after this module). */
export function globalEnv(): OfficeEnv {
  const g = globalThis as { Word?: WordLike; Office?: OfficeLike };
  if (!g.Word || typeof g.Word.run !== "function") throw new GatewayError("noHost", GATEWAY_MESSAGES.noHost);
  return { Word: g.Word, Office: g.Office };
}

function applyStyle(p: Word.Paragraph, style: BlockStyle = {}): void {
  // Style first: applying it resets the formatting the new paragraph inherited from its neighbour.
  p.styleBuiltIn = (style.styleBuiltIn ?? "Normal") as Word.BuiltInStyleName;
  if (style.fontName !== undefined) p.font.name = style.fontName;
  if (style.size !== undefined) p.font.size = style.size;
  if (style.bold !== undefined) p.font.bold = style.bold;
  if (style.alignment !== undefined) p.alignment = style.alignment as Word.Alignment;
  if (style.firstLineIndent !== undefined) p.firstLineIndent = style.firstLineIndent;
  if (style.lineSpacing !== undefined) p.lineSpacing = style.lineSpacing;
}

/** One block per paragraph: a block with line breaks becomes several paragraphs of the same style. */
function splitBlocks(blocks: Block[]): Block[] {
  return blocks.flatMap((b) => b.text.split(/\r\n|\r|\n/).map((text) => ({ text, style: b.style })));
}

function checkSpan(text: string, offset: number, length: number): void {
  if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || length < 0) {
    throw new GatewayError("invalid", GATEWAY_MESSAGES.spanOutside);
  }
  if (offset + length > text.length) throw new GatewayError("invalid", GATEWAY_MESSAGES.spanOutside);
}

export function createGateway(
  env: OfficeEnv | (() => OfficeEnv) = globalEnv,
  queue: OperationQueue = documentQueue,
): Gateway {
  const { getEnv, run, supports } = runWord(env, queue);
  const settings = settingsStore(() => {
    const found = getEnv().Office?.context.document?.settings;
    if (!found) throw new GatewayError("noHost", GATEWAY_MESSAGES.noHost);
    return found;
  });

  const wordApi14 = (): boolean => supports("WordApi", "1.4");

  const readReport = (): Promise<Report> =>
    run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load(READ_PROPS);
      const current = queueCurrentText(context, wordApi14());
      await context.sync();
      const read = readListNumbers(paragraphs.items);
      const tracked = current.pending(paragraphs.items);
      if (read.pending || tracked) await context.sync();
      const texts = current.texts(paragraphs.items);
      return {
        paragraphs: read.paragraphs().map((p, i) => ({ ...p, text: texts[i]! })),
        tracking: current.mode(),
      };
    });

  return {
    readParagraphs: async () => (await readReport()).paragraphs,
    readReport,

    readTrackingMode: async () => {
      if (!wordApi14()) return null;
      return run(async (context) => {
        context.document.load("changeTrackingMode");
        await context.sync();
        return context.document.changeTrackingMode as TrackingMode;
      });
    },

    readSelection: () =>
      run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("items/text");
        const selection = context.document.getSelection();
        selection.load("text");
        const first = selection.paragraphs.getFirst();
        first.load("text");
        await context.sync();
        const which = whichParagraph(first, paragraphs.items);
        if (which.pending) await context.sync();
        const index = which.index();
        return index === null ? null : { paragraph: index, text: selection.text };
      }),

    insertParagraphs: async (blocks, where) => {
      const items = splitBlocks(blocks);
      if (items.length === 0) return;
      await run(async (context) => {
        let anchor: Word.Paragraph;
        let fillEmpty = false;
        if (where === "end" || where === "cursor") {
          anchor =
            where === "end"
              ? context.document.body.paragraphs.getLast()
              : context.document.getSelection().paragraphs.getLast();
          anchor.load("text,isListItem");
          await context.sync();
          // An empty paragraph (the empty document, or the blank line the cursor is on) is filled.
          fillEmpty = anchor.text === "";
        } else {
          const paragraphs = context.document.body.paragraphs;
          paragraphs.load("items/text,items/isListItem");
          await context.sync();
          const found = paragraphs.items[where.after];
          if (!found || found.text !== where.expectText) {
            throw new GatewayError("changed", GATEWAY_MESSAGES.anchorChanged);
          }
          anchor = found;
        }
        queueParagraphsAfter(anchor, fillEmpty, items, (p, block) => applyStyle(p, block.style));
        await context.sync();
      });
    },

    selectParagraph: (index, expectText, span) =>
      run(async (context) => {
        if (span) checkSpan(expectText, span.offset, span.length);
        const found = await findParagraph(context, index, expectText, { wordApi14: wordApi14() });
        if (span) (await spanOf(context, found, expectText, span.offset, span.length)).select();
        else found.paragraph.select();
        await context.sync();
      }),

    replaceSpan: (index, expectText, offset, length, replacement) =>
      run(async (context) => {
        checkSpan(expectText, offset, length);
        const found = await findParagraph(context, index, expectText, { wordApi14: wordApi14() });
        const expected = expectText.slice(0, offset) + replacement + expectText.slice(offset + length);
        const range = await spanOf(context, found, expectText, offset, length);
        if (replacement === "") range.delete();
        else range.insertText(replacement, "Replace");
        // With 修订 on the replaced text stays in `text`, marked deleted: read back what the user sees.
        const after = wordApi14() ? found.paragraph.getReviewedText("Current") : null;
        found.paragraph.load("text");
        await context.sync();
        if ((after ? after.value : found.paragraph.text) !== expected)
          throw new GatewayError("changed", GATEWAY_MESSAGES.replaced);
      }),

    insertAtCursor: (text, opts = {}) =>
      run(async (context) => {
        const selection = context.document.getSelection();
        // A phrase belongs in the report, not in a header, footnote, comment or text box (WordApi 1.3).
        const story = selection.parentBody.load("type");
        await context.sync();
        requireMainStory(story.type, "短语");
        const inserted = selection.insertText(text, "Replace");
        const slot = opts.select;
        if (slot && fitLength(slot) === slot.length && text.includes(slot)) {
          inserted.search(escapeSearch(slot), { matchCase: true }).getFirst().select();
        } else {
          inserted.select("End");
        }
        await context.sync();
      }),

    loadSetting: (key) => settings.load(key),
    refreshSettings: () => settings.refresh(),
    saveSetting: async (key, value) => void (await settings.update(key, () => value)),
    updateSetting: (key, change) => settings.update(key, change),

    requirements: () => ({
      wordApi13: supports("WordApi", "1.3"),
      wordApi14: supports("WordApi", "1.4"),
      wordApi15: supports("WordApi", "1.5"),
      wordApi16: supports("WordApi", "1.6"),
      desktop11: supports("WordApiDesktop", "1.1"),
      desktop13: supports("WordApiDesktop", "1.3"),
    }),
  };
}
