/**
 * 一键排版: typesets paragraphs by the report's styles, per a plan the caller computes from the document's
 * own paragraphs. Each paragraph gets its style by name (the styles are defined once, see
 * ./report-styles.ts); runs carrying direct fonts or sizes that would hide the style are cleaned by
 * patching the paragraph's own OOXML (./paragraph-patch.ts); headings take the chosen bold; a run-in lead
 * keeps its heading's East Asian font where `font.nameFarEast` exists (WordApiDesktop 1.3), else it stays in
 * the body font and the result says so. The text is never re-typed.
 * One Word.run: read with the OOXML, find the run-in leads (only when there are any), then write; a lead
 * Word cannot find is left out and reported, so the write never fails half done on a search.
 */
import type { LeadFormat, ParagraphFormat as StyleFormat } from "../core/compose/typesetting";
import type { Paragraph } from "../core/types";
import { READ_PROPS, readListNumbers, runWord } from "./batch";
import { globalEnv, type OfficeEnv, type Report } from "./gateway";
import { bodyParagraphs, pairByText, readPackage } from "./ooxml-paragraphs";
import { planPatch } from "./paragraph-patch";
import { queueReadBack } from "./read-back";
import { documentQueue, type OperationQueue } from "./queue";
import { missingStyles, queueReportStyles } from "./report-styles";
import { escapeSearch, fitLength, planSpan, spanRange } from "./spans";
import { xmlDom } from "./xml-dom";

export type { LeadFormat };

/** How one paragraph should look: its report style, and the lead that keeps its heading font if any. */
export interface ParagraphFormat extends StyleFormat {
  /** text[0, lead.length) (number + run-in lead sentence) keeps its heading's font and bold. */
  lead?: LeadFormat;
}

/** "nameFarEast": a run-in lead can take its heading's East Asian font (WordApiDesktop 1.3); "ooxml": it cannot. */
export type FontMethod = "nameFarEast" | "ooxml";

/** The paragraph properties the styles need read: which styles the document already uses. */
export const STYLE_PROPS = `${READ_PROPS},items/style`;

/** Where the lead ends inside `text` (0 when there is no lead). */
export function leadLength(text: string, f: ParagraphFormat): number {
  return f.lead ? Math.max(0, Math.min(f.lead.length, text.length)) : 0;
}

/**
 * Queues (no sync) what goes over a paragraph's style: a heading's bold (set directly, since a style the
 * document already had keeps its own bold) and a run-in lead's bold and, with nameFarEast, its fonts.
 * Returns true when the lead stays in the body font.
 */
export function queueCharacterFormat(
  p: Word.Paragraph,
  text: string,
  f: ParagraphFormat,
  method: FontMethod,
): boolean {
  if (f.heading) p.font.bold = f.bold;
  const cut = leadLength(text, f);
  if (!f.lead || cut === 0) return false;
  return queueLeadFont(spanRange(p, planSpan(text, 0, cut)).font, f.lead, method);
}

/** Queues a run-in lead's bold and, with nameFarEast, its fonts; true when it stays in the body font. */
function queueLeadFont(font: Word.Font, lead: LeadFormat, method: FontMethod): boolean {
  font.bold = lead.bold;
  if (method !== "nameFarEast") return true;
  font.name = lead.fontName;
  font.nameFarEast = lead.eastAsianFont;
  return false;
}

/**
 * Queues the search for a paragraph's run-in lead (its first characters) without failing when there is
 * none: read `isNullObject` after the sync. A lead longer than one search is not looked for (null).
 */
function queueFindLead(p: Word.Paragraph, text: string, f: ParagraphFormat): Word.Range | null {
  const lead = text.slice(0, leadLength(text, f));
  if (lead === "" || fitLength(lead) < lead.length) return null;
  return p.search(escapeSearch(lead), { matchCase: true }).getFirstOrNullObject();
}

export interface FormatRequest {
  /** "selection": only the paragraphs the selection touches; the plan still sees the whole document. */
  scope: "document" | "selection";
  /** One entry per document paragraph: its format, or null to leave it alone. Pure, called between syncs. */
  plan: (paragraphs: Paragraph[]) => (ParagraphFormat | null)[];
}

export interface FormatResult {
  method: FontMethod;
  /** Paragraphs given their style. */
  formatted: number;
  /** Of those, paragraphs whose direct fonts and sizes were removed from their runs. */
  cleaned: number;
  /** Paragraphs whose direct fonts stay (pictures, notes, comments or tracked changes inside, or 修订 on). */
  kept: number;
  /** Run-in leads left in the body font: this Word cannot set an East Asian font on part of a paragraph. */
  leadsInBodyFont: number;
  /** Paragraphs in scope the plan left alone (tables, unrecognised text, blank lines). */
  skipped: number;
  /** Document indices of paragraphs whose lead Word could not find (a tracked deletion inside it): styled, lead left as is. */
  leadsNotFound: number[];
  /** The body after typesetting, read in the writing sync (absent when nothing was typeset). */
  after?: Report;
}

