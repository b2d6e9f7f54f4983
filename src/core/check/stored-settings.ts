/**
 * What the check keeps in the document (the writer's link decisions, ignored findings, the chosen template)
 * travels with the file, so it may come from an older version, another tool or a damaged file. Each list
 * is read entry by entry: a malformed entry is dropped and counted, the others are kept, and the lists are
 * bounded so that stored data can never cost more than the check itself.
 */
import type { Expectation, LinkDecision } from "../types";

export interface Cleaned<T> {
  value: T;
  /** Entries dropped as malformed or beyond the bounds. */
  dropped: number;
}

export const STORED_LIMITS = {
  /** Link decisions: each is matched against every item, so their number is bounded. */
  decisions: 500,
  /** Characters of a fingerprint (the matcher writes at most 60). */
  fingerprintChars: 200,
  ignored: 2000,
  ignoredKeyChars: 1000,
  aspects: 30,
  aspectChars: 60,
  /** Characters of last year's file name (file systems allow 255). */
  fileNameChars: 255,
  /** The title's year: the pane accepts four digits from 2000 to 2099 (taskpane/structure/template-choice.ts). */
  titleYear: { min: 2000, max: 2099 },
} as const;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const shortText = (v: unknown, max: number): v is string =>
  typeof v === "string" && v.trim() !== "" && v.length <= max;

/** Keeps the entries `read` accepts, up to `max`; anything else counts as dropped. */
function entries<T>(raw: unknown, max: number, read: (entry: unknown) => T | null): Cleaned<T[]> {
  if (raw === undefined || raw === null) return { value: [], dropped: 0 };
  if (!Array.isArray(raw)) return { value: [], dropped: 1 };
  const value: T[] = [];
  for (const entry of raw.slice(0, max)) {
    const read1 = read(entry);
    if (read1 !== null) value.push(read1);
  }
  return { value, dropped: raw.length - value.length };
}

function decision(entry: unknown): LinkDecision | null {
  if (!isRecord(entry)) return null;
  const { problem, target, kind, action } = entry;
  if (!shortText(problem, STORED_LIMITS.fingerprintChars)) return null;
  if (!shortText(target, STORED_LIMITS.fingerprintChars)) return null;
  if (kind !== "cause" && kind !== "measure") return null;
  if (action !== "confirm" && action !== "remove") return null;
  return { problem, target, kind, action };
}

/** The stored "links" setting: the writer's confirmed and removed links. */
export function storedDecisions(raw: unknown): Cleaned<LinkDecision[]> {
  return entries(raw, STORED_LIMITS.decisions, decision);
}

/** The stored "ignored" setting: keys of findings the writer ignored. */
export function storedIgnored(raw: unknown): Cleaned<string[]> {
  return entries(raw, STORED_LIMITS.ignored, (e) => (shortText(e, STORED_LIMITS.ignoredKeyChars) ? e : null));
}

/** The stored "template" setting, as what the check expects: { aspects, priorYear, kind }. */
export function storedExpectation(raw: unknown): Cleaned<Expectation | undefined> {
  if (raw === undefined || raw === null) return { value: undefined, dropped: 0 };
  if (!isRecord(raw)) return { value: undefined, dropped: 1 };
  const out: Expectation = {};
  let dropped = 0;
  if (raw.aspects !== undefined) {
    const aspects = entries(raw.aspects, STORED_LIMITS.aspects, (a) =>
      shortText(a, STORED_LIMITS.aspectChars) ? a : null,
    );
    dropped += aspects.dropped;
    if (Array.isArray(raw.aspects)) out.aspects = aspects.value;
  }
  if (typeof raw.priorYear === "boolean") out.priorYear = raw.priorYear;
  else if (raw.priorYear !== undefined) dropped++;
  if (raw.kind === "personal" || raw.kind === "team") out.kind = raw.kind;
  else if (raw.kind !== undefined) dropped++;
  if (raw.meeting === "组织生活会" || raw.meeting === "民主生活会") out.meeting = raw.meeting;
  else if (raw.meeting !== undefined) dropped++;
  return { value: Object.keys(out).length > 0 ? out : undefined, dropped };
}

/** The stored template's title year (the year 结构 put in the title); a malformed one is dropped. */
export function storedTitleYear(raw: unknown): Cleaned<number | undefined> {
  const year = isRecord(raw) ? raw.year : undefined;
  if (year === undefined) return { value: undefined, dropped: 0 };
  const { min, max } = STORED_LIMITS.titleYear;
  const ok = typeof year === "number" && Number.isInteger(year) && year >= min && year <= max;
  return ok ? { value: year, dropped: 0 } : { value: undefined, dropped: 1 };
}

/** Last year's report as the document names it: its file name and a fingerprint of its text. */
export interface StoredFile {
  name: string;
  print: string;
}

/** The stored "lastYear" setting: which file the 检查 tab compared with (the pane cannot read it again itself). */
export function storedLastYear(raw: unknown): Cleaned<StoredFile | null> {
  if (raw === undefined || raw === null) return { value: null, dropped: 0 };
  if (!isRecord(raw)) return { value: null, dropped: 1 };
  const { name, print } = raw;
  if (
    !shortText(name, STORED_LIMITS.fileNameChars) ||
    typeof print !== "string" ||
    !/^[0-9a-f]{8}$/.test(print)
  )
    return { value: null, dropped: 1 };
  return { value: { name, print }, dropped: 0 };
}
