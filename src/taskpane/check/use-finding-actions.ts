/**
 * What the writer can do with a finding: 定位, 修正, 分段 (a glued paragraph), 确认对应 (an uncertain link, saved in
 * the document), 忽略 (this one, in the document), 忽略此类 (the rule, per user).
 */
import { findRule } from "../../core/check/rules";
import type { Finding } from "../../core/types";
import { t } from "../strings";
import { updatePrefs } from "../user-prefs";
import { useGateway } from "../word-context";
import type { FindingActions } from "../components/check/FindingGroups";
import { ignoreKey } from "../components/check/model";
import type { CheckState } from "./use-check-session";
import type { LinkActions } from "./use-link-actions";
import { useCheckVerbs } from "./use-report-outputs";

/** Every card button works in the 检查 tab (the 审阅台 gives only 定位); and the ignored findings come back. */
export interface CheckFindingActions extends Required<FindingActions> {
  /** Shows the findings ignored in this document again. */
  restoreIgnored(): void;
}

const spanOf = (f: Finding) =>
  f.offset !== undefined && f.length !== undefined ? { offset: f.offset, length: f.length } : undefined;

export function useFindingActions(state: CheckState, links: LinkActions): CheckFindingActions {
  const gateway = useGateway();
  const verbs = useCheckVerbs();
  const { run, textOf, settings, setIgnored, paragraphs, decisions, recheck, runCheck, setNotice } = state;

  /** Ignores `key` (merged into what is stored now: a co-author may have ignored others), or none with null. */
  const saveIgnored = async (key: string | null) => {
    const saved = await run(async () => {
      if (key !== null) return settings.addIgnored(key);
      await settings.save("ignored", []);
      return [];
    });
    if (saved) setIgnored(saved);
  };

  /** Changes the document, then re-reads it: after the edit to show what is left, after a refusal to catch up. */
  const editThenReread = async (edit: () => Promise<void>, done: string) => {
    const ok = await run(async () => {
      await edit();
      return true;
    });
    const reread = await runCheck();
    if (reread) setNotice({ intent: ok ? "success" : "info", text: ok ? done : t.check.reread });
  };

  const fix = async (f: Finding) => {
    const span = spanOf(f);
    if (!f.fix || !span) return;
    const replacement = f.fix.replacement;
    await editThenReread(
      () => gateway.replaceSpan(f.paragraph, textOf(f.paragraph), span.offset, span.length, replacement),
      t.check.fixed,
    );
  };

  const split = async (f: Finding) => {
    const offsets = f.split;
    if (!offsets?.length) return;
    await editThenReread(
      () => verbs.splitParagraph(f.paragraph, textOf(f.paragraph), offsets),
      t.check.splitDone,
    );
  };

  const ignoreRule = (f: Finding) => {
    const setRule = (enabled: boolean) =>
      updatePrefs((p) => ({ ...p, rules: { ...p.rules, [f.rule]: { ...p.rules[f.rule], enabled } } }));
    const again = () => paragraphs && recheck(paragraphs, decisions);
    setRule(false);
    again();
    setNotice({
      intent: "info",
      text: t.check.ignoreRuleDone(findRule(f.rule)?.name ?? f.rule),
      undo: () => {
        setRule(true);
        again();
        setNotice(null);
      },
    });
  };

  return {
    locate: (f) => void run(() => gateway.selectParagraph(f.paragraph, textOf(f.paragraph), spanOf(f))),
    fix: (f) => void fix(f),
    split: (f) => void split(f),
    confirmLink: (f) => {
      // An uncertain link's finding names the problem, then the closest cause or measure.
      const [problemId, targetId] = f.items ?? [];
      const outline = state.result?.outline;
      const problem = outline?.problems.find((p) => p.id === problemId);
      const target = outline && [...outline.causes, ...outline.measures].find((i) => i.id === targetId);
      if (problem && target) links.decide(problem, target, "confirm");
    },
    ignore: (f) => void saveIgnored(ignoreKey(f, textOf(f.paragraph))),
    ignoreRule,
    restoreIgnored: () => void saveIgnored(null),
  };
}
