import { check } from "../../src/core/check";
import { buildSkeleton, formatDate } from "../../src/core/compose/skeleton";
import type { ProblemNumbering } from "../../src/core/compose/skeleton";
import { PART_HEADINGS, templates } from "../../src/core/compose/templates";
import type { Variant } from "../../src/core/compose/templates";
import { DATE, outlineOfBlocks, paragraphsOf } from "./helpers";

const STRUCTURAL = new Set(["missing-part", "numbering", "aspect-count"]);
const cases: [string, Variant, ProblemNumbering][] = [];
for (const t of templates)
  for (const variant of t.variants)
    for (const numbering of ["continuous", "per-aspect"] as const) cases.push([t.id, variant, numbering]);

describe("skeleton of every preset", () => {
  it("covers every preset in both variants", () => {
    expect(templates.length).toBeGreaterThanOrEqual(8);
    for (const t of templates) expect(t.variants).toEqual(expect.arrayContaining(["personal", "team"]));
  });

  it.each(cases)("%s %s %s reads back with its parts, aspects and numbers", (id, variant, numbering) => {
    const template = templates.find((t) => t.id === id)!;
    const blocks = buildSkeleton(template, { variant, numbering, date: DATE });
    const result = check(paragraphsOf(blocks), { expect: { kind: variant, aspects: template.aspects } });
    const { outline } = result;

    expect(result.findings.filter((f) => STRUCTURAL.has(f.rule))).toEqual([]);
    expect(outline.title?.text).toBe(blocks[0]!.text);
    expect(outline.parts.map((p) => p.role)).toEqual(
      template.caseStudy ? ["problems", "other", "causes", "measures"] : ["problems", "causes", "measures"],
    );
    // The outline names an aspect without its trailing 情况 and a leading cue word (对照入党誓词 → 入党誓词).
    const named = template.aspects.map((a) => a.replace(/情况$/, "").replace(/^对照/, ""));
    expect(outline.aspects.map((a) => a.name)).toEqual(named);
    expect(outline.announcedAspects?.count).toBe(template.aspects.length);
    expect(outline.problems).toHaveLength(template.aspects.length * 2);
    expect(outline.causes).toHaveLength(3);
    expect(outline.measures).toHaveLength(3);
    expect(outline.date?.text).toBe("2026年11月28日");
    // Every problem sits under its aspect: two per aspect, in order.
    expect(outline.problems.map((p) => p.aspect)).toEqual(template.aspects.flatMap((_, i) => [i, i]));
    const numbers = outline.problems.map((p) => p.number);
    if (numbering === "continuous")
      expect(numbers).toEqual(template.aspects.flatMap((_, i) => [String(2 * i + 1), String(2 * i + 2)]));
    else expect(numbers).toEqual(template.aspects.flatMap(() => ["1", "2"]));
    if (variant === "team") expect(blocks[0]!.text).toMatch(/班子对照检查材料$/);
    else expect(blocks[0]!.text).toMatch(/个人对照检查材料$/);
  });
});

