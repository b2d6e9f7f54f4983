/**
 * Verbs the 检查 tab needs beyond the gateway: the rectification list as a Word table (at the end of this
 * document, or in a new one), findings as comments (WordApi 1.4), and paragraph-change events (WordApi 1.6)
 * for the optional automatic re-check. Each verb is one Word.run with at most 2 syncs, run through the queue.
 */
import { runWord } from "./batch";
import { GatewayError } from "./errors";
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

export interface CheckVerbs {
  /** Appends `title` and a table of `values` (header row first) at the end of this document. */
  insertTableAtEnd(title: string, values: string[][]): Promise<void>;
  /** Opens a new Word document holding `title` and the table (WordApi 1.3 createDocument). */
  openTableDocument(title: string, values: string[][]): Promise<void>;
  /** Adds one comment per note; notes whose paragraph changed are skipped. Returns how many were added. */
  insertComments(notes: CommentNote[]): Promise<number>;
  /** Calls `onChange` after paragraphs change (WordApi 1.6); resolves to a function that stops listening. */
  watchParagraphChanges(onChange: () => void): Promise<() => Promise<void>>;
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
  const { getEnv, run } = runWord(env, queue);

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
        if (notes.length === 0) return 0;
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("items/text");
        await context.sync();
        const texts = paragraphs.items.map((p) => p.text);
        let added = 0;
        for (const note of notes) {
          // A paragraph changed since the check gets no comment rather than one in the wrong place.
          const paragraph = paragraphs.items[locateParagraph(texts, note.paragraph, note.expectText)];
          if (!paragraph) continue;
          const spanned =
            note.offset !== undefined && note.length !== undefined && note.length > 0
              ? spanRange(paragraph, planSpan(note.expectText, note.offset, note.length))
              : paragraph.getRange("Whole");
          spanned.insertComment(note.text);
          added++;
        }
        await context.sync();
        return added;
      }),

    watchParagraphChanges: async (onChange) => {
      const handle = await run(async (context) => {
        const result = context.document.onParagraphChanged.add(async () => onChange());
        await context.sync();
        return result as unknown as EventResult;
      });
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
