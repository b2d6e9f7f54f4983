/** Last year's report against this year's: copied items, and last year's measures nobody reports on. */
import { refuseOversizedText, refuseTooManyItems } from "../check/budget";
import { itemLabel } from "../check/item-label";
import { readOutline } from "../outline/read-outline";
import type {
  Echo,
  Item,
  ItemEcho,
  LastYearComparer,
  Outline,
  Paragraph,
  Span,
  UnreportedMeasures,
} from "../types";
import { itemsOf } from "./items";
import { commonWords, reportedBy, sentenceWindows, wordSet } from "./measure-report";
import { PassageIndex } from "./passage-index";
import { priorAnchor, priorScope } from "./prior-scope";
import { containment, sharedMarks, shingle, type Shingled } from "./shingles";

export const LAST_YEAR = "上年度材料";

/** An item counts as copied when this share of its shingles occurs in one of last year's items. */
export const COPY_SHARE = 0.7;
/** Shorter items (a bare heading such as 加强理论学习) are too short to call a copy. */
export const MIN_COPY_CHARS = 15;

/** Both passages of a pair, the shared stretches marked on each side. */
export function echoBetween(
  own: Shingled,
  other: Shingled,
  source: string,
  label: string,
  similarity: number,
): Echo {
  return {
    source,
    label,
    other: { text: other.text, marks: sharedMarks(other, own) },
    own: { text: own.text, marks: sharedMarks(own, other) },
    similarity,
  };
}

function range(span: Span): number[] {
  return Array.from({ length: span.end - span.start }, (_, k) => span.start + k);
}

/** Reads last year's report and indexes its items for `copies` and `unreported`. */
export function compareWithLastYear(
  paragraphs: Paragraph[],
  source = LAST_YEAR,
): LastYearComparer & {
  outline: Outline;
} {
  // Last year's report keeps the check's budget too: an oversized one is refused with the same reasons.
  refuseOversizedText(paragraphs);
  const last = readOutline(paragraphs);
  refuseTooManyItems(last);
  const index = new PassageIndex<Item>();
  for (const item of itemsOf(last)) index.add(shingle(item.text), item);
  const measureWords = last.measures.map((m) => wordSet(m.text));

  return {
    outline: last,

    copies(outline: Outline): ItemEcho[] {
      const found: ItemEcho[] = [];
      for (const item of itemsOf(outline)) {
        const own = shingle(item.text);
        if (own.chars.length < MIN_COPY_CHARS) continue;
        for (const hit of index.similar(own, COPY_SHARE)) {
          const other = index.entries[hit.id]!.passage;
          const share = containment(own, other);
          if (share < COPY_SHARE) continue;
          found.push({ item, echo: echoBetween(own, other, source, itemLabel(hit.value), share) });
          break;
        }
      }
      return found;
    },

    unreported(outline: Outline): UnreportedMeasures {
      const scope = priorScope(outline);
      const texts = outline.paragraphs.map((p) => p.text);
      // Without such a part, the whole report except this year's own measures: a plan says nothing of
      // what became of last year's.
      const plans = new Set(outline.parts.filter((p) => p.role === "measures").flatMap((p) => range(p)));
      const searched = scope
        ? scope.spans.flatMap((span) => texts.slice(span.start, span.end))
        : texts.filter((_, i) => !plans.has(i));
      const windows = sentenceWindows(searched.join("\n")).map(wordSet);
      const common = commonWords(sentenceWindows(texts.join("\n")).map(wordSet));
      const measures = last.measures
        .filter((_, i) => reportedBy(measureWords[i]!, windows, common).length === 0)
        .map((measure) => ({
          measure,
          echo: {
            source,
            label: itemLabel(measure),
            other: { text: measure.text, marks: [] },
          },
        }));
      return {
        scope: scope ? "part" : "whole",
        paragraph: scope?.paragraph ?? priorAnchor(outline),
        total: last.measures.length,
        measures,
      };
    },
  };
}
