/** Aspect names as a notice writes them, reduced to what a heading needs: no cue words, no 方面/情况 tails. */

/** Words before a list that announce it; the list starts after the first of them in its clause. */
export const LIST_CUE = /围绕|对照|聚焦|紧扣|紧密结合|重点从|着重从|检视|查摆|重点在|从/;
const LEAD_WORDS =
  /^(?:重点|着重|主要|深入|认真|)(?:在|对照|围绕|关于|聚焦|紧扣|检视|查摆|查找|就|从(?!严)|是否)+/;
const TRAIL = /(?:等|的|上|中)?(?:方面|情况)?(?:存在的(?:主要)?(?:问题|差距|不足))?$/;
/** A ，that ends the name: what follows explains the aspect (……，重点检视……；……，看是否……). */
const EXPLAINS = /[，,](?=重点|着重|主要|看|检视|查摆|查找|是否|聚焦|具体|即|也就是)/;
const QUOTES = /[“”"‘’'《》「」\s\u3000]/g;

export const MAX_NAME = 40;

function trimEnds(s: string, keepCue: boolean): string {
  let name = s.replace(QUOTES, "");
  if (!keepCue) name = name.replace(LEAD_WORDS, "");
  for (let k = 0; k < 3; k++) name = name.replace(TRAIL, "");
  return name.replace(/^[、，,。；;：:]+|[、，,。；;：:]+$/g, "");
}

/**
 * A clause's aspect name: up to its first clause mark (or 方面), without cue words and endings. A clause that
 * starts with 带头 or 对照 names the aspect in the notice's own words, so a ，inside it stays (带头严守政治纪律
 * 和政治规矩，维护党的团结统一) unless what follows explains the aspect.
 */
export function cleanAspect(clause: string, keepCue = false): string {
  let s = clause.trim();
  const whole = /^[“"]?(?:带头|对照)/.test(s);
  const end = s.search(whole ? /[。；;：:！？!?\n]/ : /[，,。；;：:！？!?\n]/);
  if (end >= 0) s = s.slice(0, end);
  const explains = whole ? s.search(EXPLAINS) : -1;
  if (explains > 0) s = s.slice(0, explains);
  if (whole && s.length > MAX_NAME) s = s.slice(0, Math.max(2, s.search(/[，,]/)));
  const aspect = s.indexOf("方面");
  if (aspect > 0) s = s.slice(0, aspect);
  return trimEnds(s, keepCue);
}

/** A name taken whole from a list item (a quoted or ；-separated item): only its ends are trimmed. */
export function itemName(item: string, keepCue = false): string {
  return trimEnds(
    item.replace(/(?:等|这|共)?\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十两]{1,3})?\s*个?方面.*$/, ""),
    keepCue,
  );
}

/** The cue word's end in a chunk of text, or 0 when it has none. */
export function afterCue(chunk: string): number {
  const cue = LIST_CUE.exec(chunk);
  return cue ? cue.index + cue[0].length : 0;
}
