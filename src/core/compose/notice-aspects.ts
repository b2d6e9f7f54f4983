/**
 * Aspects from the text of a meeting notice the user pastes. The notice may number them (一是…二是…, （一）,
 * 1., ①), list them with a count ("……、……和……等六个方面", quoted or separated by ；), separate them by ；
 * alone, repeat 对照 (the 四个对照), or list them after 对照 without a count. The result says which of these it
 * read and where, so the pane can show it before the list is used.
 */
import {
  COUNT,
  countedLists,
  duizhaoLists,
  numberedRuns,
  quotedLists,
  semicolonLists,
  uncountedLists,
  type Candidate,
  type NoticeForm,
} from "./notice-forms";
import { MAX_NAME } from "./notice-names";
import { countValue } from "../outline/chinese-numerals";

export type { NoticeForm } from "./notice-forms";

export interface NoticeAspects {
  aspects: string[];
  /** How the notice wrote the list; null when nothing was found. */
  form: NoticeForm | null;
  /** Chinese: what was found and from which form ("按“一是……二是……”的写法识别出5个方面"). */
  found: string;
  /** The list as it stands in the notice, for the writer to compare. */
  excerpt: string;
  /** Chinese: what could not be read, or a count that does not match what the notice announces. */
  warnings: string[];
}

const FORM_NAMES: Record<NoticeForm, string> = {
  counted: "“……、……等N个方面”",
  numbered: "编号列出（（一）、1.或①）",
  "yi-shi": "“一是……二是……”",
  semicolon: "用分号隔开",
  quoted: "加引号逐项列出",
  duizhao: "“对照……，对照……”",
  list: "“对照……、……”（未写个数）",
};

/** Forms that name the aspects most surely come first when two readings tie. */
const FORM_BONUS: Record<NoticeForm, number> = {
  counted: 1,
  numbered: 2,
  "yi-shi": 2,
  semicolon: 2,
  quoted: 2,
  duizhao: 3,
  list: 0,
};

const dedupe = (names: string[]) => [...new Set(names)];

function choose(candidates: Candidate[], announced: number | undefined): Candidate | null {
  const exact = candidates.find((c) => c.count !== undefined && c.names.length === c.count);
  if (exact) return exact;
  const score = (c: Candidate) =>
    (announced !== undefined && c.names.length === announced ? 10 : 0) +
    (c.cued ? 5 : 0) +
    FORM_BONUS[c.form] -
    c.names.filter((n) => n.length < 2 || n.length > MAX_NAME).length * 3;
  const usable = candidates.filter((c) => c.cued || c.names.length === announced);
  return usable.sort((a, b) => score(b) - score(a) || a.at - b.at)[0] ?? null;
}

export function aspectsFromNotice(text: string): NoticeAspects {
  const normalized = text.replace(/\r\n?/g, "\n");
  const counts = [...normalized.matchAll(COUNT)]
    .map((m) => countValue(m[1]!))
    .filter((n): n is number => !!n);
  const announced = counts[0];
  const candidates = [
    ...countedLists(normalized),
    ...numberedRuns(normalized),
    ...duizhaoLists(normalized),
    ...semicolonLists(normalized),
    ...quotedLists(normalized),
    ...uncountedLists(normalized),
  ];
  const chosen = choose(candidates, announced);
  const aspects = dedupe((chosen?.names ?? []).filter((n) => n.length >= 2));
  if (!chosen || aspects.length === 0) {
    return {
      aspects: [],
      form: null,
      found: "",
      excerpt: "",
      warnings: [
        "没有在通知中找到可识别的检视方面。请手动输入各个方面，或粘贴通知中列出方面的那一段（如“一是……二是……”“（一）……”“对照……、……”或“……等六个方面”）。",
      ],
    };
  }
  const warnings: string[] = [];
  const expected = chosen.count ?? announced;
  if (expected !== undefined && aspects.length !== expected)
    warnings.push(
      `通知中写的是“${expected}个方面”，识别出的是${aspects.length}项：${aspects.join("、")}。请对照通知补齐或删减。`,
    );
  for (const name of aspects)
    if (name.length > MAX_NAME)
      warnings.push(
        `“${name.slice(0, 12)}……”有${name.length}个字，作小标题太长，请精简到${MAX_NAME}字以内。`,
      );
  return {
    aspects,
    form: chosen.form,
    found: `按${FORM_NAMES[chosen.form]}的写法识别出${aspects.length}个方面`,
    excerpt: normalized.slice(chosen.at, chosen.end).trim(),
    warnings,
  };
}
