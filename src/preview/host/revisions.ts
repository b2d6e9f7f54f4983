/**
 * Tracked changes in the simulated host (修订). With tracking on, deleted text stays in the paragraph marked
 * deleted and new text is marked inserted. As in Word on the web (office-js #1267), `paragraph.text` still
 * holds the deleted text; `getReviewedText("Current")` leaves it out, and `search` neither finds it nor
 * matches across it (#5874).
 */
import type { ParagraphRecord } from "./records";

/** Document.changeTrackingMode (WordApi 1.4). */
export type TrackingMode = "Off" | "TrackAll" | "TrackMineOnly";

export interface Revision {
  kind: "deleted" | "inserted";
  /** Characters [start, end) of the paragraph's text. */
  start: number;
  end: number;
}

export function copyRevisions(revisions: readonly Revision[]): Revision[] {
  return revisions.map((r) => ({ ...r }));
}

/** Marks text[start, end) of `rec` as deleted or inserted (merging with touching revisions of that kind). */
export function markRevision(rec: ParagraphRecord, kind: Revision["kind"], start: number, end: number): void {
  if (end <= start) return;
  const same = (rec.revisions ?? []).filter((r) => r.kind === kind);
  const other = (rec.revisions ?? []).filter((r) => r.kind !== kind);
  let s = start;
  let e = end;
  const kept = same.filter((r) => {
    if (r.end < s || r.start > e) return true;
    s = Math.min(s, r.start);
    e = Math.max(e, r.end);
    return false;
  });
  // Deleting text someone inserted under tracking: it is still shown as inserted and deleted, as Word does.
  rec.revisions = [...other, ...kept, { kind, start: s, end: e }].sort((a, b) => a.start - b.start);
}

/**
 * The revisions after text[s, e) became `inserted` characters long (an untracked edit, or the insertion
 * half of a tracked one). New text joins no revision: a revision starting at the insertion point moves
 * behind it, one ending there stays before it; revisions inside replaced text shrink away.
 */
export function shiftRevisions(
  revisions: readonly Revision[],
  s: number,
  e: number,
  inserted: number,
): Revision[] {
  const delta = inserted - (e - s);
  const start = (b: number): number => (b < s ? b : b < e ? s + inserted : b + delta);
  const end = (b: number): number => (b <= s ? b : b <= e ? s : b + delta);
  return revisions
    .map((r) => ({ kind: r.kind, start: start(r.start), end: end(r.end) }))
    .filter((r) => r.end > r.start);
}

/** The revisions over characters [start, end), counted from `start` (a piece of a split paragraph). */
export function clipRevisions(
  revisions: readonly Revision[] | undefined,
  start: number,
  end: number,
): Revision[] {
  return (revisions ?? [])
    .map((r) => ({
      kind: r.kind,
      start: Math.max(r.start, start) - start,
      end: Math.min(r.end, end) - start,
    }))
    .filter((r) => r.end > r.start);
}

/** The text as it reads with every tracked change accepted ("Current") or rejected ("Original"). */
export function reviewedText(rec: ParagraphRecord, version: "Current" | "Original" = "Current"): string {
  const hide = version === "Current" ? "deleted" : "inserted";
  return visibleSegments(rec, hide)
    .map(([a, b]) => rec.text.slice(a, b))
    .join("");
}

/** Maximal stretches [start, end) of the text outside revisions of kind `hide` (deleted ones by default). */
export function visibleSegments(
  rec: ParagraphRecord,
  hide: Revision["kind"] = "deleted",
): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const r of rec.revisions ?? []) {
    if (r.kind !== hide) continue;
    if (r.start > at) out.push([at, r.start]);
    at = Math.max(at, r.end);
  }
  if (at < rec.text.length || out.length === 0) out.push([at, rec.text.length]);
  return out;
}
