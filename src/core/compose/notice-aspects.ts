/**
 * Aspects from the text of a meeting notice the user pastes: a numbered run (一是…二是…, （一）, 1., ①)
 * or a list "……、……和……等六个方面". Names lose their trailing 方面/情况 and punctuation.
 */
import { countValue, parseChineseNumeral } from "../outline/chinese-numerals";
import { findInlineEnumerations } from "../outline/number-prefixes";

export interface NoticeAspects {
  aspects: string[];
  /** Chinese: what could not be read, or a count that does not match what the notice announces. */
  warnings: string[];
}

interface Run {
  names: string[];
  /** Offset in the text where the run starts. */
  at: number;
  /** The items mention 方面/检视… or the text just before the run announces them. */
  cued: boolean;
}

const MAX_NAME = 40;
const COUNT = /([0-9０-９]{1,2}|[一二三四五六七八九十两]{1,3})\s*个方面/g;
/** Words before the list that announce it; the list starts after the first of them in its clause. */
const LIST_CUE = /围绕|对照|聚焦|紧扣|紧密结合|重点从|着重从|检视|查摆|重点在|从/;
const RUN_CUE = /方面|检视|对照|查摆|查找|带头|围绕|聚焦/;
const LEAD_WORDS =
  /^(?:重点|着重|主要|深入|认真|)(?:在|对照|围绕|关于|聚焦|紧扣|检视|查摆|查找|就|从(?!严)|是否)+/;
const TRAIL = /(?:等|的|上|中)?(?:方面|情况)?(?:存在的(?:主要)?(?:问题|差距|不足))?$/;

