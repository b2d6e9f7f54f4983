/**
 * Reports of the fit split with one cause or measure deleted: the problems it alone answered are then
 * unanswered. They teach the fit what a deleted item leaves behind (the weak rival that should not take
 * its place); they come from the fit split only.
 */
import { readOutline } from "../../src/core/outline/read-outline";
import type { CorpusReport } from "./corpus";
import { mapGoldItems } from "./gold-items";

const LIST = { cause: "causes", measure: "measures" } as const;

/** The report without the `index`-th cause or measure, or null when that item shares a paragraph. */
export function withoutTarget(
  report: CorpusReport,
  kind: "cause" | "measure",
  index: number,
): CorpusReport | null {
  const { gold } = report;
  const key = gold[LIST[kind]][index]?.key;
  if (!key) return null;
  const outline = readOutline(report.paragraphs);
  const item = mapGoldItems(outline, gold).item.get(key);
  const all = [...outline.problems, ...outline.causes, ...outline.measures];
  if (
    !item ||
    item.offset > 0 ||
    all.some((other) => other !== item && other.start < item.end && other.end > item.start)
  )
    return null;
  const drop = (keys: string[]) => keys.filter((k) => k !== key);
  return {
    id: `${report.id}-${kind}${index + 1}`,
    split: report.split,
    paragraphs: report.paragraphs.filter((_, i) => i < item.start || i >= item.end),
    gold: {
      ...gold,
      [LIST[kind]]: gold[LIST[kind]].filter((t) => t.key !== key),
      problems: gold.problems.map((p) => ({ ...p, [LIST[kind]]: drop(p[LIST[kind]]) })),
    },
  };
}

/** One deletion per report and kind: the middle cause, the middle measure. */
export function deletionVariants(reports: CorpusReport[]): CorpusReport[] {
  return reports.flatMap((report) =>
    (["cause", "measure"] as const).flatMap((kind) => {
      const variant = withoutTarget(report, kind, Math.floor(report.gold[LIST[kind]].length / 2));
      return variant ? [variant] : [];
    }),
  );
}
