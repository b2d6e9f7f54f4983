/**
 * Structure verbs for the 结构 tab: insert a formatted block (the skeleton) at the cursor, and apply
 * number-prefix edits plus an insertion in one batch (新增问题/方面/原因/措施, 重新编号). Every edit is
 * checked against the text it was planned on before anything changes: one mismatch refuses them all.
 */
import type { PrefixEdit } from "../core/compose/renumber";
import type { Paragraph } from "../core/types";
import { GatewayError } from "./errors";
import { readListNumbers, runWord, whichParagraph } from "./batch";
import { queueCharacterFormat, STYLE_PROPS, type FontMethod, type ParagraphFormat } from "./format";
import { queueParagraphsAfter } from "./insert-after";
import { globalEnv, type OfficeEnv, type Report } from "./gateway";
import { documentQueue, type OperationQueue } from "./queue";
import { queueCurrentText, type CurrentText } from "./current-text";
import { queueReadBack } from "./read-back";
import { missingStyles, queueReportStyles } from "./report-styles";
import { planSpan, spanRange } from "./spans";

export const STRUCTURE_MESSAGES = {
  inTable: "光标在表格里：框架和条目不能插入表格。请把光标移到表格外的正文中再试，文档没有改动。",
  outsideBody:
    "光标不在正文里（在页眉、页脚、脚注、批注或文本框中）：框架和条目只能插入正文。请在正文中单击一下再试，文档没有改动。",
  editChanged:
    "文档在规划之后被改动过（第{n}段的内容与读取时不同），为避免改错，这次没有做任何修改。请刷新结构后再试。",
  anchorChanged: "插入位置的段落内容已改变，这次没有做任何修改。请刷新结构后再试。",
  noCursor: "无法确定光标所在的段落。请在文档正文中单击一下再试。",
  listEdit: "第{n}段的编号是 Word 自动编号，本助手不改自动编号。请在 Word 中调整该列表。",
  verify: "修改后的段落与预期不一致，请检查第{n}段（可按 Ctrl+Z 撤销）。",
  tracked: "第{n}段含有修订，没有改动：写入前请先接受或拒绝该段的修订。",
} as const;

const at = (message: string, paragraph: number): string => message.replace("{n}", String(paragraph + 1));

const loadedOf = (items: Word.Paragraph[], current: CurrentText): Loaded => ({
  items,
  texts: current.texts(items),
  revised: current.revised(items),
});

/**
 * Replace text[offset, offset + length) of paragraph `paragraph`, which must still read `expectText`
 * (the core's renumbering plan). A Word list number (`fromList`) is refused: Word numbers its own lists.
 */
export type TextEdit = PrefixEdit;

/** A paragraph to insert; in `format`'s report style when given (else in the Normal style). */
export interface FormattedBlock {
  text: string;
  format?: ParagraphFormat;
}

export interface StructureEdit {
  edits: TextEdit[];
  insert?: { after: number; expectText: string; blocks: FormattedBlock[] };
}

export interface InsertResult {
  method: FontMethod;
  /** The body after the change, read in the writing sync (the live outline needs no read of its own). */
  after: Report;
  /** Run-in leads left in the body font: this Word cannot set an East Asian font on part of a paragraph. */
  leadsInBodyFont: number;
}

export interface EditResult extends InsertResult {
  /** Document index of the first inserted paragraph, when something was inserted. */
  inserted?: number;
  edited: number;
  /** Paragraphs left as they were, and why (they hold tracked changes: rewriting them would mix revisions). */
  refused: { paragraph: number; reason: string }[];
}

/** The body's paragraphs loaded in sync 1, with what the user sees of each (./current-text.ts). */
interface Loaded {
  items: Word.Paragraph[];
  texts: string[];
  revised: boolean[];
}

/** What the insertion needs to know about the document, loaded in the first sync. */
interface Anchor {
  paragraph: Word.Paragraph;
  /** Style names the document's paragraphs use: the report styles among them need no defining. */
  stylesInUse: ReadonlySet<string>;
}

/** What a cursor planner sees: the paragraphs and the index of the paragraph the cursor is in. */
export type CursorPlanner = (paragraphs: Paragraph[], cursor: number) => StructureEdit | { error: string };

