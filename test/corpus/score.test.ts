import { check } from "../../src/core/check";
import type { CheckResult, Finding, Link } from "../../src/core/types";
import type { CorpusReport, GoldFile } from "./corpus";
import { mapGoldItems } from "./gold-items";
import { interval } from "./report";
import { scoreCheck } from "./score";

const text = [
  "2025年度组织生活会个人对照检查材料",
  "一、存在的问题",
  "（一）学习方面。一是读书不够多，全年只读了两本书。二是笔记记得少，学了就忘。",
  "（二）服务方面。对窗口群众反映的问题回应慢。",
  "二、问题产生的原因",
  "（一）学习自觉性不强。总觉得工作忙。",
  "三、整改措施",
  "（一）每月读书两本，写一篇笔记。",
  "（二）每周到窗口值班一天。",
  "王小明",
  "2026年1月8日",
];

const gold: GoldFile = {
  id: "sample",
  meta: { year: "2025年度", meeting: "组织生活会", kind: "personal", unit: "某局", writer: "t" },
  problems: [
    { key: "读书不够多", causes: ["学习自觉性不强"], measures: ["每月读书两本"] },
    { key: "笔记记得少", causes: ["学习自觉性不强"], measures: ["每月读书两本"] },
    { key: "回应慢", causes: [], measures: ["每周到窗口值班"] },
  ],
  causes: [{ key: "学习自觉性不强" }],
  measures: [{ key: "每月读书两本" }, { key: "每周到窗口值班" }],
};

const report: CorpusReport = { id: "sample", split: "fit", paragraphs: text.map((t) => ({ text: t })), gold };
const outline = check(report.paragraphs).outline;

describe("gold keys → outline items", () => {
  it("maps each key to the item whose span holds it, two 一是 items of one paragraph apart", () => {
    const mapped = mapGoldItems(outline, gold);
    const ids = Object.fromEntries([...mapped.item].map(([key, item]) => [key, item?.id ?? null]));
    expect(ids).toEqual({
      读书不够多: "P1",
      笔记记得少: "P2",
      回应慢: "P3",
      学习自觉性不强: "C1",
      每月读书两本: "M1",
      每周到窗口值班: "M2",
    });
    expect(mapped).toMatchObject({ found: 6, total: 6, spurious: [] });
  });
});

describe("scoreCheck", () => {
  const link = (problem: string, target: string): Link => ({
    problem,
    target,
    kind: target.startsWith("C") ? "cause" : "measure",
    score: 1,
    evidence: [],
    source: "matched",
  });
  const warning = (rule: string, problem: string): Finding => ({
    rule,
    severity: "warning",
    paragraph: 0,
    message: "",
    items: [problem],
  });
  const result = (links: Link[], findings: Finding[]): CheckResult => ({ outline, links, findings });

  it("counts links as pairs of gold items and verdicts as missing warnings against empty gold lists", () => {
    const score = scoreCheck(
      report,
      result(
        [link("P1", "C1"), link("P3", "C1"), link("P1", "M1"), link("P3", "M2")],
        [warning("problem-without-cause", "P2"), warning("problem-without-measure", "P2")],
      ),
    );
    expect(score.links).toEqual({ cause: { tp: 1, fp: 1, fn: 1 }, measure: { tp: 2, fp: 0, fn: 1 } });
    // P2 has a cause in gold (a false warning); P3 has none and is not warned (a missed warning).
    expect(score.verdicts.cause).toEqual({ tp: 0, fp: 1, fn: 1, tn: 1, uncertain: 0 });
    expect(score.verdicts.measure).toEqual({ tp: 0, fp: 1, fn: 0, tn: 2, uncertain: 0 });
  });

  it("counts a warned problem gold leaves unanswered as a found missing one, and notes the uncertain", () => {
    const score = scoreCheck(
      report,
      result(
        [],
        [warning("problem-without-cause", "P3"), { ...warning("uncertain-link", "P1"), severity: "info" }],
      ),
    );
    expect(score.verdicts.cause).toMatchObject({ tp: 1, fp: 0, fn: 0, tn: 2, uncertain: 1 });
  });
});

describe("the interval printed beside a split's verdicts", () => {
  it("is the Wilson interval: wide for a few problems, narrow for many, never past 0 or 1", () => {
    const [low, high] = interval(0, 10);
    expect(low).toBe(0);
    expect(high).toBeCloseTo(0.2775, 4);
    expect(interval(10, 10)[1]).toBe(1);
    // The test split's size: 851 right of 904 cannot tell 94 % from 95 %.
    const [a, b] = interval(851, 904);
    expect(a).toBeCloseTo(0.9241, 3);
    expect(b).toBeCloseTo(0.9549, 3);
    const [c, d] = interval(8510, 9040);
    expect(d - c).toBeLessThan((b - a) / 3);
  });
});
