/** Ranges as the proxies compute them: a whole paragraph, one end of a range, and how two ranges relate. */
import type { SimDocument } from "./document";
import { HostError, MESSAGES } from "./errors";
import type { Anchor, Node, Pos } from "./records";
import { visibleSegments } from "./revisions";

export function wholeAnchor(node: Node): Anchor {
  return { start: { node, offset: 0 }, end: { node, offset: node.rec.text.length } };
}

/** An empty range at a copy of `pos`. */
export function pointAt(pos: Pos): Anchor {
  return { start: { ...pos }, end: { ...pos } };
}

/** Word's "Start"/"Before" and "End"/"After" of a range: an empty range at that end; otherwise a copy of it. */
export function endOf(a: Anchor, where: string): Anchor {
  if (where === "Start" || where === "Before") return pointAt(a.start);
  if (where === "End" || where === "After") return pointAt(a.end);
  return { start: { ...a.start }, end: { ...a.end } };
}

/** Range.select / Paragraph.select modes. */
export function collapse(a: Anchor, mode: string): Anchor {
  if (mode === "Start") return { start: a.start, end: a.start };
  if (mode === "End") return { start: a.end, end: a.end };
  return a;
}

/** Range.compareLocationWith: where `a` lies relative to `b`. */
export function relation(doc: SimDocument, a: Anchor, b: Anchor): string {
  const ss = doc.compare(a.start, b.start);
  const ee = doc.compare(a.end, b.end);
  if (ss === 0 && ee === 0) return "Equal";
  const eb = doc.compare(a.end, b.start);
  if (eb < 0) return "Before";
  if (eb === 0) return "AdjacentBefore";
  const sb = doc.compare(a.start, b.end);
  if (sb > 0) return "After";
  if (sb === 0) return "AdjacentAfter";
  if (ss <= 0 && ee >= 0) return ss === 0 ? "ContainsStart" : ee === 0 ? "ContainsEnd" : "Contains";
  if (ss >= 0 && ee <= 0) return ss === 0 ? "InsideStart" : ee === 0 ? "InsideEnd" : "Inside";
  return ss < 0 ? "OverlapsBefore" : "OverlapsAfter";
}

/**
 * Word's search: plain text ("^^" is a literal caret), case-insensitive unless matchCase, non-overlapping.
 * Tracked deletions are not searched and no match spans one (office-js #5874). Fails with
 * SearchDialogIsOpen while the user has the Find dialog open (#4922), and on strings over 255 characters,
 * escapes counted (#168, #1726).
 */
export function findAll(doc: SimDocument, scope: Anchor, needle: string, matchCase: boolean): Anchor[] {
  if (doc.searchDialogOpen) throw new HostError("SearchDialogIsOpen", MESSAGES.searchDialogIsOpen);
  if (needle.length === 0 || needle.length > 255) {
    throw new HostError("SearchStringInvalidOrTooLong", MESSAGES.searchTooLong);
  }
  const want = needle.replace(/\^\^/g, "^");
  const norm = (s: string): string => (matchCase ? s : s.toLowerCase());
  const w = norm(want);
  const out: Anchor[] = [];
  for (const node of doc.nodesOf(scope)) {
    const from = node === scope.start.node ? scope.start.offset : 0;
    const to = node === scope.end.node ? scope.end.offset : node.rec.text.length;
    for (const [a, b] of visibleSegments(node.rec)) {
      const hay = norm(node.rec.text.slice(0, Math.min(b, to)));
      let i = hay.indexOf(w, Math.max(a, from));
      while (i >= 0) {
        out.push({ start: { node, offset: i }, end: { node, offset: i + w.length } });
        i = hay.indexOf(w, i + w.length);
      }
    }
  }
  return out;
}
