/**
 * The ways a notice lists its aspects, one reader each. Every reader returns candidates; notice-aspects.ts
 * chooses among them. Texts arrive with \n line ends.
 */
import { countValue, parseChineseNumeral } from "../outline/chinese-numerals";
import { findInlineEnumerations } from "../outline/number-prefixes";
import { afterCue, cleanAspect, itemName } from "./notice-names";

/** How the notice wrote the list. */
export type NoticeForm =
  | "counted" //   ……、……等6个方面
  | "numbered" //  （一）…… / 1.…… / ①……
  | "yi-shi" //    一是……；二是……
  | "semicolon" // 带头……；带头……；带头……
  | "quoted" //    “……”“……”
  | "duizhao" //   对照……，对照……，对照……
  | "list"; //     对照……、……和……（no count）

export interface Candidate {
  names: string[];
  form: NoticeForm;
  /** Where the list starts and ends in the text. */
  at: number;
  end: number;
  /** The count the notice gives right after the list. */
  count?: number;
  /** Something around or inside the list says these are the aspects to check. */
  cued: boolean;
}

export const COUNT = /([0-9０-９]{1,2}|[一二三四五六七八九十两]{1,3})\s*个方面/g;
const RUN_CUE = /方面|检视|对照|查摆|查找|带头|围绕|聚焦/;
/** Items that all start like this are aspects even without a cue before them. */
const ASPECT_START = /^[“"]?(?:带头|对照|在)/;
const ENUMERATED =
  /^(?:[一二三四五六七八九十]{1,3}是|[（(][一二三四五六七八九十\d]{1,3}[）)]|[0-9０-９]{1,2}[.．、]|[①-⑳])/;
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

const allAspectLike = (items: string[]) => items.every((s) => ASPECT_START.test(s.trim()));

interface Marker {
  at: number;
  /** Where the clause after the number starts. */
  content: number;
  value: number;
  style: "yi-shi" | "numbered";
}

/** Numbered markers of each style in the whole text. */
function markers(text: string): Marker[][] {
  const shi: Marker[] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    for (const e of findInlineEnumerations(line))
      shi.push({
        at: lineStart + e.offset,
        content: lineStart + e.offset + e.length,
        value: e.value,
        style: "yi-shi",
      });
    lineStart += line.length + 1;
  }
  const paren: Marker[] = [];
  for (const m of text.matchAll(/(^|[\s。；;：:，,])[（(]([一二三四五六七八九十]{1,3})[）)][、.．]?/gm)) {
    const value = parseChineseNumeral(m[2]!);
    const at = m.index + m[1]!.length;
    if (value) paren.push({ at, content: m.index + m[0].length, value, style: "numbered" });
  }
  const arabic: Marker[] = [];
  for (const m of text.matchAll(/^[ \t\u3000]*([0-9０-９]{1,2})[.．、](?![0-9])/gm)) {
    const value = countValue(m[1]!);
    if (value) arabic.push({ at: m.index, content: m.index + m[0].length, value, style: "numbered" });
  }
  const circled: Marker[] = [];
  for (const m of text.matchAll(/[①-⑳]/g))
    circled.push({ at: m.index, content: m.index + 1, value: CIRCLED.indexOf(m[0]) + 1, style: "numbered" });
  return [shi, paren, arabic, circled];
}

