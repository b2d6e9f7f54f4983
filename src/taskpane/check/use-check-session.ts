/**
 * The 检查 tab's state and actions: one check of the document with what it keeps (the saved template, the
 * writer's link decisions and ignored findings, the user's rule settings), and everything the tab does
 * with the result. Panels take what they need from the returned session.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { check } from "../../core/check";
import type {
  CheckResult,
  Expectation,
  Finding,
  LastYearComparer,
  LinkDecision,
  Paragraph,
} from "../../core/types";
import { useDocumentLastYear, useReviewPage } from "../compare/use-document-last-year";
import { expectationOf, useDocumentSettings, type DocumentSettings } from "../document-settings";
import { t } from "../strings";
import { messageOf, useDocumentAction } from "../use-document-action";
import { loadPrefs } from "../user-prefs";
import type { TrackingMode } from "../../word";
import { useGateway } from "../word-context";
import { useAutoRecheck } from "./use-auto-recheck";
import { useFindingActions } from "./use-finding-actions";
import { useLinkActions } from "./use-link-actions";
import { useReportOutputs } from "./use-report-outputs";
import { ignoreKey } from "../components/check/model";

export interface CheckNotice {
  intent: "success" | "info" | "warning";
  text: string;
  undo?: () => void;
}

/** What the action hooks share: the last check and how to change what it shows. */
export interface CheckState {
  busy: boolean;
  /** Runs one document operation: the pane is busy meanwhile, a failure becomes the pane's message. */
  run: <T>(action: () => Promise<T>) => Promise<T | undefined>;
  result: CheckResult | null;
  /** The paragraphs the last check read (the check keeps them in its outline). */
  paragraphs: Paragraph[] | null;
  /** The text of paragraph `i` as the last check read it ("" when unknown). */
  textOf: (i: number) => string;
  decisions: LinkDecision[];
  ignored: string[];
  setIgnored: (keys: string[]) => void;
  /** What the saved template expects (aspects, last year, personal or team). */
  expect: Expectation | undefined;
  settings: DocumentSettings;
  /** Checks `paragraphs` again with these decisions (no document read): after a change made in the pane. */
  recheck: (paragraphs: Paragraph[], decisions: LinkDecision[]) => void;
  /** 修订's mode at the last check (null where Word cannot say). */
  tracking: TrackingMode | null;
  /** Reads the document in one batch and checks it; false when the read failed. */
  runCheck: () => Promise<boolean>;
  setNotice: (notice: CheckNotice | null) => void;
}

