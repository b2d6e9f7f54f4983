import { aspectCoverageRule } from "../../src/core/check/rules/aspect-coverage";
import { genericProblemRule } from "../../src/core/check/rules/generic-problem";
import { praiseThenCriticismRule } from "../../src/core/check/rules/praise-then-criticism";
import { priorYearRule } from "../../src/core/check/rules/prior-year";
import { thirdPersonRule } from "../../src/core/check/rules/third-person";
import { vagueMeasureRule } from "../../src/core/check/rules/vague-measure";
import type { CheckOptions, Outline, Rule } from "../../src/core/types";
import { bareOutline, item } from "./helpers";

/** A small report: title, opening, problems under two aspects, one cause, measures. */
function report(opts: {
  title?: string;
  opening?: string;
  aspects?: [string, string[]][];
  measures?: string[];
}): Outline {
  const texts: string[] = [
    opts.title ?? "2025年度组织生活会个人对照检查材料",
    opts.opening ?? "按照支部要求，现将对照检查情况报告如下。",
  ];
  const outline = bareOutline([]);
  const problemsStart = texts.length;
  texts.push("一、存在的问题");
  const aspectRanges: [number, number, string][] = [];
  const problemAt: [number, number][] = [];
  (opts.aspects ?? []).forEach(([name, problems], a) => {
    const start = texts.length;
    texts.push(`（${"一二三四五六"[a]}）${name}方面`);
    for (const p of problems) {
      problemAt.push([texts.length, a]);
      texts.push(`${problemAt.length}.${p}`);
    }
    aspectRanges.push([start, texts.length, name]);
  });
  const measuresStart = texts.length;
  texts.push("二、整改措施");
  const measureAt: number[] = [];
  for (const m of opts.measures ?? []) {
    measureAt.push(texts.length);
    texts.push(`（${"一二三四五六"[measureAt.length - 1]}）${m}`);
  }
  const paragraphs = texts.map((text) => ({ text }));
  outline.paragraphs = paragraphs;
  outline.numbering = paragraphs.map(() => null);
  outline.title = { paragraph: 0, text: texts[0] ?? "" };
  outline.opening = { start: 1, end: 2 };
  outline.parts = [
    {
      role: "problems",
      paragraph: problemsStart,
      start: problemsStart,
      end: measuresStart,
      heading: "一、存在的问题",
      number: null,
    },
    {
      role: "measures",
      paragraph: measuresStart,
      start: measuresStart,
      end: texts.length,
      heading: "二、整改措施",
      number: null,
    },
  ];
  outline.aspects = aspectRanges.map(([start, end, name]) => ({
    paragraph: start,
    start,
    end,
    heading: texts[start] ?? "",
    number: null,
    name,
  }));
  outline.problems = problemAt.map(([p, a], i) => item("problem", `P${i + 1}`, paragraphs, p, a));
  outline.measures = measureAt.map((p, i) => item("measure", `M${i + 1}`, paragraphs, p));
  return outline;
}

const run = (rule: Rule, outline: Outline, options: CheckOptions = {}) =>
  rule.check({ outline, links: [], options });
const spanOf = (outline: Outline, f: { paragraph: number; offset?: number; length?: number }) =>
  outline.paragraphs[f.paragraph]?.text.slice(f.offset ?? 0, (f.offset ?? 0) + (f.length ?? 0));

describe("vague-measure", () => {
  it("flags a measure with no frequency, deadline, number or named task", () => {
    const outline = report({
      measures: [
        "加强理论学习，提高思想认识。",
        "每月精读一篇原文，写出学习体会。",
        "年底前完成《入党誓词》专题学习。",
        "至少走访10户群众。",
      ],
    });
    const found = run(vagueMeasureRule, outline);
    expect(found.map((f) => f.items)).toEqual([["M1"]]);
    expect(spanOf(outline, found[0]!)).toBe("加强理论学习，提高思想认识。");
    expect(found[0]?.message).toMatch(/每月|年底前/);
  });
});

describe("generic-problem", () => {
  it("flags a problem with no example, number or concrete thing", () => {
    const outline = report({
      aspects: [
        [
          "理论学习",
          [
            "学习不够深入，理解不透。",
            "学习不够系统。比如全年只读了两本书。",
            "调研不够。今年到社区只去过一回。",
            "身份意识不强。在防汛值守中只把自己当作技术人员，没有主动承担夜间巡逻。",
            "工作不够主动。在工作中标准不高，满足于过得去。",
          ],
        ],
      ],
    });
    const found = run(genericProblemRule, outline);
    // A scene (在防汛值守中) makes a problem concrete; 在工作中 is no scene at all.
    expect(found.map((f) => f.items)).toEqual([["P1"], ["P5"]]);
    expect(spanOf(outline, found[0]!)).toBe("学习不够深入，理解不透。");
  });
});

