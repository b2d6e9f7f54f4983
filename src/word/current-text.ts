/**
 * 修订: the text a user sees when tracked changes exist. `paragraph.text` then includes deleted text on
 * the web (office-js #1267) and depends on the inline or balloon view on the desktop (#2314), so checks,
 * offsets and read-backs use getReviewedText("Current") (WordApi 1.4) instead. Reading it for the whole
 * body costs nothing extra when it equals the paragraphs' text (the usual case); only a document with
 * tracked changes has its paragraphs' current and original text read, in the sync that follows: a
 * paragraph whose two differ holds tracked changes, and verbs that rewrite text refuse it.
 */

export type TrackingMode = "Off" | "TrackAll" | "TrackMineOnly";

export interface CurrentText {
  /** After the first sync: whether a second sync is needed (the document holds tracked changes). */
  pending(items: Word.Paragraph[]): boolean;
  /** After the last sync: each paragraph's current text. */
  texts(items: Word.Paragraph[]): string[];
  /** After the last sync: whether each paragraph holds tracked changes (its original text differs). */
  revised(items: Word.Paragraph[]): boolean[];
  /** After the first sync: the tracking mode, null where WordApi 1.4 is missing. */
  mode(): TrackingMode | null;
}

/** Queues (no sync) what tells the current text apart from `text`; `wordApi14` says whether Word has it. */
export function queueCurrentText(context: Word.RequestContext, wordApi14: boolean): CurrentText {
  if (!wordApi14) {
    return {
      pending: () => false,
      texts: (items) => items.map((p) => p.text),
      revised: (items) => items.map(() => false),
      mode: () => null,
    };
  }
  const document = context.document;
  document.load("changeTrackingMode");
  const whole = document.body.getReviewedText("Current");
  const original = document.body.getReviewedText("Original");
  let each: OfficeExtension.ClientResult<string>[] | null = null;
  let before: OfficeExtension.ClientResult<string>[] | null = null;
  return {
    pending(items) {
      if (whole.value === items.map((p) => p.text).join("\r") && original.value === whole.value) return false;
      each = items.map((p) => p.getReviewedText("Current"));
      before = items.map((p) => p.getReviewedText("Original"));
      return true;
    },
    texts: (items) => (each ? each.map((r) => r.value) : items.map((p) => p.text)),
    revised: (items) => items.map((_, i) => (each && before ? each[i]!.value !== before[i]!.value : false)),
    mode: () => document.changeTrackingMode as TrackingMode,
  };
}