export function useCheckState(
  onError: (message: string) => void,
  /** Last year's report, when the writer loaded one: the check then compares with it. */
  lastYear?: LastYearComparer,
): CheckState & { notice: CheckNotice | null } {
  const { busy, run } = useDocumentAction(onError);
  const gateway = useGateway();
  const settings = useDocumentSettings();
  const [result, setResult] = useState<CheckResult | null>(null);
  const [decisions, setDecisions] = useState<LinkDecision[]>([]);
  const [ignored, setIgnored] = useState<string[]>([]);
  const [expect, setExpect] = useState<Expectation | undefined>(undefined);
  const [notice, setNotice] = useState<CheckNotice | null>(null);
  const [tracking, setTracking] = useState<TrackingMode | null>(null);
  const paragraphs = result?.outline.paragraphs ?? null;

  // Read at each check, so the callbacks below stay the same when last year's report changes.
  const comparer = useRef(lastYear);
  comparer.current = lastYear;
  const compute = useCallback(
    (ps: Paragraph[], ds: LinkDecision[], ex: Expectation | undefined) =>
      setResult(
        check(ps, {
          expect: ex,
          rules: loadPrefs().rules,
          decisions: ds,
          compare: comparer.current ? { lastYear: comparer.current } : undefined,
        }),
      ),
    [],
  );

  const droppedNoted = useRef(false);
  /**
   * Everything runs inside the action, so a refusal (a text beyond the check's budget) or a bug shows as
   * the pane's message instead of leaving the tab blank.
   */
  const runCheck = useCallback(async (): Promise<boolean> => {
    const done = await run(async () => {
      const { paragraphs: read, tracking: mode } = await gateway.readReport();
      setTracking(mode);
      // What a co-author decided since this pane opened counts too.
      await settings.refresh();
      const links = settings.readChecked("links");
      const template = settings.readChecked("template");
      const ignored = settings.readChecked("ignored");
      const ex = expectationOf(template.value);
      setDecisions(links.value);
      setIgnored(ignored.value);
      setExpect(ex);
      // A refused check must not leave the previous result on screen as if it were this one.
      setResult(null);
      compute(read, links.value, ex);
      const dropped = links.dropped + template.dropped + ignored.dropped;
      if (dropped > 0 && !droppedNoted.current) {
        droppedNoted.current = true;
        setNotice({ intent: "info", text: t.check.storedDropped(dropped) });
      }
      return true;
    });
    return done === true;
  }, [run, gateway, settings, compute]);

  /** A re-check outside a Word action (a decision, a rule switched off) still ends in the pane's message. */
  const recheck = useCallback(
    (ps: Paragraph[], ds: LinkDecision[]) => {
      setDecisions(ds);
      try {
        compute(ps, ds, expect);
      } catch (error) {
        onError(messageOf(error));
      }
    },
    [compute, expect, onError],
  );

  const textOf = useCallback((i: number) => paragraphs?.[i]?.text ?? "", [paragraphs]);
  return {
    busy,
    run,
    result,
    paragraphs,
    textOf,
    decisions,
    ignored,
    setIgnored,
    expect,
    settings,
    tracking,
    recheck,
    runCheck,
    notice,
    setNotice,
  };
}

export interface CheckSessionOptions {
  onError: (message: string) => void;
  /** Check as soon as the tab opens (the ribbon's 检查 button). */
  runOnOpen?: boolean;
}

export function useCheckSession({ onError, runOnOpen = false }: CheckSessionOptions) {
  const lastYear = useDocumentLastYear(onError);
  const comparer = lastYear.lastYear?.comparer;
  const state = useCheckState(onError, comparer);
  const { result, paragraphs, ignored, textOf, runCheck, decisions, recheck } = state;

  // Loading or dropping last year's report re-checks the text already read (no document read), and the
  // results open the groups of the new findings as after a first check (`regrouped` renews them).
  const compared = useRef(comparer);
  const [regrouped, setRegrouped] = useState(0);
  useEffect(() => {
    if (compared.current === comparer) return;
    compared.current = comparer;
    if (!paragraphs) return;
    recheck(paragraphs, decisions);
    setRegrouped((n) => n + 1);
  }, [comparer, paragraphs, decisions, recheck]);

  const started = useRef(false);
  useEffect(() => {
    if (runOnOpen && !started.current) {
      started.current = true;
      void runCheck();
    }
  }, [runOnOpen, runCheck]);

  /** The findings shown: the result's, less those ignored in this document. */
  const visible = useMemo<Finding[]>(() => {
    if (!result || !paragraphs) return [];
    const hidden = new Set(ignored);
    return result.findings.filter((f) => !hidden.has(ignoreKey(f, textOf(f.paragraph))));
  }, [result, paragraphs, ignored, textOf]);

  const links = useLinkActions(state);
  return {
    ...state,
    visible,
    hiddenCount: result ? result.findings.length - visible.length : 0,
    /** A result without any recognised part: the tab offers the 结构 tab instead of findings. */
    unstructured: result !== null && result.outline.parts.length === 0,
    findings: useFindingActions(state, links),
    links,
    outputs: useReportOutputs(state, visible),
    auto: useAutoRecheck(runCheck),
    lastYear,
    regrouped,
    review: useReviewPage(onError),
  };
}

export type CheckSession = ReturnType<typeof useCheckSession>;
