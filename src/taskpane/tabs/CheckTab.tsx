import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  CounterBadge,
  Link as FluentLink,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { NoticeBar } from "../components/NoticeBar";
import { CommentAddRegular } from "@fluentui/react-icons";
import { check } from "../../core/check";
import { decisionFor } from "../../core/check/match";
import { findRule } from "../../core/check/rules";
import { buildRectification, rectificationGrid } from "../../core/check/rectification-list";
import type { CheckResult, Expectation, Finding, Item, LinkDecision, Paragraph } from "../../core/types";
import {
  insertComments,
  insertTableAtEnd,
  loadSetting,
  openTableDocument,
  readParagraphs,
  replaceSpan,
  requirements,
  saveSetting,
  selectParagraph,
  watchParagraphChanges,
} from "../../word";
import { loadPrefs, updatePrefs } from "../user-prefs";
import { t } from "../strings";
import { useDocumentAction } from "../use-document-action";
import { OutlineSummary } from "../components/OutlineSummary";
import { CheckSummary } from "../components/check/CheckSummary";
import { CorrespondenceView, type LinkKind } from "../components/check/CorrespondenceView";
import { FindingGroups, moveBetweenCards, openByDefault } from "../components/check/FindingGroups";
import { RectificationPanel } from "../components/check/RectificationPanel";
import { ignoreKey, problemNumber, upsertDecision } from "../components/check/model";
import { planElement } from "../../core/compose/elements";
import { formattedBlocks } from "../structure/formats";
import { loadStructurePrefs } from "../structure/prefs";
import { structureVerbs } from "../structure/verbs";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  sticky: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  toolbar: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
});

const AUTO_DELAY_MS = 2000;

interface Notice {
  intent: "success" | "info" | "warning";
  text: string;
  undo?: () => void;
}

/** The per-document template the structure tab saves: { aspects, priorYear, kind }; anything else is ignored. */
function expectationOf(saved: unknown): Expectation | undefined {
  if (!saved || typeof saved !== "object") return undefined;
  const s = saved as Record<string, unknown>;
  const out: Expectation = {};
  if (Array.isArray(s.aspects) && s.aspects.every((a) => typeof a === "string")) out.aspects = s.aspects;
  if (typeof s.priorYear === "boolean") out.priorYear = s.priorYear;
  if (s.kind === "personal" || s.kind === "team") out.kind = s.kind;
  return Object.keys(out).length > 0 ? out : undefined;
}

function setting<T>(key: string): T | undefined {
  try {
    return loadSetting<T>(key);
  } catch {
    // No document settings (outside Word): the check still runs, without saved decisions.
    return undefined;
  }
}

function savedDecisions(): LinkDecision[] {
  const v = setting<unknown>("links");
  return Array.isArray(v) ? (v as LinkDecision[]) : [];
}

function savedIgnored(): string[] {
  const v = setting<unknown>("ignored");
  return Array.isArray(v) ? v.filter((k): k is string => typeof k === "string") : [];
}

function supports(which: "wordApi14" | "wordApi16"): boolean {
  try {
    return requirements()[which];
  } catch {
    return false;
  }
}

/** Problems up to which the correspondence view starts open. */
const LINKS_OPEN_UP_TO = 20;

export interface CheckTabProps {
  onError: (message: string) => void;
  onOpenStructure: () => void;
  runOnOpen?: boolean;
}

