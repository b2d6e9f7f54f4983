/**
 * Verbs the 检查 tab needs beyond the gateway: the rectification list as a Word table (at the end of this
 * document, or in a new one), findings as comments (WordApi 1.4), paragraph events (WordApi 1.6) for the
 * optional automatic re-check, and 分段 of a glued paragraph. Each verb is one Word.run through the queue,
 * with at most 2 syncs (comments: 3, so that every span is found before anything is written).
 */
import { runWord } from "./batch";
import { queueCurrentText } from "./current-text";
import { GATEWAY_MESSAGES, GatewayError } from "./errors";
import { findParagraph } from "./find-paragraph";
import { queueFindSpan } from "./find-span";
import { globalEnv, type OfficeEnv } from "./gateway";
import { locateParagraph } from "./locate";
import { documentQueue, type OperationQueue } from "./queue";
import { planSpan, spanRange } from "./spans";
import { tableDocx, toBase64 } from "./table-docx";

/** A comment to anchor on a paragraph (or on characters of it) the pane read with `expectText`. */
export interface CommentNote {
  paragraph: number;
  expectText: string;
  offset?: number;
  length?: number;
  text: string;
}

export interface CommentResult {
  added: number;
  /** Notes not anchored: their paragraph changed, or Word could not find their words. */
  skipped: number;
  /** Notes already in the document as comments. */
  already: number;
}

function countBy(values: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of values) out.set(v, (out.get(v) ?? 0) + 1);
  return out;
}

export interface CheckVerbs {
  /** Appends `title` and a table of `values` (header row first) at the end of this document. */
  insertTableAtEnd(title: string, values: string[][]): Promise<void>;
  /** Opens a new Word document holding `title` and the table (WordApi 1.3 createDocument). */
  openTableDocument(title: string, values: string[][]): Promise<void>;
  /**
   * Adds one comment per note (WordApi 1.4): every span is found before any comment is written; a note
   * whose paragraph changed or whose words Word cannot find is skipped, and one already in the document
   * as a comment is not added twice.
   */
  insertComments(notes: CommentNote[]): Promise<CommentResult>;
  /**
   * Calls `onChange` after paragraphs are added, changed or deleted (WordApi 1.6); resolves to a function
   * that stops listening. A deletion under 修订 fires nothing (office-js #3864): a hint, never the truth.
   */
  watchParagraphChanges(onChange: () => void): Promise<() => Promise<void>>;
  /**
   * 分段: starts a new paragraph at each offset of the paragraph the pane read as `expectText`, by typing a
   * paragraph mark there, so every character keeps its formatting, comments and marks. Refused (nothing
   * changed) when the paragraph changed since, or is an item of a Word list (each piece would join it).
   */
  splitParagraph(index: number, expectText: string, offsets: number[]): Promise<void>;
}

interface EventResult {
  context: unknown;
  remove(): void;
}

type RunWithContext = (
  context: unknown,
  batch: (c: { sync(): Promise<void> }) => Promise<void>,
) => Promise<void>;

