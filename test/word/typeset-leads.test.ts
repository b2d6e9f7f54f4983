/**
 * 一键排版 finds each run-in lead before it writes anything: a lead Word cannot find (a tracked deletion
 * inside it: Word's search does not match across deleted text, office-js #5874) is skipped and reported,
 * and every other paragraph is typeset, instead of a batch that fails half done.
 */
import { createHost, type HostParagraph } from "../../src/preview/host";
import { typesetPlan } from "../../src/taskpane/structure/formats";
import { createFormatVerbs, OperationQueue } from "../../src/word";

const DESKTOP = { supportedSets: { WordApi: "1.3", WordApiDesktop: "1.3" } };

const REPORT: HostParagraph[] = [
  { text: "2026年度组织生活会个人对照检查材料" },
  { text: "一、存在的问题" },
  // "很" was deleted with tracking on, inside the lead sentence.
  {
    text: "（一）理论学习很不够经常。平时忙于手头事务。",
    revisions: [{ kind: "deleted", start: 7, end: 8 }],
  },
  { text: "（二）调研走访偏少。全年只到联系点去过三次。" },
];

test("a lead Word cannot find is skipped and reported; the rest is typeset, the other lead in its font", async () => {
  const host = createHost(REPORT, DESKTOP);
  const format = createFormatVerbs(host, new OperationQueue());
  const result = await format.formatParagraphs({ scope: "document", plan: (ps) => typesetPlan(ps, {}) });
  expect(result.leadsNotFound).toEqual([2]);
  expect(result.formatted).toBe(4);
  const s = host.document.snapshot();
  expect(s.map((p) => p.style)).toEqual(["对照-标题", "对照-一级", "对照-正文", "对照-正文"]);
  expect(s[3]!.runs?.[0]).toMatchObject({ font: { nameFarEast: "楷体_GB2312" } });
  expect(host.discardedOps()).toBe(0);
});
