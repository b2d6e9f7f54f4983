import { NOT_A_NAME, NOT_A_POST, POST_ENDING, SIGNATURE_LABEL, UNIT_SIGNATURE } from "./keywords";
import type { Numbering } from "../types";

const DATE =
  "(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})月(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日)?";
const DATE_LINE = new RegExp(`^${DATE}$`);
const NAME_AND_DATE = new RegExp(`^(.+?)(${DATE})$`);

function squeeze(text: string): string {
  return text.replace(/[\s\u3000]+/g, "");
}

export function isDateLine(text: string): boolean {
  return DATE_LINE.test(squeeze(text));
}

/** A person's name: 2–4 Chinese characters (某某 and ×× included), squeezed of blanks. */
const NAME = /^[\u4e00-\u9fa5·×＊○]{2,4}$/;

/** Unit and post, then the name after a colon or a blank: "……党委委员、副院长：罗某某". */
function isPostAndName(text: string): boolean {
  const m = /^(.+?)\s*[：:\s\u3000]\s*([^\s\u3000：:]+)$/.exec(text);
  if (!m) return false;
  const head = squeeze(m[1]!);
  return (
    NAME.test(m[2]!) &&
    head.length <= 30 &&
    POST_ENDING.test(head) &&
    !NOT_A_POST.test(head) &&
    !/[。，；！？,;!?]/.test(head)
  );
}

/**
 * A person's name (2–4 characters), a unit (……班子, ……党支部), a post and name, a labelled name (发言人：……), or the slot a
 * template leaves for one (【姓名】): the placeholder rule, not this one, asks for the slot to be filled.
 */
export function isSignatureLine(text: string): boolean {
  const labelled = SIGNATURE_LABEL.test(text.trim());
  const rest = text.trim().replace(SIGNATURE_LABEL, "");
  if (isPostAndName(rest)) return true;
  const s = squeeze(rest);
  if (/^【[^【】]{1,12}】$/.test(s)) return true;
  if (s === "" || NOT_A_NAME.test(s) || /[。，；：！？,;:!?]/.test(s)) return false;
  if (NAME.test(s)) return true;
  if (labelled && s.length <= 12) return true;
  return s.length <= 30 && UNIT_SIGNATURE.test(s);
}

export interface Tail {
  signature: { paragraph: number; text: string } | null;
  date: { paragraph: number; text: string } | null;
  /** First paragraph of the closing block (signature, date), or the paragraph count when there is none. */
  start: number;
}

/** The signature and date among the last few non-blank lines, above which the body ends. */
export function readTail(texts: string[], numbering: (Numbering | null)[], bodyStart: number): Tail {
  const tail: Tail = { signature: null, date: null, start: texts.length };
  let seen = 0;
  for (let i = texts.length - 1; i > bodyStart && seen < 4; i--) {
    const t = texts[i]!.trim();
    if (t === "") continue;
    seen++;
    if (numbering[i]) break;
    const both = NAME_AND_DATE.exec(squeeze(t));
    if (!tail.date && isDateLine(t)) tail.date = { paragraph: i, text: t };
    else if (!tail.signature && isSignatureLine(t)) tail.signature = { paragraph: i, text: t };
    else if (!tail.date && !tail.signature && both && isSignatureLine(both[1]!)) {
      tail.date = { paragraph: i, text: t };
      tail.signature = { paragraph: i, text: t };
    } else break;
    tail.start = i;
  }
  return tail;
}
