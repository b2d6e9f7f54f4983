/**
 * The 结构 tab's document actions: the live outline, 插入完整框架, 新增问题/方面/原因/措施 at the cursor,
 * 重新编号 after a confirmation, 一键排版. Each runs as one document operation; a success message and a
 * fresh outline follow.
 */
import { useCallback, useEffect, useState } from "react";
import { planElement, type ElementKind } from "../../core/compose/elements";
import { describeEdits, planRenumber, type PrefixEdit } from "../../core/compose/renumber";
import { buildSkeleton } from "../../core/compose/skeleton";
import { readOutline } from "../../core/outline/read-outline";
import type { Outline } from "../../core/types";
import { useDocumentSettings } from "../document-settings";
import { t } from "../strings";
import { useDocumentAction } from "../use-document-action";
import type { EditResult, Report, TrackingMode } from "../../word";
import { useFormatVerbs, useGateway, useStructureVerbs } from "../word-context";
import { elementEdit, formattedBlocks, typesetPlan } from "./formats";
import { SUBSTITUTE_FONTS } from "../../core/compose/official-fonts";
import type { StructurePrefs } from "./prefs";
import { savedOf } from "./template-choice";
import type { TemplateChoice } from "./use-template-choice";

export interface StructureActions {
  busy: boolean;
  /** The document's outline as last read (null before the first read). */
  outline: Outline | null;
  /** 修订's mode at that read (null where Word cannot say). */
  tracking: TrackingMode | null;
  /** The last success message, until the next action. */
  done: string | null;
  dismissDone(): void;
  /** The number changes 重新编号 would make, while the writer confirms them. */
  renumberLines: string[] | null;
  /** Whether 重新编号 was asked for in this pane: its dialog is mounted (closed) from then on. */
  renumberAsked: boolean;
  refresh(): void;
  insertSkeleton(): void;
  addElement(kind: ElementKind, label: string): void;
  planNumbers(): void;
  applyNumbers(): void;
  cancelNumbers(): void;
  typeset(): void;
  /** Selects paragraph `paragraph` of the outline in the document. */
  select(paragraph: number): void;
}

/** What a document action reports: its message (none while a dialog waits) and the document after it. */
interface Outcome {
  message: string | null;
  after?: Report;
}

/** A success message, then the paragraphs left unchanged and why (they hold tracked changes). */
const withRefused = (message: string, refused: EditResult["refused"]): string =>
  [message, ...refused.map((r) => r.reason)].join("");

/** A success message, and why run-in leads kept the body font when this Word cannot do otherwise. */
const withLeadNote = (message: string, leads: number): string =>
  leads > 0 ? `${message}${t.structure.leadNote}` : message;

export function useStructureActions(
  choice: TemplateChoice,
  prefs: StructurePrefs,
  onError: (message: string) => void,
): StructureActions {
  const { busy, run } = useDocumentAction(onError);
  const gateway = useGateway();
  const structure = useStructureVerbs();
  const format = useFormatVerbs();
  const settings = useDocumentSettings();
  const [outline, setOutline] = useState<Outline | null>(null);
  const [tracking, setTracking] = useState<TrackingMode | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [renumber, setRenumber] = useState<{ edits: PrefixEdit[]; lines: string[] } | null>(null);
  const [renumberAsked, setRenumberAsked] = useState(false);
  const typesetting = { bold: prefs.bold, fonts: prefs.substituteFonts ? SUBSTITUTE_FONTS : {} };

  const show = useCallback((report: Report) => {
    setOutline(readOutline(report.paragraphs));
    setTracking(report.tracking);
  }, []);

  const refresh = useCallback(async () => {
    const report = await run(gateway.readReport);
    if (report) show(report);
  }, [run, gateway, show]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  /**
   * Runs a document action; a success message and a fresh outline follow. The verbs read the document in
   * their writing sync and hand it over: the outline is read again only after a failure.
   */
  const act = async (action: () => Promise<Outcome>) => {
    setDone(null);
    const outcome = await run(action);
    if (outcome?.message) setDone(outcome.message);
    if (outcome?.after) show(outcome.after);
    else await refresh();
  };

  const insertSkeleton = () => {
    const { chosen, variant, headings, year } = choice;
    if ("errors" in chosen) {
      onError([t.structure.invalidAspects, ...chosen.errors].join("\n"));
      return;
    }
    if (year === null) {
      onError(t.structure.titleYearInvalid);
      return;
    }
    const template = chosen.template;
    const today = new Date();
    const blocks = buildSkeleton(template, {
      variant,
      headings,
      problemsPerAspect: prefs.problemsPerAspect,
      numbering: prefs.numbering,
      year,
      date: today,
    });
    void act(async () => {
      const { leadsInBodyFont, after } = await structure.insertBlocksAtCursor(
        formattedBlocks(blocks, typesetting),
      );
      // The check reads this to know which aspects to expect; 结构 reads the year back when the pane reopens.
      await settings.save("template", savedOf(template, variant, year));
      return { message: withLeadNote(t.structure.inserted(blocks.length), leadsInBodyFont), after };
    });
  };

  const addElement = (kind: ElementKind, label: string) =>
    void act(async () => {
      const { leadsInBodyFont, after, refused } = await structure.editAtCursor((read, cursor) => {
        const plan = planElement(readOutline(read), cursor, kind);
        return "error" in plan ? plan : elementEdit(plan, read, typesetting);
      });
      const message = withLeadNote(t.structure.added(label), leadsInBodyFont);
      return { message: withRefused(message, refused), after };
    });

  const planNumbers = () => {
    setRenumberAsked(true);
    void act(async () => {
      const report = await gateway.readReport();
      const edits = planRenumber(readOutline(report.paragraphs)).filter((e) => !e.fromList);
      if (edits.length > 0) setRenumber({ edits, lines: describeEdits(edits) });
      return { message: edits.length === 0 ? t.structure.renumberNone : null, after: report };
    });
  };

  const applyNumbers = () => {
    const edits = renumber?.edits ?? [];
    setRenumber(null);
    void act(async () => {
      const { after, refused } = await structure.applyStructureEdit({ edits });
      const made = edits.filter((e) => !refused.some((r) => r.paragraph === e.paragraph)).length;
      return { message: withRefused(t.structure.renumbered(made), refused), after };
    });
  };

  const typeset = () =>
    void act(async () => {
      const result = await format.formatParagraphs({
        scope: prefs.scope,
        plan: (paragraphs) => typesetPlan(paragraphs, typesetting),
      });
      return {
        message:
          result.formatted === 0
            ? t.structure.typesetNone
            : withLeadNote(t.structure.typesetDone(result.formatted, result.kept), result.leadsInBodyFont) +
              (result.leadsNotFound.length > 0 ? t.structure.leadsNotFound(result.leadsNotFound) : ""),
        after: result.after,
      };
    });

  return {
    busy,
    outline,
    tracking,
    done,
    dismissDone: () => setDone(null),
    renumberLines: renumber?.lines ?? null,
    renumberAsked,
    refresh: () => void refresh(),
    insertSkeleton,
    addElement,
    planNumbers,
    applyNumbers,
    cancelNumbers: () => setRenumber(null),
    typeset,
    select: (paragraph) =>
      void run(() => gateway.selectParagraph(paragraph, outline?.paragraphs[paragraph]?.text ?? "")),
  };
}
