import { matchLinks } from "../../src/core/check/match";
import { problemWithoutCauseRule } from "../../src/core/check/rules/problem-without-cause";
import { decide } from "../../src/core/check/match/scoring";
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

  it("says which broad cause sets the problem aside", () => {
    const outline = outlineOf({
      ...spec,
      causes: ["除第3个问题以外，上述问题的根源都在于党性修养放松，对自己要求不严。", ...(spec.causes ?? [])],
    });
    const findings = run(problemWithoutCauseRule, outline);
    expect(findings.map((f) => f.items)).toEqual([["P3"]]);
    expect(findings[0]?.message).toContain(
      "原因（一）「除第3个问题以外，上述问题的根源……」写明把它除外（“第3个问题”）",
    );
  });

  it("says the measures name other problems when every measure names its problems", () => {
    const outline = outlineOf({
      ...spec,
      measures: ["针对问题1，每月精读原著一章。", "针对问题2，窗口排队问题当周处理，每月回访一次。"],
    });
    const findings = run(problemWithoutMeasureRule, outline);
    expect(findings.map((f) => f.items)).toEqual([["P3"]]);
    expect(findings[0]?.message).toContain("各条措施都写明了针对哪些问题，没有一条针对它。");
  });

  it("says nothing per problem when the causes part is missing entirely", () => {
    expect(run(problemWithoutCauseRule, outlineOf({ ...spec, omit: ["causes"] }))).toEqual([]);
  });
});

describe("a concrete lapse nothing names", () => {
  it("names the matter in the warning when no cause speaks of it", () => {
    const outline = outlineOf({
      problems: [
        "理论学习不够系统。读原著的计划一忙就搁下，读书笔记只写了三篇。",
        "对居民诉求回应不及时。居民反映的楼道照明问题拖了一个多月才解决。",
        "档案管理不规范。上半年一份低保申请材料在交接中遗失，只好请申请人重新准备。",
      ],
      causes: [
        "学习的自觉性不强。把读原著当成软任务，满足于完成规定篇目。",
        "宗旨意识有所淡化。对居民的急事难事感情不深，把群众的小事当成可以慢慢办的事。",
      ],
      measures: [
        "每月精读原著一章，读书笔记全年不少于十二篇。",
        "居民诉求当天登记、三日内答复。",
        "档案室专人管理，材料交接双方签字。",
      ],
    });
    const findings = run(problemWithoutCauseRule, outline);
    expect(findings.map((f) => f.items)).toEqual([["P3"]]);
    expect(findings[0]?.message).toMatch(/“档案与卷宗”这样的具体事项，现有各条原因都没有谈到/);
    expect(run(problemWithoutMeasureRule, outline)).toEqual([]);
  });

  // A cause about the same theme keeps a suspect problem uncertain, unless the problem is about a concrete matter
  // (保密, 档案 …) that no cause names at all.
  it("is missing, not uncertain, though a cause shares its theme", () => {
    const near = { score: 0.2, evidence: 0.1, forced: false, weak: true, theme: 0.9 };
    const bars = { link: 0.5, evidence: 0, warn: 0.5, strong: 1, theme: 0.4 };
    expect(decide([near], 0.8, bars, { lapse: 0, leftOut: 0 }).verdict).toBe("uncertain");
    expect(decide([near], 0.8, bars, { lapse: 1, leftOut: 0 }).verdict).toBe("missing");
    // Not suspect: the lapse alone does not make it missing.
    expect(decide([near], 0.2, bars, { lapse: 1, leftOut: 0 }).verdict).toBe("uncertain");
  });
});

describe("uncertain-link", () => {
  // 业务 is too general to carry a link and the two share only a theme besides: by the theme-alone rule the pair
  // is no link, but the training measure is named as the likely answer, with what speaks for it.
  it("names the closest measure and the theme it shares, and never links by the theme alone", () => {
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
    const links = matchLinks(outline, []);
    expect(links.filter((l) => l.problem === "P3" && l.kind === "measure")).toEqual([]);
    expect(run(problemWithoutMeasureRule, outline).map((f) => f.items)).not.toContainEqual(["P3"]);
    // Problem 1 shares only 窗口 with the training measure: no link either (at most uncertain).
    expect(links.filter((l) => l.problem === "P1" && l.target === "M2")).toEqual([]);
    const findings = run(uncertainLinkRule, outline).filter(
      (f) => f.items?.[0] === "P3" && f.items[1]?.startsWith("M"),
    );
    expect(findings.map((f) => f.items)).toEqual([["P3", "M2"]]);
    expect(findings[0]?.message).toMatch(
      /^问题3「业务不熟练。」可能由措施（二）「每季度组织一次窗口人员业务培训，……」解决（共同主题：能力本领与创新）/,
    );
  });

  it("links by no broad word such as 材料 or 数据, and never names one as evidence", () => {
    const outline = outlineOf({
      problems: [
        "统计材料报送不及时。月度数据材料常常拖到月底，调度会上被点名。",
        "读原著坚持不好。读书笔记只写了五篇。",
      ],
      causes: ["时间观念不强。", "学习劲头衰减。"],
      measures: ["每月精读原著一章，读书笔记不少于十二篇。", "整理会议材料和业务数据，统一放进共享文件夹。"],
    });
    expect(matchLinks(outline, []).filter((l) => l.problem === "P1")).toEqual([]);
    const messages = [...run(uncertainLinkRule, outline), ...run(problemWithoutMeasureRule, outline)]
      .filter((f) => f.items?.[0] === "P1")
      .map((f) => f.message)
      .join("\n");
    expect(messages).toMatch(/^问题1「统计材料报送不及时。」没有对应的整改措施。/m);
    expect(messages).not.toMatch(/共同词语：[^（）；]*(材料|数据)|“(材料|数据)”/);
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
