/**
 * The 对应关系 view's actions: confirm or remove a link (saved in the document), and insert a numbered
 * cause or measure slot for a problem that has none.
 */
import { planElement } from "../../core/compose/elements";
import { decisionFor } from "../../core/check/match";
import type { Item, LinkDecision } from "../../core/types";
import { t } from "../strings";
import { elementEdit } from "../structure/formats";
import { loadStructurePrefs } from "../structure/prefs";
import { useStructureVerbs } from "../word-context";
import { problemNumber } from "../components/check/model";
import type { CheckState } from "./use-check-session";

export type LinkKind = "cause" | "measure";

export interface LinkActions {
  /** The writer's word on a problem–cause or problem–measure pair: saved, then the check shows it. */
  decide(problem: Item, target: Item, action: LinkDecision["action"]): void;
  /** 「（四）针对问题5，【措施概括】……」 after the last cause or measure, numbered, then a fresh check. */
  addSlot(problem: Item, kind: LinkKind): void;
}

export function useLinkActions(state: CheckState): LinkActions {
  const structure = useStructureVerbs();
  const { run, result, paragraphs, settings, recheck, runCheck, setNotice } = state;

  const decide = async (problem: Item, target: Item, action: LinkDecision["action"]) => {
    if (!paragraphs) return;
    // Merged into the decisions stored now: a co-author's pane may have saved its own since this one read them.
    const saved = await run(() => settings.addDecision(decisionFor(problem, target, action)));
    if (saved) recheck(paragraphs, saved);
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
      await structure.applyStructureEdit(elementEdit(plan, paragraphs, { bold: loadStructurePrefs().bold }));
      return true;
    });
    await runCheck();
    if (ok) {
      setNotice({
        intent: "success",
        text: t.check.slotInserted(kind === "cause" ? t.check.causes : t.check.measures),
      });
    }
  };

  return {
    decide: (problem, target, action) => void decide(problem, target, action),
    addSlot: (problem, kind) => void addSlot(problem, kind),
  };
}