export function CheckTab({ onError, onOpenStructure, runOnOpen = false }: CheckTabProps) {
  const styles = useStyles();
  const { busy, run } = useDocumentAction(onError);
  const [result, setResult] = useState<CheckResult | null>(null);
  // The paragraphs the last check read: the check keeps them in its outline.
  const paragraphs = result?.outline.paragraphs ?? null;
  const [decisions, setDecisions] = useState<LinkDecision[]>([]);
  const [ignored, setIgnored] = useState<string[]>([]);
  const [expect, setExpect] = useState<Expectation | undefined>(undefined);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [autoRecheck, setAutoRecheck] = useState(() => loadPrefs().autoRecheck === true);
  const canWatch = useMemo(() => supports("wordApi16"), []);
  const canComment = useMemo(() => supports("wordApi14"), []);
  const listRoot = useRef<HTMLDivElement>(null);

  const compute = useCallback(
    (ps: Paragraph[], ds: LinkDecision[], ex: Expectation | undefined) =>
      setResult(check(ps, { expect: ex, rules: loadPrefs().rules, decisions: ds })),
    [],
  );

  /** Reads the document in one batch and checks it with the saved template, decisions and rule settings. */
  const runCheck = useCallback(async (): Promise<boolean> => {
    const read = await run(readParagraphs);
    if (!read) return false;
    const ds = savedDecisions();
    const ex = expectationOf(setting("template"));
    setDecisions(ds);
    setIgnored(savedIgnored());
    setExpect(ex);
    compute(read, ds, ex);
    return true;
  }, [run, compute]);

  const started = useRef(false);
  useEffect(() => {
    if (runOnOpen && !started.current) {
      started.current = true;
      void runCheck();
    }
  }, [runOnOpen, runCheck]);

  // Optional re-check after edits: paragraph events (WordApi 1.6), debounced, never per keystroke.
  const latestCheck = useRef(runCheck);
  latestCheck.current = runCheck;
  useEffect(() => {
    if (!autoRecheck || !canWatch) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | undefined;
    let cancelled = false;
    void watchParagraphChanges(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void latestCheck.current(), AUTO_DELAY_MS);
    }).then(
      (s) => (cancelled ? void s() : (stop = s)),
      () => setAutoRecheck(false),
    );
    return () => {
      cancelled = true;
      clearTimeout(timer);
      void stop?.();
    };
  }, [autoRecheck, canWatch]);

  const textOf = useCallback((i: number) => paragraphs?.[i]?.text ?? "", [paragraphs]);

  const visible = useMemo(() => {
    if (!result || !paragraphs) return [];
    const hidden = new Set(ignored);
    return result.findings.filter((f) => !hidden.has(ignoreKey(f, textOf(f.paragraph))));
  }, [result, paragraphs, ignored, textOf]);

  const decide = async (problem: Item, target: Item, action: LinkDecision["action"]) => {
    if (!paragraphs) return;
    const next = upsertDecision(decisions, decisionFor(problem, target, action));
    const saved = await run(async () => {
      await saveSetting("links", next);
      return true;
    });
    if (!saved) return;
    setDecisions(next);
    compute(paragraphs, next, expect);
  };

  const addSlot = async (problem: Item, kind: LinkKind) => {
    if (!result || !paragraphs) return;
    const role = kind === "cause" ? "causes" : "measures";
    const part = result.outline.parts.find((p) => p.role === role);
    const items = kind === "cause" ? result.outline.causes : result.outline.measures;
    if (!part) {
      setNotice({ intent: "warning", text: t.check.noPart(t.roles[role] ?? role) });
      return;
    }
    // Planned as 新增原因 / 新增措施 with the cursor on the part's last item: the next number, after it.
    const slot =
      kind === "cause"
        ? t.check.slotCause(problemNumber(problem))
        : t.check.slotMeasure(problemNumber(problem));
    const plan = planElement(
      result.outline,
      items[items.length - 1]?.paragraph ?? part.paragraph,
      kind,
      slot,
    );
    if ("error" in plan) {
      setNotice({ intent: "warning", text: plan.error });
      return;
    }
    const ok = await run(async () => {
      await structureVerbs.applyStructureEdit({
        edits: plan.edits,
        insert: {
          after: plan.insertAfter,
          expectText: paragraphs[plan.insertAfter]?.text ?? "",
          blocks: formattedBlocks(plan.blocks, { bold: loadStructurePrefs().bold }),
        },
      });
      return true;
    });
    if (ok) {
      await runCheck();
      setNotice({
        intent: "success",
        text: t.check.slotInserted(kind === "cause" ? t.check.causes : t.check.measures),
      });
    } else {
      await runCheck();
    }
  };

  const actions = {
    locate: (f: Finding) => {
      const span =
        f.offset !== undefined && f.length !== undefined ? { offset: f.offset, length: f.length } : undefined;
      void run(() => selectParagraph(f.paragraph, textOf(f.paragraph), span));
    },
    fix: async (f: Finding) => {
      if (!f.fix || f.offset === undefined || f.length === undefined) return;
      const replacement = f.fix.replacement;
      const ok = await run(async () => {
        await replaceSpan(f.paragraph, textOf(f.paragraph), f.offset!, f.length!, replacement);
        return true;
      });
      // Either way the pane re-reads: after a fix to show what is left, after a refusal to catch up with the edit.
      const reread = await runCheck();
      if (reread) setNotice({ intent: ok ? "success" : "info", text: ok ? t.check.fixed : t.check.reread });
    },
    ignore: async (f: Finding) => {
      const next = [...ignored, ignoreKey(f, textOf(f.paragraph))];
      const saved = await run(async () => {
        await saveSetting("ignored", next);
        return true;
      });
      if (saved) setIgnored(next);
    },
    ignoreRule: (f: Finding) => {
      const setRule = (enabled: boolean) =>
        updatePrefs((p) => ({ ...p, rules: { ...p.rules, [f.rule]: { ...p.rules[f.rule], enabled } } }));
      setRule(false);
      if (paragraphs) compute(paragraphs, decisions, expect);
      setNotice({
        intent: "info",
        text: t.check.ignoreRuleDone(findRule(f.rule)?.name ?? f.rule),
        undo: () => {
          setRule(true);
          if (paragraphs) compute(paragraphs, decisions, expect);
          setNotice(null);
        },
      });
    },
  };

  const restoreIgnored = async () => {
    const saved = await run(async () => {
      await saveSetting("ignored", []);
      return true;
    });
    if (saved) setIgnored([]);
  };

  const commentAll = async () => {
    const done = await run(() =>
      insertComments(
        visible.map((f) => ({
          paragraph: f.paragraph,
          expectText: textOf(f.paragraph),
          offset: f.offset,
          length: f.length,
          text: `【${findRule(f.rule)?.name ?? f.rule}】${f.message}`,
        })),
      ),
    );
    if (done !== undefined)
      setNotice({
        intent: done.skipped > 0 ? "warning" : "success",
        text: t.check.commented(done.added, done.skipped, done.already),
      });
  };

  const makeList = async (where: "end" | "new") => {
    if (!result) return;
    const rows = buildRectification(result);
    const grid = rectificationGrid(rows);
    const ok = await run(async () => {
      if (where === "end") await insertTableAtEnd(t.check.listTitle, grid);
      else await openTableDocument(t.check.listTitle, grid);
      return true;
    });
    if (!ok) return;
    if (where === "end") await runCheck();
    setNotice({
      intent: "success",
      text: where === "end" ? t.check.listInserted(rows.length) : t.check.listOpened,
    });
  };

  const toggleAuto = (on: boolean) => {
    setAutoRecheck(on);
    updatePrefs((p) => ({ ...p, autoRecheck: on }));
  };

  const unstructured = result !== null && result.outline.parts.length === 0;
  const outline = result?.outline;
  const missingLinks = outline
    ? outline.problems.filter(
        (p) =>
          !result.links.some((l) => l.problem === p.id && l.kind === "cause") ||
          !result.links.some((l) => l.problem === p.id && l.kind === "measure"),
      ).length
    : 0;
  const hiddenCount = result ? result.findings.length - visible.length : 0;
  // The correspondence view opens by itself when a link is missing, unless the report is long: then the
  // findings show at once and the view waits for a click on its header.
  const openLinks = missingLinks > 0 && (outline?.problems.length ?? 0) <= LINKS_OPEN_UP_TO;

  return (
    <section className={styles.column} aria-label={t.tabs.check}>
      <div className={styles.sticky}>
        {!result && <Text size={200}>{t.checkIntro}</Text>}
        <div className={styles.toolbar}>
          <Button appearance="primary" onClick={() => void runCheck()} disabled={busy}>
            {busy ? t.checking : result ? t.check.rerun : t.runCheck}
          </Button>
          {result && !unstructured && canComment && visible.length > 0 && (
            <Button icon={<CommentAddRegular />} onClick={() => void commentAll()} disabled={busy}>
              {t.check.commentAll}
            </Button>
          )}
        </div>
        {canWatch ? (
          <Switch
            checked={autoRecheck}
            onChange={(_, d) => toggleAuto(d.checked)}
            label={t.check.autoRecheck}
          />
        ) : null}
        {result && !unstructured && <CheckSummary findings={visible} />}
      </div>

      {notice && (
        <NoticeBar
          intent={notice.intent}
          data-testid="check-notice"
          onDismiss={() => setNotice(null)}
          actions={notice.undo ? <Button onClick={notice.undo}>{t.check.undo}</Button> : null}
        >
          {notice.text}
        </NoticeBar>
      )}

      {unstructured && (
        <div className={styles.column} data-testid="unstructured">
          <Text>{t.emptyDocument}</Text>
          <div>
            <Button onClick={onOpenStructure}>{t.openStructure}</Button>
          </div>
        </div>
      )}

      {result && outline && !unstructured && (
        <>
          <OutlineSummary outline={outline} />
          {expect?.aspects && (
            <Text size={200} className={styles.muted}>
              {t.check.templateUsed(expect.aspects.length)}
            </Text>
          )}
          {visible.length === 0 && <Text>{t.noFindings}</Text>}
          {hiddenCount > 0 && (
            <Text size={200} className={styles.muted}>
              {t.check.ignoredCount(hiddenCount)} ·{" "}
              <FluentLink as="button" onClick={() => void restoreIgnored()} disabled={busy}>
                {t.check.showIgnored}
              </FluentLink>
            </Text>
          )}
          <div
            ref={listRoot}
            onKeyDown={(e) => moveBetweenCards(e, listRoot.current)}
            className={styles.column}
          >
            {visible.length > 0 && (
              <Text size={200} className={styles.muted}>
                {t.check.keyboardHint}
              </Text>
            )}
            <Accordion
              multiple
              collapsible
              defaultOpenItems={[...(openLinks ? ["links"] : []), ...openByDefault(visible)]}
            >
              <FindingGroups
                findings={visible}
                paragraphText={textOf}
                busy={busy}
                actions={{
                  locate: actions.locate,
                  fix: (f) => void actions.fix(f),
                  ignore: (f) => void actions.ignore(f),
                  ignoreRule: actions.ignoreRule,
                }}
              />
              {/* The findings come first; the full correspondence view follows for a closer look. */}
              {outline.problems.length > 0 && (
                <AccordionItem value="links">
                  <AccordionHeader size="small">
                    <span className={styles.header}>
                      {t.check.correspondence}
                      {missingLinks > 0 && (
                        <CounterBadge size="small" appearance="filled" color="danger" count={missingLinks} />
                      )}
                    </span>
                  </AccordionHeader>
                  <AccordionPanel className={styles.panel} collapseMotion={null}>
                    <CorrespondenceView
                      outline={outline}
                      links={result.links}
                      busy={busy}
                      onDecide={(p, target, action) => void decide(p, target, action)}
                      onAddSlot={(p, kind) => void addSlot(p, kind)}
                    />
                  </AccordionPanel>
                </AccordionItem>
              )}
              <AccordionItem value="list">
                <AccordionHeader size="small">{t.check.list}</AccordionHeader>
                <AccordionPanel className={styles.panel} collapseMotion={null}>
                  <RectificationPanel
                    problems={outline.problems.length}
                    busy={busy}
                    onInsertAtEnd={() => void makeList("end")}
                    onNewDocument={() => void makeList("new")}
                  />
                </AccordionPanel>
              </AccordionItem>
            </Accordion>
          </div>
        </>
      )}
    </section>
  );
}
