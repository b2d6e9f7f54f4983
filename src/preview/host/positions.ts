/**
 * How the positions a batch holds (and the selection) follow an edit of the simulated document: text
 * replaced within one paragraph or across several, and a paragraph split at its line breaks.
 */
import type { Anchor, Node, Pos } from "./records";

/** Characters [s, e) from `first` to `last` became `inserted` characters; `removed` paragraphs merged away. */
export interface TextEdit {
  first: Node;
  last: Node;
  s: number;
  e: number;
  inserted: number;
  removed: readonly Node[];
}

export function followEdit(anchors: Iterable<Anchor>, edit: TextEdit): void {
  const { first, last, s, e, inserted, removed } = edit;
  const delta = inserted - (last === first ? e - s : 0);
  for (const anchor of anchors) {
    for (const pos of [anchor.start, anchor.end]) {
      const isEnd = pos === anchor.end;
      if (pos.node === first && last === first) {
        // Positions at an insertion point move behind the new text; inside a replaced span they clamp to it.
        if (pos.offset < s) continue;
        if (s === e || pos.offset >= e) pos.offset += delta;
        else if (pos.offset > s) pos.offset = isEnd ? s + inserted : s;
      } else if (pos.node === first) {
        if (pos.offset > s) pos.offset = isEnd ? s + inserted : s;
      } else if (removed.includes(pos.node)) {
        const inLast = pos.node === last && pos.offset >= e;
        pos.node = first;
        pos.offset = inLast ? s + inserted + (pos.offset - e) : isEnd ? s + inserted : s;
      }
    }
  }
}

/** `node` was cut into `made` (the pieces start at `starts` in its old text): positions go to their piece. */
export function followSplit(
  anchors: Iterable<Anchor>,
  node: Node,
  made: readonly Node[],
  starts: readonly number[],
): void {
  const relocate = (pos: Pos): void => {
    if (pos.node !== node) return;
    let k = starts.length - 1;
    while (k > 0 && starts[k]! > pos.offset) k--;
    pos.node = made[k]!;
    pos.offset = Math.min(pos.offset - starts[k]!, made[k]!.rec.text.length);
  };
  for (const anchor of anchors) {
    relocate(anchor.start);
    relocate(anchor.end);
  }
}

/** `node` was deleted: positions in it go to the start of the next paragraph (or the end of the previous). */
export function followDelete(
  anchors: Iterable<Anchor>,
  node: Node,
  next: Node | undefined,
  prev: Node,
): void {
  for (const anchor of anchors) {
    for (const pos of [anchor.start, anchor.end]) {
      if (pos.node !== node) continue;
      pos.node = next ?? prev;
      pos.offset = next ? 0 : prev.rec.text.length;
    }
  }
}