/** Runs counting 1, 2, 3 … within one marker style; each item's clause ends at the next marker or line. */
function runsOf(text: string, found: Marker[]): Candidate[] {
  const runs: Candidate[] = [];
  let current: Marker[] = [];
  const flush = () => {
    if (current.length >= 2) {
      const clauses = current.map((m, k) => {
        const next = current[k + 1]?.at ?? text.length;
        const lineEnd = text.indexOf("\n", m.content);
        const end = Math.min(next, lineEnd < 0 ? text.length : lineEnd);
        return text.slice(m.content, end);
      });
      const first = current[0]!;
      // The cue must stand on the run's own line before it, or on the line just above a run of lines.
      const lineStart = text.lastIndexOf("\n", first.at - 1) + 1;
      const from =
        lineStart === first.at ? text.lastIndexOf("\n", Math.max(0, lineStart - 2)) + 1 : lineStart;
      const before = text.slice(from, first.at);
      runs.push({
        names: clauses.map((c) => cleanAspect(c, /^[“"]?对照/.test(c))),
        form: first.style,
        at: first.at,
        end: current.at(-1)!.content + clauses.at(-1)!.length,
        cued: RUN_CUE.test(before) || clauses.some((n) => /方面/.test(n)) || allAspectLike(clauses),
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

export function numberedRuns(text: string): Candidate[] {
  return markers(text).flatMap((found) => runsOf(text, found));
}

/** Splits a 、-list's last item at 和/及 when both halves are phrases of their own, or the count asks for it. */
function splitLast(parts: string[], count?: number): string[] {
  const out = [...parts];
  const last = out.pop() ?? "";
  const split = /^(.{2,}?)(?:以及|和|及|与)(.{2,})$/.exec(last);
  const halves = /^(.{4,})(?:以及|和|及|与)(.{4,})$/.exec(last);
  // 坚持和加强党的全面领导 stays whole; 担当作为和工作作风 splits.
  if (split && count !== undefined && out.length + 2 === count) out.push(split[1]!, split[2]!);
  else if (halves) out.push(halves[1]!, halves[2]!);
  else out.push(last);
  return out;
}

const QUOTED_TAIL = /(?:“[^“”]{2,60}”[、，,\s]*){2,}$/;

/** "……、……和……等N个方面", "“……”“……”等N个方面", "……；……等N个方面", each with the count the notice gives. */
export function countedLists(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(COUNT)) {
    const count = countValue(m[1]!);
    if (!count) continue;
    const before = text.slice(0, m.index).replace(/(?:等|这|共)\s*$/, "");
    const quoted = QUOTED_TAIL.exec(before);
    const sentence = before.slice(
      Math.max(...["。", "！", "？", "\n", "：", ":"].map((c) => before.lastIndexOf(c))) + 1,
    );
    let names: string[];
    let form: NoticeForm = "counted";
    let at: number;
    if (quoted) {
      names = [...quoted[0].matchAll(/“([^“”]+)”/g)].map((q) => itemName(q[1]!));
      form = "quoted";
      at = quoted.index;
    } else if (/[；;]/.test(sentence)) {
      const chunk = sentence.slice(afterCue(sentence.split(/[；;]/)[0]!));
      names = chunk.split(/[；;]/).map((p) => itemName(p, /^对照/.test(p.trim())));
      form = "semicolon";
      at = before.length - chunk.length;
    } else {
      const clauseStart =
        Math.max(
          ...["，", ",", "。", "；", ";", "：", ":", "\n", "！", "？"].map((c) => before.lastIndexOf(c)),
        ) + 1;
      let chunk = before.slice(clauseStart);
      chunk = chunk.slice(afterCue(chunk));
      names = splitLast(chunk.split(/[、]|”\s*“|」\s*「/), count).map((p) => cleanAspect(p));
      at = before.length - chunk.length;
    }
    names = names.filter((n) => n !== "");
    if (names.length >= 2) out.push({ names, form, at, end: m.index + m[0].length, count, cued: true });
  }
  return out;
}

/** The sentences of a text with their offsets. */
function sentences(text: string): { text: string; at: number }[] {
  return [...text.matchAll(/[^。！？!?\n]+/g)].map((m) => ({ text: m[0], at: m.index }));
}

/** 带头……；带头……；带头……: items separated by ；, after a colon or a cue word, without numbers. */
export function semicolonLists(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences(text)) {
    if (!/[；;]/.test(s.text) || /个方面/.test(s.text)) continue;
    const colon = Math.max(
      s.text.lastIndexOf("：", s.text.search(/[；;]/)),
      s.text.lastIndexOf(":", s.text.search(/[；;]/)),
    );
    const start = colon >= 0 ? colon + 1 : afterCue(s.text.split(/[；;]/)[0]!);
    const items = s.text
      .slice(start)
      .split(/[；;]/)
      .filter((p) => p.trim() !== "");
    if (items.length < 2 || items.some((p) => ENUMERATED.test(p.trim()))) continue;
    const names = items.map((p) => itemName(p, /^对照/.test(p.trim())));
    out.push({
      names,
      form: "semicolon",
      at: s.at + start,
      end: s.at + s.text.length,
      cued: colon >= 0 || start > 0 || allAspectLike(items),
    });
  }
  return out;
}

/** 对照……，对照……，对照……: a run of clauses that each start with 对照 (the 四个对照). */
export function duizhaoLists(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences(text)) {
    const clauses = [...s.text.matchAll(/[^，,、；;]+/g)];
    let run: RegExpMatchArray[] = [];
    const flush = () => {
      if (run.length >= 2) {
        const first = run[0]!;
        const from = first[0].indexOf("对照");
        out.push({
          names: run.map((c, k) => itemName(k === 0 ? c[0].slice(from) : c[0], true)),
          form: "duizhao",
          at: s.at + first.index! + from,
          end: s.at + run.at(-1)!.index! + run.at(-1)![0].length,
          cued: true,
        });
      }
      run = [];
    };
    for (const c of clauses) {
      const starts = /^\s*对照/.test(c[0]);
      if (starts || (run.length === 0 && c[0].includes("对照"))) {
        if (!starts) flush();
        run.push(c);
      } else flush();
    }
    flush();
  }
  return out;
}

/** 对照……、……和……，: a 、-list after a cue word, without a count. */
export function uncountedLists(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(/(?:对照|围绕|聚焦|紧扣|对标|重点从|着重从)([^，,。；;：:！？\n]+)/g)) {
    const chunk = m[1]!;
    if (!/、/.test(chunk) || /个方面/.test(chunk)) continue;
    const names = splitLast(chunk.split("、")).map((p) => cleanAspect(p));
    if (names.length < 3 || names.some((n) => n.length < 2 || n.length > 20)) continue;
    out.push({
      names,
      form: "list",
      at: m.index + m[0].length - chunk.length,
      end: m.index + m[0].length,
      cued: true,
    });
  }
  return out;
}

/** “……”“……”: quoted items after a cue word, without a count. */
export function quotedLists(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(/(?:“[^“”]{2,60}”[、，,\s]*){2,}/g)) {
    if (
      /^[、，,\s]*(?:等\s*)?(?:[0-9０-９]{1,2}|[一二三四五六七八九十两]{1,3})\s*个方面/.test(
        text.slice(m.index + m[0].length),
      )
    )
      continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const names = [...m[0].matchAll(/“([^“”]+)”/g)].map((q) => itemName(q[1]!));
    out.push({ names, form: "quoted", at: m.index, end: m.index + m[0].length, cued: afterCue(before) > 0 });
  }
  return out;
}
