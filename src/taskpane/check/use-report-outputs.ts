/** What the check writes into Word: the findings as comments (WordApi 1.4) and the 整改清单 as a table. */
import { useMemo } from "react";
import { buildRectification, rectificationGrid } from "../../core/check/rectification-list";
import { findRule } from "../../core/check/rules";
import type { Finding } from "../../core/types";
import { createCheckVerbs } from "../../word/check-tools";
import { t } from "../strings";
import { useGateway, useWordVerbs } from "../word-context";
import { supported } from "./use-auto-recheck";
import type { CheckState } from "./use-check-session";

/** The 检查 tab's own verbs (tables, comments, change events), over the pane's Word. */
export const useCheckVerbs = () => useWordVerbs(createCheckVerbs);

export interface ReportOutputs {
  /** Whether this Word takes comments (WordApi 1.4); 以批注标出 shows only then. */
  canComment: boolean;
  /** 以批注标出: one comment per visible finding. */
  commentAll(): void;
  /** 整改清单 at the end of this document ("end") or in a new one ("new"). */
  makeList(where: "end" | "new"): void;
}

export function useReportOutputs(state: CheckState, visible: Finding[]): ReportOutputs {
  const verbs = useCheckVerbs();
  const gateway = useGateway();
  const canComment = useMemo(() => supported(() => gateway.requirements().wordApi14), [gateway]);
  const { run, result, textOf, runCheck, setNotice } = state;

  const commentAll = async () => {
    const done = await run(() =>
      verbs.insertComments(
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
      if (where === "end") await verbs.insertTableAtEnd(t.check.listTitle, grid);
      else await verbs.openTableDocument(t.check.listTitle, grid);
      return true;
    });
    if (!ok) return;
    if (where === "end") await runCheck();
    setNotice({
      intent: "success",
      text: where === "end" ? t.check.listInserted(rows.length) : t.check.listOpened,
    });
  };

  return { canComment, commentAll: () => void commentAll(), makeList: (where) => void makeList(where) };
}