describe("skeleton details", () => {
  const t2025 = templates.find((t) => t.id === "2025-democratic-life")!;
  const t2022 = templates.find((t) => t.id === "2022-organization-life")!;

  it("names the title after the year, meeting and writer", () => {
    expect(buildSkeleton(t2025, { variant: "team", date: DATE })[0]!.text).toBe(
      "2025年度民主生活会领导班子对照检查材料",
    );
    expect(buildSkeleton(t2022, { variant: "personal", date: DATE })[0]!.text).toBe(
      "2022年度组织生活会个人对照检查材料",
    );
    expect(buildSkeleton(t2022, { variant: "personal", year: 2026, date: DATE })[0]!.text).toBe(
      "2026年度组织生活会个人对照检查材料",
    );
  });

  it("announces as many aspects as the template lists, each by name", () => {
    const opening = buildSkeleton(t2022, { variant: "personal", date: DATE })[1]!.text;
    expect(opening).toContain("【会议通知名称】");
    expect(opening).toContain("对照政治信仰、党员意识、理论学习、能力本领、作用发挥、纪律作风6个方面");
    const fewer = { ...t2022, aspects: ["理论学习", "纪律作风", "作用发挥"] };
    expect(buildSkeleton(fewer, { variant: "personal", date: DATE })[1]!.text).toContain(
      "纪律作风、作用发挥3个方面",
    );
  });

  it("writes the date without zero padding and signs with the given name or a slot", () => {
    const blocks = buildSkeleton(t2022, { variant: "personal", date: new Date(2025, 2, 5), name: "林晓岚" });
    expect(blocks.at(-1)).toEqual({ text: "2025年3月5日", role: "date" });
    expect(blocks.at(-2)).toEqual({ text: "林晓岚", role: "signature" });
    expect(formatDate(new Date(2024, 11, 31))).toBe("2024年12月31日");
    expect(outlineOfBlocks(blocks).signature?.text).toBe("林晓岚");
    const team = buildSkeleton(t2025, { variant: "team", date: DATE });
    expect(team.at(-2)!.text).toBe("【单位名称】领导班子");
    expect(outlineOfBlocks(team).signature?.paragraph).toBe(team.length - 2);
    expect(buildSkeleton(t2022, { variant: "personal", date: DATE }).at(-2)!.text).toBe("【姓名】");
  });

  it("uses the chosen heading wordings and slot counts", () => {
    const blocks = buildSkeleton(t2022, {
      variant: "personal",
      date: DATE,
      headings: {
        problems: PART_HEADINGS.problems[2],
        causes: PART_HEADINGS.causes[1],
        measures: "整改措施",
      },
      problemsPerAspect: 3,
      causes: 4,
      measures: 5,
    });
    const outline = outlineOfBlocks(blocks);
    expect(outline.parts.map((p) => p.heading)).toEqual(["一、对照检查情况", "二、原因分析", "三、整改措施"]);
    expect(outline.problems).toHaveLength(18);
    expect(outline.causes.map((c) => c.number)).toEqual(["一", "二", "三", "四"]);
    expect(outline.measures).toHaveLength(5);
  });

  it("keeps slot counts in range", () => {
    const outline = outlineOfBlocks(
      buildSkeleton(t2022, { variant: "personal", date: DATE, problemsPerAspect: 40, causes: 0 }),
    );
    expect(outline.problems).toHaveLength(6 * 9);
    expect(outline.causes).toHaveLength(1);
  });

  it("places the case study after the problems by default, or last when asked", () => {
    const headings = (placement?: "after-problems" | "after-measures") =>
      buildSkeleton(t2025, { variant: "team", date: DATE, caseStudyPlacement: placement })
        .filter((b) => b.role === "level1")
        .map((b) => b.text);
    expect(headings()).toEqual([
      "一、查摆存在的主要问题",
      "二、反面典型案例剖析",
      "三、产生问题的原因剖析",
      "四、下一步努力方向和整改措施",
    ]);
    expect(headings("after-measures")[3]).toBe("四、反面典型案例剖析");
    const last = buildSkeleton(t2025, { variant: "team", date: DATE, caseStudyPlacement: "after-measures" });
    const result = check(paragraphsOf(last));
    expect(result.findings.filter((f) => STRUCTURAL.has(f.rule))).toEqual([]);
    expect(
      buildSkeleton(t2025, { variant: "team", date: DATE, caseStudy: false }).some((b) =>
        /案例/.test(b.text),
      ),
    ).toBe(false);
  });

  it("adds the prior-year slot when the template asks, which satisfies the prior-year rule", () => {
    const blocks = buildSkeleton(t2022, { variant: "personal", date: DATE });
    expect(blocks.some((b) => b.text.startsWith("上年度问题整改落实情况"))).toBe(true);
    const result = check(paragraphsOf(blocks), { expect: { priorYear: true } });
    expect(result.findings.filter((f) => f.rule === "prior-year")).toEqual([]);
    const without = buildSkeleton(t2022, { variant: "personal", date: DATE, priorYear: false });
    expect(
      check(paragraphsOf(without), { expect: { priorYear: true } }).findings.map((f) => f.rule),
    ).toContain("prior-year");
  });

  it("leaves slots the placeholder rule flags until they are filled", () => {
    const result = check(paragraphsOf(buildSkeleton(t2022, { variant: "personal", date: DATE })));
    expect(result.findings.filter((f) => f.rule === "placeholder").length).toBeGreaterThan(10);
  });

  it("marks the run-in lead of numbered slots", () => {
    const blocks = buildSkeleton(t2022, { variant: "personal", date: DATE });
    const problem = blocks.find((b) => b.role === "level3")!;
    expect(problem.text.slice(0, problem.lead)).toBe("1.【用一句话概括问题】。");
    expect(blocks.find((b) => b.role === "title")!.lead).toBeUndefined();
  });
});
