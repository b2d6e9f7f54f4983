/**
 * Character runs of the simulated host: font overrides for ranges of one paragraph's text, on top of the
 * paragraph's own font. Kept sorted, non-overlapping and non-empty; Word's mixed-font reads are not
 * simulated (a font read gives the font at the range's first character).
 */
import type { HostFont } from "./records";

export interface FontRun {
  /** Characters [start, end) of the paragraph's text. */
  start: number;
  end: number;
  font: Partial<HostFont>;
}

/** The runs with `font` laid over characters [start, end), splitting the runs it cuts. */
export function overrideRuns(
  runs: readonly FontRun[] | undefined,
  start: number,
  end: number,
  font: Partial<HostFont>,
): FontRun[] {
  if (end <= start) return [...(runs ?? [])];
  const out: FontRun[] = [];
  let at = start;
  for (const r of runs ?? []) {
    if (r.end <= start || r.start >= end) {
      out.push(r);
      continue;
    }
    if (r.start < start) out.push({ start: r.start, end: start, font: r.font });
    if (r.start > at) out.push({ start: at, end: r.start, font: { ...font } });
    out.push({ start: Math.max(r.start, start), end: Math.min(r.end, end), font: { ...r.font, ...font } });
    if (r.end > end) out.push({ start: end, end: r.end, font: r.font });
    at = Math.min(r.end, end);
  }
  if (at < end) out.push({ start: at, end, font: { ...font } });
  return tidy(out);
}

/** The runs without `key` (the whole paragraph was given that property). */
export function withoutKey(runs: readonly FontRun[] | undefined, key: keyof HostFont): FontRun[] {
  return tidy(
    (runs ?? []).map((r) => {
      const font = { ...r.font };
      delete font[key];
      return { ...r, font };
    }),
  );
}

/**
 * The runs after text[s, e) became `inserted` characters long. Inserted text takes the format of the
 * character before it (of the first replaced one when replacing; of the first character at offset 0).
 */
export function shiftRuns(
  runs: readonly FontRun[] | undefined,
  s: number,
  e: number,
  inserted: number,
): FontRun[] {
  const delta = inserted - (e - s);
  const map = (b: number, isStart: boolean): number => {
    if (b < s) return b;
    if (s === e) return b === 0 && isStart ? 0 : b + delta;
    if (b === s) return b;
    if (b >= e) return b + delta;
    return s + inserted;
  };
  return tidy((runs ?? []).map((r) => ({ start: map(r.start, true), end: map(r.end, false), font: r.font })));
}

/** The runs over characters [start, end), counted from `start` (the runs of a piece of the paragraph). */
export function clipRuns(runs: readonly FontRun[] | undefined, start: number, end: number): FontRun[] {
  return tidy(
    (runs ?? []).map((r) => ({
      start: Math.max(r.start, start) - start,
      end: Math.min(r.end, end) - start,
      font: r.font,
    })),
  );
}

function sameFont(a: Partial<HostFont>, b: Partial<HostFont>): boolean {
  const ka = Object.keys(a) as (keyof HostFont)[];
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/** Drops empty runs and runs without overrides; merges touching runs with the same overrides. */
function tidy(runs: FontRun[]): FontRun[] {
  const out: FontRun[] = [];
  for (const r of [...runs].sort((a, b) => a.start - b.start)) {
    if (r.end <= r.start || Object.keys(r.font).length === 0) continue;
    const last = out[out.length - 1];
    if (last && last.end === r.start && sameFont(last.font, r.font)) last.end = r.end;
    else out.push({ start: r.start, end: r.end, font: { ...r.font } });
  }
  return out;
}

/** The paragraph's text cut where the font changes, each piece with its full font. */
export function fontSegments(
  text: string,
  font: HostFont,
  runs: readonly FontRun[] | undefined,
): { start: number; end: number; font: HostFont }[] {
  const out: { start: number; end: number; font: HostFont }[] = [];
  let at = 0;
  for (const r of runs ?? []) {
    const start = Math.min(r.start, text.length);
    const end = Math.min(r.end, text.length);
    if (start > at) out.push({ start: at, end: start, font });
    if (end > start) out.push({ start, end, font: { ...font, ...r.font } });
    at = Math.max(at, end);
  }
  if (at < text.length || out.length === 0) out.push({ start: at, end: text.length, font });
  return out;
}

/** The font at character `offset` (the paragraph's, unless a run overrides it there). */
export function fontAt(font: HostFont, runs: readonly FontRun[] | undefined, offset: number): HostFont {
  const r = runs?.find((run) => run.start <= offset && offset < run.end);
  return r ? { ...font, ...r.font } : font;
}