describe("third-person", () => {
  const outline = () =>
    report({
      aspects: [
        ["党员意识", ["身份意识淡化。有的同志参加活动不够积极，个别党员敷衍应付。"]],
        ["作用发挥", ["对标先进不够。疫情期间有的同志主动放弃休假坚守岗位，我却没有向他们看齐。"]],
      ],
    });

  it("flags third-person phrases that describe shortcomings in a personal report", () => {
    const o = outline();
    const found = run(thirdPersonRule, o);
    expect(found.map((f) => spanOf(o, f))).toEqual(["有的同志", "个别党员"]);
    expect(found[0]?.message).toContain("第一人称");
  });

  it("does not flag colleagues named as good examples", () => {
    const o = outline();
    expect(run(thirdPersonRule, o).some((f) => f.paragraph === o.problems[1]?.paragraph)).toBe(false);
  });

  it("is silent for team reports, from the template or from the title", () => {
    expect(run(thirdPersonRule, outline(), { expect: { kind: "team" } })).toEqual([]);
    const team = outline();
    team.paragraphs[0] = { text: "局领导班子2025年度民主生活会对照检查材料" };
    expect(run(thirdPersonRule, team)).toEqual([]);
  });
});

describe("praise-then-criticism", () => {
  it("flags praise that softens a problem", () => {
    const outline = report({
      aspects: [
        [
          "工作作风",
          [
            "作风不实。虽然完成了年度任务，但是质量不高。",
            "服务不优。今年取得了一定成绩，但群众仍有意见。",
            "纪律松懈。上班迟到过三次。",
          ],
        ],
      ],
    });
    const found = run(praiseThenCriticismRule, outline);
    expect(found.map((f) => spanOf(outline, f))).toEqual(["虽然完成了年度任务", "取得了一定成绩"]);
  });
});

describe("aspect-coverage", () => {
  const opening = "按照通知要求，我对照政治信仰、党员意识、理论学习和纪律作风4个方面查找了问题。";

  it("reads the expected aspects from the opening and matches paraphrased headings", () => {
    const outline = report({
      opening,
      aspects: [
        ["在政治信仰", ["信仰不够坚定。"]],
        ["党员身份意识", ["身份意识淡化。"]],
        ["理论学习", []],
      ],
    });
    const found = run(aspectCoverageRule, outline);
    expect(found).toHaveLength(2);
    expect(found[0]?.message).toContain("理论学习");
    expect(found[0]?.message).toContain("没有列出具体问题");
    expect(found[1]?.message).toContain("纪律作风");
    expect(found.every((f) => f.paragraph === outline.parts[0]?.paragraph)).toBe(true);
  });

  it("prefers the template's aspects and stays silent when all are covered", () => {
    const outline = report({
      opening,
      aspects: [
        ["政治纪律", ["守纪不严。"]],
        ["廉洁纪律", ["节俭不够。"]],
      ],
    });
    expect(run(aspectCoverageRule, outline, { expect: { aspects: ["政治纪律", "廉洁纪律"] } })).toEqual([]);
    const missing = run(aspectCoverageRule, outline, { expect: { aspects: ["政治纪律", "组织纪律"] } });
    expect(missing.map((f) => f.message.includes("组织纪律"))).toEqual([true]);
  });

  it("keeps 坚持和加强… whole when splitting the opening's list", () => {
    const outline = report({
      opening: "对照理论学习、坚持和加强党的全面领导3个方面查摆问题。",
      aspects: [
        ["理论学习", ["学习不深。"]],
        ["坚持和加强党的全面领导", ["领导不力。"]],
      ],
    });
    expect(run(aspectCoverageRule, outline)).toEqual([]);
  });
});

describe("prior-year", () => {
  it("asks for last year's rectification only when the template requires it", () => {
    const outline = report({ aspects: [["理论学习", ["学习不深。"]]] });
    expect(run(priorYearRule, outline)).toEqual([]);
    const found = run(priorYearRule, outline, { expect: { priorYear: true } });
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain("上年度");
  });

  it("is satisfied by a paragraph on last year's rectification before the problems", () => {
    const outline = report({
      opening: "去年查摆的4个问题已全部整改到位。",
      aspects: [["理论学习", ["学习不深。"]]],
    });
    expect(run(priorYearRule, outline, { expect: { priorYear: true } })).toEqual([]);
  });
});
