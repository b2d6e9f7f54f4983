import { matchLinks } from "../../src/core/check/match";
import { problemWithoutCauseRule } from "../../src/core/check/rules/problem-without-cause";
import { problemWithoutMeasureRule } from "../../src/core/check/rules/problem-without-measure";
import { uncertainLinkRule } from "../../src/core/check/rules/uncertain-link";
import { unlinkedItemRule } from "../../src/core/check/rules/unlinked-item";
import type { Outline, Rule } from "../../src/core/types";
import { outlineOf, type OutlineSpec } from "./helpers";

function run(rule: Rule, outline: Outline) {
  return rule.check({ outline, links: matchLinks(outline, []), options: {} });
}

const spec: OutlineSpec = {
  problems: [
    "读原著坚持不好。自学笔记全年只写了五篇，读书计划一忙就搁下。",
    "回应群众诉求不及时。窗口群众反映的排队问题拖了两个月才处理。",
    "勤俭节约意识淡化。单位聚餐讲排场，剩菜很多也不打包。",
  ],
  causes: [
    "读书学习的劲头衰减。把读原著当成额外负担，读书计划让位于日常事务。",
    "群众观点淡化。对群众诉求当成可以慢慢办的事。",
  ],
  measures: [
    "重订读书计划。每月精读原著一章，读书笔记全年不少于十二篇。",
    "建立群众诉求限时办结制度。窗口排队问题当周处理，每月回访一次。",
    "每季度组织一次窗口业务培训。",
  ],
};

describe("problem-without-measure", () => {
  it("names the problem, the closest measure and what they share", () => {
    const outline = outlineOf(spec);
    const findings = run(problemWithoutMeasureRule, outline);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.items).toEqual(["P3"]);
    expect(finding?.paragraph).toBe(outline.problems[2]?.paragraph);
    expect(finding?.message).toMatch(/^问题3「勤俭节约意识淡化。」没有对应的整改措施。/);
    expect(finding?.message).toContain("可在第三部分补充针对性的整改措施");
  });

  it("says nothing per problem when the measures part is missing entirely", () => {
    const outline = outlineOf({ ...spec, omit: ["measures"] });
    expect(run(problemWithoutMeasureRule, outline)).toEqual([]);
    expect(run(problemWithoutCauseRule, outline)).toHaveLength(1);
  });
});

describe("problem-without-cause", () => {
  it("warns on the problem no cause explains, with the cause part named", () => {
    const findings = run(problemWithoutCauseRule, outlineOf(spec));
    expect(findings.map((f) => f.items)).toEqual([["P3"]]);
    expect(findings[0]?.message).toMatch(/^问题3「勤俭节约意识淡化。」没有对应的原因剖析。.*第二部分/);
  });

  it("says nothing per problem when the causes part is missing entirely", () => {
    expect(run(problemWithoutCauseRule, outlineOf({ ...spec, omit: ["causes"] }))).toEqual([]);
  });
});

describe("uncertain-link", () => {
  it("names the closest measure and the one word it shares, instead of warning that none answers", () => {
    // The training measure answers problem 3; with problem 1 it shares only 窗口: some evidence, not a link.
    const outline = outlineOf({
      problems: [
        "窗口排队时间长。办事群众平均要等四十分钟。",
        "读原著坚持不好。读书笔记只写了五篇。",
        "业务不熟练。新政策的办理流程记不住，常要翻手册。",
      ],
      causes: ["作风不实。", "学习劲头衰减。", "钻研业务不够。"],
      measures: [
        "每月精读原著一章，读书笔记不少于十二篇，读原著心得在支部交流，读书计划贴在办公桌上。",
        "每季度组织一次窗口人员业务培训，考试不合格的重新培训。",
      ],
    });
    expect(run(problemWithoutMeasureRule, outline)).toEqual([]);
    const findings = run(uncertainLinkRule, outline).filter((f) => f.items?.[1]?.startsWith("M"));
    expect(findings.map((f) => f.items)).toEqual([["P1", "M2"]]);
    expect(findings[0]?.message).toMatch(
      /^问题1「窗口排队时间长。」可能由措施（二）「每季度组织一次窗口人员业务培训，……」解决（共同词语：窗口）/,
    );
  });
});

describe("unlinked-item", () => {
  it("points at the measure that answers no problem", () => {
    const outline = outlineOf(spec);
    const findings = run(unlinkedItemRule, outline);
    expect(findings.map((f) => f.items)).toEqual([["M3"]]);
    expect(findings[0]?.paragraph).toBe(outline.measures[2]?.paragraph);
    expect(findings[0]?.message).toMatch(/^措施（三）「每季度组织一次窗口业务培训。」没有对应任何一个问题。/);
  });
});
