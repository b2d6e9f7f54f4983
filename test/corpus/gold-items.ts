/**
 * Gold keys → outline items. A gold item is named by a verbatim piece of its first sentence (its key); it is
 * the outline item whose span holds that piece. Shared by the link scoring and the outline scoring.
 */
import type { Item, ItemKind, Outline } from "../../src/core/types";
import type { GoldFile } from "./corpus";

export interface Place {
  paragraph: number;
  offset: number;
}

/** Where `key` first occurs in the paragraphs, or null. */
export function placeOf(texts: string[], key: string): Place | null {
  for (let paragraph = 0; paragraph < texts.length; paragraph++) {
    const offset = texts[paragraph]!.indexOf(key);
    if (offset >= 0) return { paragraph, offset };
  }
  return null;
}

const starts = (item: Item): Place => ({ paragraph: item.paragraph, offset: item.offset });
const before = (a: Place, b: Place) =>
  a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.offset <= b.offset);

/** The outline item (of any kind) whose span holds the place: the latest one starting at or before it. */
export function itemAt(outline: Outline, place: Place): Item | null {
  let found: Item | null = null;
  for (const item of [...outline.problems, ...outline.causes, ...outline.measures]) {
    if (place.paragraph >= item.end || !before(starts(item), place)) continue;
    if (!found || before(starts(found), starts(item))) found = item;
  }
  return found;
}

export interface GoldItems {
  /** Per gold key, the outline item of the right kind holding it, or null when the outline missed it. */
  item: Map<string, Item | null>;
  /** Gold items the outline found (each outline item counts for the first gold key it holds). */
  found: number;
  total: number;
  /** Outline items that hold no gold key (a transition sentence, a signature read as an item). */
  spurious: Item[];
}

const KIND_OF: Record<"problems" | "causes" | "measures", ItemKind> = {
  problems: "problem",
  causes: "cause",
  measures: "measure",
};

export function mapGoldItems(outline: Outline, gold: GoldFile): GoldItems {
  const texts = outline.paragraphs.map((p) => p.text);
  const item = new Map<string, Item | null>();
  const claimed = new Set<string>();
  const held = new Set<string>();
  let found = 0;
  let total = 0;
  for (const list of ["problems", "causes", "measures"] as const) {
    for (const { key } of gold[list]) {
      total++;
      const place = placeOf(texts, key);
      const at = place ? itemAt(outline, place) : null;
      if (at) held.add(at.id);
      const right = at && at.kind === KIND_OF[list] ? at : null;
      item.set(key, right);
      if (right && !claimed.has(right.id)) {
        claimed.add(right.id);
        found++;
      }
    }
  }
  const spurious = [...outline.problems, ...outline.causes, ...outline.measures].filter(
    (i) => !held.has(i.id),
  );
  return { item, found, total, spurious };
}