/** A clause's aspect name: up to its first clause mark (or 方面), without cue words and endings. */
export function cleanAspect(clause: string): string {
  let s = clause.trim();
  const end = s.search(/[，,。；;：:！？!?\n]/);
  if (end >= 0) s = s.slice(0, end);
  const aspect = s.indexOf("方面");
  if (aspect > 0) s = s.slice(0, aspect);
  s = s.replace(/[“”"‘’'《》「」\s\u3000]/g, "");
  s = s.replace(LEAD_WORDS, "");
  for (let k = 0; k < 3; k++) s = s.replace(TRAIL, "");
  return s.replace(/[、，,。；;：:]+$/, "");
}

interface Marker {
  at: number;
  /** Where the clause after the number starts. */
  content: number;
  value: number;
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

/** Numbered markers of one style in the whole text. */
function markers(text: string): Marker[][] {
  const shi: Marker[] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    for (const e of findInlineEnumerations(line))
      shi.push({ at: lineStart + e.offset, content: lineStart + e.offset + e.length, value: e.value });
    lineStart += line.length + 1;
  }
  const paren: Marker[] = [];
  for (const m of text.matchAll(/(^|[\s。；;：:，,])[（(]([一二三四五六七八九十]{1,3})[）)][、.．]?/gm)) {
    const value = parseChineseNumeral(m[2]!);
    const at = m.index + m[1]!.length;
    if (value) paren.push({ at, content: m.index + m[0].length, value });
  }
  const arabic: Marker[] = [];
  for (const m of text.matchAll(/^[ \t\u3000]*([0-9０-９]{1,2})[.．、](?![0-9])/gm)) {
    const value = countValue(m[1]!);
    if (value) arabic.push({ at: m.index, content: m.index + m[0].length, value });
  }
  const circled: Marker[] = [];
  for (const m of text.matchAll(/[①-⑳]/g))
    circled.push({ at: m.index, content: m.index + 1, value: CIRCLED.indexOf(m[0]) + 1 });
  return [shi, paren, arabic, circled];
}

/** Runs counting 1, 2, 3 … within one marker style; each item's clause ends at the next marker or line. */
function runsOf(text: string, found: Marker[]): Run[] {
  const runs: Run[] = [];
  let current: Marker[] = [];
  const flush = () => {
    if (current.length >= 2) {
      const names = current.map((m, k) => {
        const next = current[k + 1]?.at ?? text.length;
        const lineEnd = text.indexOf("\n", m.content);
        const end = Math.min(next, lineEnd < 0 ? text.length : lineEnd);
        return text.slice(m.content, end);
      });
      const before = text.slice(Math.max(0, current[0]!.at - 80), current[0]!.at);
      runs.push({
        names: names.map(cleanAspect),
        at: current[0]!.at,
        cued: RUN_CUE.test(before) || names.some((n) => /方面/.test(n)),
      });
    }
    current = [];
  };
  for (const m of found) {
    if (m.value === 1) flush();
    const last = current[current.length - 1];
    if (m.value === 1 || (last && m.value === last.value + 1)) current.push(m);
  }
  flush();
  return runs;
}

/** "……、……和……等N个方面" lists, each with the count the notice gives. */
function lists(text: string): { names: string[]; count: number; at: number }[] {
  const out: { names: string[]; count: number; at: number }[] = [];
  for (const m of text.matchAll(COUNT)) {
    const count = countValue(m[1]!);
    if (!count) continue;
    const before = text.slice(0, m.index);
    const clauseStart =
      Math.max(
        ...["，", ",", "。", "；", ";", "：", ":", "\n", "！", "？"].map((c) => before.lastIndexOf(c)),
      ) + 1;
    let chunk = before.slice(clauseStart);
    const cue = LIST_CUE.exec(chunk);
    if (cue) chunk = chunk.slice(cue.index + cue[0].length);
    chunk = chunk.replace(/(?:等|这|共)\s*$/, "");
    const parts = chunk.split(/[、]|”\s*“|」\s*「/);
    // 和/及 joins the last two when splitting there gives the announced count, or when both halves are
    // phrases of their own (担当作为和工作作风); 坚持和加强党的全面领导 stays whole.
    const last = parts.pop() ?? "";
    const split = /^(.{2,}?)(?:以及|和|及|与)(.{2,})$/.exec(last);
    const halves = /^(.{4,})(?:以及|和|及|与)(.{4,})$/.exec(last);
    if (split && parts.length + 2 === count) parts.push(split[1]!, split[2]!);
    else if (halves) parts.push(halves[1]!, halves[2]!);
    else parts.push(last);
    const names = parts.map(cleanAspect).filter((n) => n !== "");
    if (names.length >= 2) out.push({ names, count, at: m.index });
  }
  return out;
}

const dedupe = (names: string[]) => [...new Set(names)];

export function aspectsFromNotice(text: string): NoticeAspects {
  const normalized = text.replace(/\r\n?/g, "\n");
  const warnings: string[] = [];
  const counts = [...normalized.matchAll(COUNT)]
    .map((m) => countValue(m[1]!))
    .filter((n): n is number => !!n);
  const announced = counts[0];

  const listed = lists(normalized);
  const exact = listed.find((l) => l.names.length === l.count);
  let chosen: string[] | null = exact?.names ?? null;

  if (!chosen) {
    const runs = markers(normalized).flatMap((found) => runsOf(normalized, found));
    const score = (r: Run) =>
      (announced !== undefined && r.names.length === announced ? 10 : 0) +
      (r.cued ? 5 : 0) -
      r.names.filter((n) => n.length < 2 || n.length > MAX_NAME).length * 3;
    const best = runs
      .filter((r) => r.cued || r.names.length === announced)
      .sort((a, b) => score(b) - score(a) || a.at - b.at)[0];
    chosen = best?.names ?? listed[0]?.names ?? null;
  }

  if (!chosen || chosen.length === 0) {
    return {
      aspects: [],
      warnings: [
        "没有在通知中找到可识别的检视方面。请手动输入各个方面，或粘贴通知中列出方面的那一段（如“一是……二是……”“（一）……”或“……等六个方面”）。",
      ],
    };
  }
  const aspects = dedupe(chosen.filter((n) => n.length >= 2));
  if (announced !== undefined && aspects.length !== announced)
    warnings.push(
      `通知中写的是“${announced}个方面”，识别出的是${aspects.length}项：${aspects.join("、")}。请对照通知补齐或删减。`,
    );
  for (const name of aspects)
    if (name.length > MAX_NAME)
      warnings.push(
        `“${name.slice(0, 12)}……”有${name.length}个字，作小标题太长，请精简到${MAX_NAME}字以内。`,
      );
  return { aspects, warnings };
}
