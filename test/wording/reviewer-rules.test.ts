/** The reviewer rules issue 13 adds or sharpens, each on a wrong and a right report read by the real pipeline. */
import { check } from "../../src/core/check";
import type { CheckOptions, Finding } from "../../src/core/types";

/** A short personal report: a title, an opening, the problems, the causes and the measures given. */
function report(parts: { problems?: string[]; causes?: string[]; measures?: string[]; opening?: string[] }) {
  const texts = [
    "2026年度组织生活会个人对照检查材料",
    ...(parts.opening ?? ["按照支部通知要求，我对照理论学习1个方面查找了差距，现汇报如下："]),
    "一、存在的问题",
    "（一）理论学习方面",
    ...(parts.problems ?? ["1.学习不够系统。今年6月和9月两次集中学习我都因出差缺席，没有补学。"]).map(
      (p, i) => p.replace(/^/, /^\d/.test(p) ? "" : `${i + 1}.`),
    ),
    "二、产生问题的原因剖析",
    ...(parts.causes ?? ["（一）对理论学习的重要性认识不足，思想上把它当成了软任务。"]),
    "三、下一步整改措施",
    ...(parts.measures ?? ["（一）每周三晚上学习一小时，年底前读完《中国共产党简史》并在支部交流一次。"]),
    "林晓岚",
    "2026年12月20日",
  ];
  return texts.map((text) => ({ text }));
}

const findings = (paragraphs: { text: string }[], rule: string, options: CheckOptions = {}): Finding[] =>
  check(paragraphs, options).findings.filter((f) => f.rule === rule);
const marked = (paragraphs: { text: string }[], f: Finding) =>
  paragraphs[f.paragraph]!.text.slice(f.offset ?? 0, (f.offset ?? 0) + (f.length ?? 0));

describe("objective-causes", () => {
  it("warns on the causes heading when the causes name only objective reasons", () => {
    const doc = report({
      causes: [
        "（一）工作任务重，人手少。今年承担的专项工作多，时间紧，学习时间被挤占。",
        "（二）客观条件有限。",
      ],
    });
    const [finding, ...rest] = findings(doc, "objective-causes");
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: "warning",
      paragraph: doc.findIndex((p) => p.text.startsWith("二、")),
    });
    expect(finding!.message).toContain("“工作任务重”");
    expect(finding!.message).toContain("“人手少”");
    expect(finding!.message).toContain("政绩观");
  });

  it("is silent once one cause digs into the writer's own thinking", () => {
    const doc = report({
      causes: ["（一）任务重只是表面原因，根子在思想上把理论学习当成软任务，党性锻炼放松了。"],
    });
    expect(findings(doc, "objective-causes")).toEqual([]);
    expect(findings(report({}), "objective-causes")).toEqual([]);
  });
});

describe("disguised-praise", () => {
  it.each([
    ["1.工作太投入，对家人照顾得太少。常常加班到深夜，周末也很少陪孩子。", "工作太投入，对家人照顾得太少"],
    ["1.对下属要求过严。布置任务时标准定得高，有的年轻同事压力较大。", "要求过严"],
    ["1.做事过于追求完美。一份材料反复修改五六遍。", "过于追求完美"],
  ])("marks %s", (problem, phrase) => {
    const doc = report({ problems: [problem] });
    const found = findings(doc, "disguised-praise");
    expect(found.map((f) => [f.severity, marked(doc, f)])).toEqual([["info", phrase]]);
  });

  it("leaves real shortcomings alone", () => {
    const doc = report({
      problems: [
        "1.对自己要求不严。今年两次集中学习迟到，读书笔记只写了3篇。",
        "2.调研不深入。今年到社区走访只有两次。",
      ],
    });
    expect(findings(doc, "disguised-praise")).toEqual([]);
  });
});

describe("generic-problem and vague-measure: what alone does not make an item concrete", () => {
  it.each([
    "1.学习不够系统，对“两个确立”理解不深。",
    "1.学习不够系统，多次缺席集中学习。",
    "1.学习的系统性不强，钻研不深。",
    "1.近期学习有所放松，今年读书不多。",
  ])("flags the problem %s", (problem) => {
    expect(findings(report({ problems: [problem] }), "generic-problem")).toHaveLength(1);
  });

  it("accepts a problem with a real example, count or named document", () => {
    for (const problem of [
      "1.学习不够系统。今年6月和9月两次集中学习我都因出差缺席。",
      "1.学习不够系统。比如《中国共产党简史》只读了前三章。",
    ])
      expect(findings(report({ problems: [problem] }), "generic-problem")).toEqual([]);
  });

  it("flags a measure whose only plan is a ledger, and accepts one with a frequency", () => {
    expect(
      findings(report({ measures: ["（一）加强理论学习，建立学习台账。"] }), "vague-measure"),
    ).toHaveLength(1);
    const planned = report({ measures: ["（一）加强理论学习，建立学习台账，每月精读1篇原文并在支部交流。"] });
    expect(findings(planned, "vague-measure")).toEqual([]);
  });
});

describe("third-person", () => {
  it("does not take the people the writer's own failing concerns for a third person", () => {
    const doc = report({
      problems: ["1.回应意见不及时。对有的同志提出的问题没有及时回应，拖了两个月才答复。"],
    });
    expect(findings(doc, "third-person")).toEqual([]);
  });

  it("still flags a shortcoming described in the third person", () => {
    const doc = report({ problems: ["1.学习不深入。有的党员学习时走过场，笔记照抄。"] });
    expect(findings(doc, "third-person").map((f) => marked(doc, f))).toEqual(["有的党员"]);
  });
});

describe("prior-year", () => {
  const asked: CheckOptions = { expect: { priorYear: true } };
  const opening = (line: string) => [line, "按照支部通知要求，我对照理论学习1个方面查找了差距，现汇报如下："];

  it("accepts last year's rectification named by its year", () => {
    const doc = report({
      opening: opening("2025年度组织生活会上我查摆的4个问题，已整改3个，还有1个正在推进。"),
    });
    expect(findings(doc, "prior-year", asked)).toEqual([]);
  });

  it("does not count the report's own year as last year", () => {
    const doc = report({ opening: opening("2026年度我查摆的问题已经开始整改。") });
    expect(findings(doc, "prior-year", asked)).toHaveLength(1);
    expect(findings(report({}), "prior-year", asked)).toHaveLength(1);
  });
});