export function createCheckVerbs(
  env: OfficeEnv | (() => OfficeEnv) = globalEnv,
  queue: OperationQueue = documentQueue,
): CheckVerbs {
  const { getEnv, run, supports } = runWord(env, queue);

  return {
    insertTableAtEnd: (title, values) =>
      run(async (context) => {
        const cols = values[0]?.length ?? 0;
        if (values.length === 0 || cols === 0)
          throw new GatewayError("invalid", "整改清单是空的，没有可插入的内容");
        const last = context.document.body.paragraphs.getLast();
        // eslint-disable-next-line office-addins/no-navigational-load -- tableNestingLevel is a number, not an object
        last.load("text,tableNestingLevel");
        await context.sync();
        // Never overwrite: an empty last paragraph (outside a table) takes the title, otherwise a new one does.
        const heading =
          last.text === "" && last.tableNestingLevel === 0
            ? (last.insertText(title, "Start"), last)
            : last.insertParagraph(title, "After");
        heading.styleBuiltIn = "Normal";
        heading.alignment = "Centered";
        heading.font.bold = true;
        const table = heading.insertTable(values.length, cols, "After", values);
        table.headerRowCount = 1;
        // The cells would take the centred bold title's format (Word copies it into the table): set their own.
        table.horizontalAlignment = "Left";
        table.font.bold = false;
        table.rows.getFirst().font.bold = true;
        await context.sync();
      }),

    openTableDocument: (title, values) =>
      run(async (context) => {
        const base64 = toBase64(tableDocx(title, values));
        context.application.createDocument(base64).open();
        await context.sync();
      }),

    insertComments: (notes) =>
      run(async (context) => {
        const result: CommentResult = { added: 0, skipped: 0, already: 0 };
        if (notes.length === 0) return result;
        // Sync 1: the current text (tracked deletions left out) and the comments already there.
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("items/text");
        const current = queueCurrentText(context, true);
        const existing = context.document.body.getComments().load("items/content");
        await context.sync();
        if (current.pending(paragraphs.items)) await context.sync();
        const texts = current.texts(paragraphs.items);
        const present = countBy(existing.items.map((c) => c.content));
        // Sync 2: find every span; nothing is written yet, so a span Word cannot find costs nothing.
        const located = notes.flatMap((note) => {
          // A note already in the document as a comment (以批注标出 clicked twice) is not added again.
          if ((present.get(note.text) ?? 0) > 0) {
            present.set(note.text, present.get(note.text)! - 1);
            result.already++;
            return [];
          }
          // A paragraph changed since the check gets no comment rather than one in the wrong place.
          const at = locateParagraph(texts, note.paragraph, note.expectText);
          const paragraph = paragraphs.items[at];
          if (!paragraph) {
            result.skipped++;
            return [];
          }
          const span =
            note.offset !== undefined && note.length !== undefined && note.length > 0
              ? queueFindSpan(paragraph, texts[at]!, note.offset, note.length)
              : { range: () => paragraph.getRange("Whole") };
          return [{ note, span }];
        });
        if (located.length === 0) return result;
        await context.sync();
        // Sync 3: one comment on each span found.
        for (const { note, span } of located) {
          const range = span.range();
          if (!range) result.skipped++;
          else {
            range.insertComment(note.text);
            result.added++;
          }
        }
        if (result.added > 0) await context.sync();
        return result;
      }),

    splitParagraph: (index, expectText, offsets) =>
      run(async (context) => {
        const sorted = [...new Set(offsets)].sort((a, b) => a - b);
        if (sorted.length === 0 || sorted[0]! <= 0 || sorted.at(-1)! >= expectText.length)
          throw new GatewayError("invalid", GATEWAY_MESSAGES.spanOutside);
        // Found by what the user sees; a paragraph holding tracked changes is refused (the marks would land
        // among its revisions).
        const { paragraph, at, revised } = await findParagraph(context, index, expectText, {
          props: "items/text,items/isListItem",
          wordApi14: supports("WordApi", "1.4"),
        });
        if (revised) throw new GatewayError("invalid", GATEWAY_MESSAGES.splitTracked);
        if (paragraph.isListItem) throw new GatewayError("invalid", GATEWAY_MESSAGES.splitListItem);
        // Every point is found on the unchanged paragraph first; the marks then go in from the last one
        // back, so no insertion moves a point still to come.
        const points = sorted.map((offset) => spanRange(paragraph, planSpan(expectText, offset, 0)));
        for (const point of points.reverse()) point.insertText("\n", "Start");
        const after = context.document.body.paragraphs;
        after.load("items/text");
        await context.sync();
        const pieces = [0, ...sorted].map((from, k) =>
          expectText.slice(from, sorted[k] ?? expectText.length),
        );
        const now = after.items.slice(at, at + pieces.length).map((p) => p.text);
        if (now.join("\u0000") !== pieces.join("\u0000"))
          throw new GatewayError("changed", GATEWAY_MESSAGES.splitDiffers);
      }),

    watchParagraphChanges: async (onChange) => {
      // Added and deleted paragraphs have events of their own (a changed-only listener misses them).
      const handles = await run(async (context) => {
        const d = context.document;
        const results = [d.onParagraphAdded, d.onParagraphChanged, d.onParagraphDeleted].map((event) =>
          event.add(async () => onChange()),
        );
        await context.sync();
        return results as unknown as EventResult[];
      });
      const handle = { context: handles[0]!.context, remove: () => handles.forEach((h) => h.remove()) };
      return async () => {
        const { Word } = getEnv();
        await queue.runExclusive(async () => {
          try {
            await (Word.run as unknown as RunWithContext)(handle.context, async (context) => {
              handle.remove();
              await context.sync();
            });
          } catch {
            // The pane is closing or the registration is already gone: nothing left to stop.
          }
        });
      };
    },
  };
}
