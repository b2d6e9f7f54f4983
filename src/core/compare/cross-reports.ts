/**
 * Near-identical passages across a batch of reports (a branch's members): pairs of items, or of other
 * paragraphs such as openings, that share most of their wording, grouped by pair of reports. One index over
 * all passages; each passage is looked up before it is added, so each pair is found once.
 */
import { itemLabel } from "../check/item-label";
import type { MarkedText, Outline } from "../types";
import { itemsOf } from "./items";
import { COPY_SHARE } from "./last-year";
import { GramTable, grown } from "./gram-table";
import { PassageIndex } from "./passage-index";
import { keptLength, markedChars, sharedMarks, shingle, type Shingled } from "./shingles";

/** The lowest threshold the comparison keeps pairs for; a page can then raise it without comparing again. */
export const LOWEST_SHARE = 0.5;
/** The threshold the command line and the page start with. */
export const DEFAULT_SHARE = COPY_SHARE;
/**
 * Passages shorter than this (kept characters) are left out: a fixed formulation such as the guiding
 * thought's full name (16 characters) would otherwise pair every report with every other.
 */
export const MIN_PASSAGE_CHARS = 24;

export interface ReportPassage extends MarkedText {
  /** Index of the report in the batch. */
  report: number;
  /** "问题3", "原因（二）", or "第2段" for a paragraph outside the items. */
  label: string;
  paragraph: number;
}

export interface PassagePair {
  a: ReportPassage;
  b: ReportPassage;
  /** Share of the shorter passage's shingles found in the other, 0–1. */
  similarity: number;
  /** Characters of `a` inside the marked shared stretches. */
  sharedChars: number;
}

export interface ReportPair {
  a: number;
  b: number;
  passages: PassagePair[];
  sharedChars: number;
}

interface Passage {
  report: number;
  label: string;
  paragraph: number;
}

/**
 * Items, the opening as one passage (a pasted text's broken lines would otherwise be compared piece by
 * piece), and the other paragraphs that are neither an item nor a heading.
 */
function passagesOf(outline: Outline, report: number): (Passage & { text: string })[] {
  const out: (Passage & { text: string })[] = [];
  // Headings, the title and the signature are alike in every report of a batch.
  const taken = new Set<number>([
    ...outline.parts.map((p) => p.paragraph),
    ...outline.aspects.map((a) => a.paragraph),
    ...[outline.title, outline.signature, outline.date].flatMap((line) => (line ? [line.paragraph] : [])),
  ]);
  for (const item of itemsOf(outline)) {
    for (let i = item.start; i < Math.max(item.end, item.start + 1); i++) taken.add(i);
    out.push({ report, label: itemLabel(item), paragraph: item.paragraph, text: item.text });
  }
  const opening = outline.opening;
  if (opening) {
    const lines: string[] = [];
    for (let i = opening.start; i < opening.end; i++) {
      const text = outline.paragraphs[i]!.text;
      if (!taken.has(i) && text.trim() !== "") lines.push(text);
      taken.add(i);
    }
    out.push({ report, label: "开头", paragraph: opening.start, text: lines.join("\n") });
  }
  outline.paragraphs.forEach((p, i) => {
    if (!taken.has(i) && !p.inTable) out.push({ report, label: `第${i + 1}段`, paragraph: i, text: p.text });
  });
  return out.sort((x, y) => x.paragraph - y.paragraph);
}

/**
 * Shingles most of a batch shares (in more than half of its reports, three at least) are the notice's or
 * the genre's wording, not a copy: they are taken out of every passage before comparing.
 */
function withoutCommon(batch: Shingled[][], table: GramTable): Shingled[][] {
  const threshold = Math.max(3, batch.length / 2);
  let reports = new Int32Array(1024);
  // The last report each shingle was counted for (plus one): each report counts once.
  let last = new Int32Array(1024);
  let anyCommon = false;
  batch.forEach((passages, report) => {
    for (const p of passages) {
      const grams = p.grams.map((code) => table.intern(code));
      reports = grown(reports, table.size);
      last = grown(last, table.size);
      for (const gram of grams) {
        if (last[gram] === report + 1) continue;
        last[gram] = report + 1;
        if (++reports[gram]! >= threshold) anyCommon = true;
      }
    }
  });
  if (!anyCommon) return batch;
  const common = (code: number) => reports[table.find(code)]! >= threshold;
  return batch.map((passages) =>
    passages.map((p) => {
      const grams = p.grams.filter((code) => !common(code));
      return grams.length === p.grams.length ? p : { ...p, grams };
    }),
  );
}

/** Pairs of near-identical passages between reports, reaching `threshold`, most shared text first. */
export function crossReportPairs(outlines: Outline[], threshold = LOWEST_SHARE): ReportPair[] {
  const table = new GramTable();
  const index = new PassageIndex<Passage>(table);
  const byReports = new Map<string, ReportPair>();
  const passages = outlines.map(passagesOf);
  const shingled = withoutCommon(
    passages.map((list) => list.map((p) => shingle(p.text))),
    table,
  );
  passages.forEach((list, report) => {
    const found: PassagePair[] = [];
    list.forEach((passage, k) => {
      const own = shingled[report]![k]!;
      if (keptLength(own) < MIN_PASSAGE_CHARS) return;
      for (const hit of index.similar(own, threshold, (id) => index.entries[id]!.value.report !== report)) {
        const other = index.entries[hit.id]!.passage;
        const marksA = sharedMarks(other, own);
        found.push({
          a: { ...hit.value, text: other.text, marks: marksA },
          b: { ...passage, text: own.text, marks: sharedMarks(own, other) },
          similarity: hit.similarity,
          sharedChars: markedChars(other, marksA),
        });
      }
    });
    // Added after the look-ups: a report's passages are not compared with one another.
    list.forEach((passage, k) => {
      const own = shingled[report]![k]!;
      if (keptLength(own) >= MIN_PASSAGE_CHARS) index.add(own, passage);
    });
    for (const pair of found) {
      const key = `${pair.a.report}:${pair.b.report}`;
      const group = byReports.get(key) ?? {
        a: pair.a.report,
        b: pair.b.report,
        passages: [],
        sharedChars: 0,
      };
      group.passages.push(pair);
      group.sharedChars += pair.sharedChars;
      byReports.set(key, group);
    }
  });
  const pairs = [...byReports.values()];
  for (const pair of pairs) {
    pair.passages.sort((x, y) => y.similarity - x.similarity || x.a.paragraph - y.a.paragraph);
  }
  return pairs.sort((x, y) => y.sharedChars - x.sharedChars || x.a - y.a || x.b - y.b);
}

/** The pairs that still reach `threshold` (a page's slider), report pairs left without a passage dropped. */
export function atThreshold(pairs: ReportPair[], threshold: number): ReportPair[] {
  return pairs
    .map((pair) => {
      const passages = pair.passages.filter((p) => p.similarity >= threshold);
      return { ...pair, passages, sharedChars: passages.reduce((n, p) => n + p.sharedChars, 0) };
    })
    .filter((pair) => pair.passages.length > 0)
    .sort((x, y) => y.sharedChars - x.sharedChars || x.a - y.a || x.b - y.b);
}