/** Indices of `sub` as a contiguous run inside `all` (by text), preferring the one nearest `hint`. */
export function locateRun(all: readonly string[], sub: readonly string[], hint = 0): number {
  if (sub.length === 0) return -1;
  let best = -1;
  for (let i = 0; i + sub.length <= all.length; i++) {
    if (sub.every((t, k) => all[i + k] === t) && (best < 0 || Math.abs(i - hint) < Math.abs(best - hint)))
      best = i;
  }
  return best;
}

export function createFormatVerbs(
  env: OfficeEnv | (() => OfficeEnv) = globalEnv,
  queue: OperationQueue = documentQueue,
) {
  const word = runWord(env, queue);
  const methodOf = (): FontMethod => (word.supports("WordApiDesktop", "1.3") ? "nameFarEast" : "ooxml");

  return {
    fontMethod: methodOf,

    formatParagraphs: (request: FormatRequest): Promise<FormatResult> =>
      word.run(async (context) => {
        const method = methodOf();
        const body = context.document.body;
        const all = body.paragraphs;
        all.load(STYLE_PROPS);
        const selected = request.scope === "selection" ? context.document.getSelection().paragraphs : null;
        selected?.load("items/text,items/tableNestingLevel");
        // The OOXML of what is in scope tells which paragraphs carry direct fonts, and gives the patch.
        const scope = selected
          ? selected.getFirst().getRange("Whole").expandTo(selected.getLast().getRange("Whole"))
          : body;
        const ooxml = scope.getOoxml();
        // 修订 on: a patched paragraph would come back as one tracked deletion plus one insertion.
        const wordApi14 = word.supports("WordApi", "1.4");
        if (wordApi14) context.document.load("changeTrackingMode");
        await context.sync();
        const tracking = wordApi14 && context.document.changeTrackingMode !== "Off";
        // Word's list numbers tell headings from body text too: one more round trip only where lists exist.
        const read = readListNumbers(all.items);
        if (read.pending) await context.sync();
        const paragraphs = read.paragraphs();
        const plan = request.plan(paragraphs);
        let targets: { proxy: Word.Paragraph; index: number }[];
        if (selected) {
          const start = locateRun(
            paragraphs.map((p) => p.text),
            selected.items.map((p) => p.text),
          );
          targets = selected.items.map((proxy, k) => ({ proxy, index: start < 0 ? -1 : start + k }));
        } else {
          targets = all.items.map((proxy, index) => ({ proxy, index }));
        }
        // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult's value arrives with the sync, no load
        const source = readPackage(ooxml.value, await xmlDom());
        const blocks = source
          ? pairByText(
              targets.map((t) => t.proxy.text),
              bodyParagraphs(source),
            )
          : [];
        const result: FormatResult = {
          method,
          formatted: 0,
          cleaned: 0,
          kept: 0,
          leadsInBodyFont: 0,
          skipped: 0,
          leadsNotFound: [],
        };
        // Tables are never touched, whatever the plan says.
        const styled = targets.flatMap(({ proxy, index }, k) => {
          const f = index >= 0 ? plan[index] : null;
          return f && proxy.tableNestingLevel === 0 ? [{ proxy, index, f, block: blocks[k] ?? null }] : [];
        });
        // Resolve first, write second: every lead is searched for before anything changes.
        const leads = styled.map(({ proxy, f }) => (f.lead ? queueFindLead(proxy, proxy.text, f) : null));
        if (leads.some((l) => l !== null)) await context.sync();
        result.skipped = targets.length - styled.length;
        queueReportStyles(
          body,
          missingStyles(
            styled.map((s) => s.f),
            new Set(all.items.map((p) => p.style)),
          ),
        );
        styled.forEach(({ proxy, index, f, block }, k) => {
          result.formatted++;
          proxy.style = f.style.name;
          const planned = source && block ? planPatch(source, block, f) : { kind: "keep" as const };
          const patch = tracking && planned.kind === "patch" ? { kind: "keep" as const } : planned;
          if (patch.kind === "patch") {
            proxy.insertOoxml(patch.ooxml, "Replace");
            result.cleaned++;
          } else if (patch.kind === "keep") result.kept++;
          if (f.heading) proxy.font.bold = f.bold;
          const lead = leads[k];
          if (!f.lead || leadLength(proxy.text, f) === 0) return;
          if (!lead || lead.isNullObject) {
            result.leadsNotFound.push(index);
            return;
          }
          // A patched paragraph was replaced by its own OOXML (same text, fonts removed): the lead found
          // above is addressed again inside it; elsewhere the range found is used as it is.
          const range =
            patch.kind === "patch"
              ? spanRange(proxy, planSpan(proxy.text, 0, leadLength(proxy.text, f)))
              : lead;
          if (queueLeadFont(range.font, f.lead, method)) result.leadsInBodyFont++;
        });
        if (result.formatted === 0) return result;
        const readBack = queueReadBack(context, all.items, wordApi14);
        await context.sync();
        return { ...result, after: await readBack() };
      }),
  };
}
