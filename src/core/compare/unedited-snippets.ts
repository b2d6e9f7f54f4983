/**
 * Items that are one of the library's snippets with the slots (【具体事例】) left out or filled with a few
 * words: the writer took the formulation and added nothing of their own. The snippet's fixed text is
 * indexed once; an item is compared only with the snippets it shares rare shingles with.
 */
import { hasSlots } from "../check/detectors/placeholders";
import { builtinSnippets, type Snippet } from "../snippets/library";
import type { ItemEcho, Outline, SnippetComparer } from "../types";
import { itemsOf } from "./items";
import { PassageIndex } from "./passage-index";
import { containment, keptLength, markedChars, sharedMarks, SHINGLE, shingle } from "./shingles";
import { MIN_COPY_CHARS } from "./last-year";

export const LIBRARY = "短语库";

/** The item holds at least this share of the snippet's fixed text … */
const FIXED_SHARE = 0.85;
/** … and adds at most this many characters of its own per slot (one slot's worth for a snippet without). */
const OWN_CHARS_PER_SLOT = 10;

const SLOT = /【[^【】\n]*】/g;
const ITEM_PARTS = new Set(["problems", "causes", "measures"]);

/** The snippet's text with each slot blanked to a line break and spaces: offsets stay, no shingle spans it. */
function fixedText(snippet: Snippet): string {
  return snippet.text.replace(SLOT, (slot) => "\n" + " ".repeat(slot.length - 1));
}

function slotCount(snippet: Snippet): number {
  return snippet.text.match(SLOT)?.length ?? 0;
}

export function snippetComparer(snippets: Snippet[] = builtinSnippets): SnippetComparer {
  const index = new PassageIndex<Snippet>();
  for (const snippet of snippets) {
    if (!ITEM_PARTS.has(snippet.part)) continue;
    index.add({ ...shingle(fixedText(snippet)), text: snippet.text }, snippet);
  }
  return {
    unedited(outline: Outline): ItemEcho[] {
      const found: ItemEcho[] = [];
      for (const item of itemsOf(outline)) {
        // Unfilled 【…】 slots are the placeholder rule's to report.
        if (hasSlots(item.text)) continue;
        const own = shingle(item.text);
        if (keptLength(own) < MIN_COPY_CHARS) continue;
        for (const hit of index.similar(own, FIXED_SHARE)) {
          const fixed = index.entries[hit.id]!.passage;
          const share = containment(fixed, own);
          if (share < FIXED_SHARE) continue;
          const added = keptLength(own) - markedChars(own, sharedMarks(own, fixed, SHINGLE));
          if (added > OWN_CHARS_PER_SLOT * Math.max(1, slotCount(hit.value))) continue;
          found.push({
            item,
            echo: {
              source: LIBRARY,
              label: `“${hit.value.title}”`,
              other: { text: hit.value.text, marks: sharedMarks(fixed, own) },
              own: { text: item.text, marks: sharedMarks(own, fixed) },
              similarity: share,
            },
          });
          break;
        }
      }
      return found;
    },
  };
}