export function createStructureVerbs(
  env: OfficeEnv | (() => OfficeEnv) = globalEnv,
  queue: OperationQueue = documentQueue,
) {
  const word = runWord(env, queue);
  const methodOf = (): FontMethod => (word.supports("WordApiDesktop", "1.3") ? "nameFarEast" : "ooxml");
  const wordApi14 = (): boolean => word.supports("WordApi", "1.4");

  /**
   * Queues new paragraphs after the anchor (filling it when `fillAnchor`), each in its report style. Returns
   * how many run-in leads stay in the body font.
   */
  function queueInsert(
    body: Word.Body,
    { paragraph: anchor, stylesInUse }: Anchor,
    fillAnchor: boolean,
    blocks: FormattedBlock[],
    method: FontMethod,
  ): number {
    queueReportStyles(
      body,
      missingStyles(
        blocks.flatMap((b) => (b.format ? [b.format] : [])),
        stylesInUse,
      ),
    );
    let leads = 0;
    queueParagraphsAfter(anchor, fillAnchor, blocks, (p, block) => {
      // A new paragraph inherits its neighbour's style; every block gets its own so headings don't spread.
      if (!block.format) p.styleBuiltIn = "Normal" as Word.BuiltInStyleName;
      else {
        p.style = block.format.style.name;
        if (queueCharacterFormat(p, block.text, block.format, method)) leads++;
      }
    });
    return leads;
  }

  /** Checks every edit against the loaded texts (nothing queued yet), then queues the replacements. */
  function queueEdits({ items, texts }: Loaded, edits: TextEdit[]): void {
    for (const e of edits) {
      if (e.fromList) throw new GatewayError("invalid", at(STRUCTURE_MESSAGES.listEdit, e.paragraph));
      if (!items[e.paragraph] || texts[e.paragraph] !== e.expectText)
        throw new GatewayError("changed", at(STRUCTURE_MESSAGES.editChanged, e.paragraph));
      if (e.offset < 0 || e.length < 0 || e.offset + e.length > e.expectText.length)
        throw new GatewayError("invalid", at(STRUCTURE_MESSAGES.editChanged, e.paragraph));
    }
    // Every span is located before the first write, on paragraphs without tracked changes (offsets hold).
    const ranges = edits.map((e) =>
      spanRange(items[e.paragraph]!, planSpan(e.expectText, e.offset, e.length)),
    );
    edits.forEach((e, k) => {
      if (e.replacement === "") ranges[k]!.delete();
      else ranges[k]!.insertText(e.replacement, e.length === 0 ? "Start" : "Replace");
    });
  }

  /** Queues the edits and the insertion on paragraphs loaded in sync 1 (STYLE_PROPS), then syncs and verifies. */
  async function apply(
    context: Word.RequestContext,
    loaded: Loaded,
    plan: StructureEdit,
    method: FontMethod,
  ): Promise<EditResult> {
    const { items, texts, revised } = loaded;
    const ins = plan.insert;
    let anchor: Word.Paragraph | undefined;
    let leadsInBodyFont = 0;
    if (ins && ins.blocks.length > 0) {
      anchor = items[ins.after];
      if (!anchor || texts[ins.after] !== ins.expectText)
        throw new GatewayError("changed", STRUCTURE_MESSAGES.anchorChanged);
      if (anchor.tableNestingLevel > 0) throw new GatewayError("invalid", STRUCTURE_MESSAGES.inTable);
    }
    const refusedAt = [...new Set(plan.edits.map((e) => e.paragraph))].filter((i) => revised[i]);
    const edits = plan.edits.filter((e) => !revised[e.paragraph]);
    queueEdits(loaded, edits);
    if (anchor && ins) {
      const stylesInUse = new Set(items.map((p) => p.style));
      leadsInBodyFont = queueInsert(
        context.document.body,
        { paragraph: anchor, stylesInUse },
        false,
        ins.blocks,
        method,
      );
    }
    // Read the edited paragraphs back in the same sync to confirm the result: under 修订 what the user
    // sees, as the replaced characters stay in `text` marked deleted.
    const edited = [...new Set(edits.map((e) => e.paragraph))];
    const back = edited.map((i) => (wordApi14() ? items[i]!.getReviewedText("Current") : null));
    for (const i of edited) items[i]!.load("text");
    const readBack = queueReadBack(context, items, wordApi14());
    await context.sync();
    const expected = new Map<number, string>();
    for (const e of edits) {
      const before = expected.get(e.paragraph) ?? e.expectText;
      expected.set(
        e.paragraph,
        before.slice(0, e.offset) + e.replacement + before.slice(e.offset + e.length),
      );
    }
    edited.forEach((i, k) => {
      if ((back[k]?.value ?? items[i]!.text) !== expected.get(i))
        throw new GatewayError("failed", at(STRUCTURE_MESSAGES.verify, i));
    });
    return {
      inserted: anchor && ins ? ins.after + 1 : undefined,
      edited: edited.length,
      method,
      leadsInBodyFont,
      after: await readBack(),
      refused: refusedAt.map((paragraph) => ({
        paragraph,
        reason: at(STRUCTURE_MESSAGES.tracked, paragraph),
      })),
    };
  }

  return {
    fontMethod: methodOf,

    /**
     * The skeleton: after the paragraph the selection ends in (the cursor's paragraph when nothing is
     * selected), filling it when it is empty (the empty document). Never overwrites or moves text.
     */
    insertBlocksAtCursor: (blocks: FormattedBlock[]): Promise<InsertResult> =>
      word.run(async (context) => {
        const method = methodOf();
        const anchor = context.document.getSelection().paragraphs.getLast();
        // eslint-disable-next-line office-addins/no-navigational-load -- tableNestingLevel is a number, not an object
        anchor.load("text,tableNestingLevel,isListItem");
        // The cursor can be in a header, footnote, comment or text box (Body.type, WordApi 1.3).
        const story = anchor.parentBody.load("type");
        const body = context.document.body.paragraphs.load(STYLE_PROPS);
        await context.sync();
        if (story.type !== "MainDoc" && story.type !== "TableCell")
          throw new GatewayError("invalid", STRUCTURE_MESSAGES.outsideBody);
        if (anchor.tableNestingLevel > 0) throw new GatewayError("invalid", STRUCTURE_MESSAGES.inTable);
        const stylesInUse = new Set(body.items.map((p) => p.style));
        const leads = queueInsert(
          context.document.body,
          { paragraph: anchor, stylesInUse },
          anchor.text === "",
          blocks,
          method,
        );
        const readBack = queueReadBack(context, body.items, wordApi14());
        await context.sync();
        return { method, leadsInBodyFont: leads, after: await readBack() };
      }),

    /** Prefix edits plus an optional insertion, planned on an earlier read: 2 syncs, all or nothing. */
    applyStructureEdit: (plan: StructureEdit): Promise<EditResult> =>
      word.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("items/text,items/tableNestingLevel,items/isListItem,items/style");
        const current = queueCurrentText(context, wordApi14());
        await context.sync();
        if (current.pending(paragraphs.items)) await context.sync();
        return apply(context, loadedOf(paragraphs.items, current), plan, methodOf());
      }),

    /**
     * Reads the document and the cursor, lets `planner` decide, applies its plan: one Word.run, 2 syncs
     * (3 when Word's list numbers must be read or several paragraphs share the cursor paragraph's text).
     */
    editAtCursor: (planner: CursorPlanner): Promise<EditResult> =>
      word.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load(STYLE_PROPS);
        const first = context.document.getSelection().paragraphs.getFirst();
        // eslint-disable-next-line office-addins/no-navigational-load -- tableNestingLevel is a number, not an object
        first.load("text,tableNestingLevel");
        const current = queueCurrentText(context, wordApi14());
        await context.sync();
        const items = paragraphs.items;
        if (first.tableNestingLevel > 0) throw new GatewayError("invalid", STRUCTURE_MESSAGES.inTable);
        const lists = readListNumbers(items);
        const which = whichParagraph(first, items);
        const tracked = current.pending(items);
        if (lists.pending || which.pending || tracked) await context.sync();
        const cursor = which.index();
        if (cursor === null) throw new GatewayError("changed", STRUCTURE_MESSAGES.noCursor);
        const loaded = loadedOf(items, current);
        // The plan is made on what the user sees: tracked deletions left out.
        const read = lists.paragraphs().map((p, i) => ({ ...p, text: loaded.texts[i]! }));
        const plan = planner(read, cursor);
        if ("error" in plan) throw new GatewayError("invalid", plan.error);
        return apply(context, loaded, plan, methodOf());
      }),
  };
}

export type StructureVerbs = ReturnType<typeof createStructureVerbs>;
