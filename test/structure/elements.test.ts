import { check } from "../../src/core/check";
import { planElement } from "../../src/core/compose/elements";
import type { ElementKind, ElementPlan } from "../../src/core/compose/elements";
import { readOutline } from "../../src/core/outline/read-outline";
import { applyPrefixEdits, planRenumber } from "../../src/core/compose/renumber";
import { aspectCountRule } from "../../src/core/check/rules/aspect-count";
import { numberingRule } from "../../src/core/check/rules/numbering";
import { buildSkeleton } from "../../src/core/compose/skeleton";
import { findTemplate } from "../../src/core/compose/templates";
import type { Paragraph } from "../../src/core/types";
import { fixtureNames, readReport } from "../core/fixtures";
import { DATE, outlineOfLines } from "./helpers";

/** Problems 1–5 run on across three aspects. */
const REPORT = [
  "2025年度组织生活会个人对照检查材料",
  "按照支部通知要求，对照政治信仰、理论学习、作用发挥3个方面查找了自身不足。具体汇报如下：",
  "一、查摆存在的主要问题",
  "（一）政治信仰方面",
  "1.辨别错误言论不够敏锐。上月在工作群里看到一条歪曲历史的短视频，没有及时指出。",
  "2.政治理论联系实际不够。讲党课时照搬材料多，结合本科室实际少。",
  "（二）理论学习方面",
  "3.学习不够系统。今年自学以碎片化阅读为主，读原著只有两本。",
  "",
  "4.学用结合不紧。学了调查研究的要求，全年只到基层调研了3次。",
  "（三）作用发挥方面",
  "5.带头作用不明显。年底攻坚时加班主要靠年轻同志顶上。",
  "二、产生问题的原因剖析",
  "（一）理想信念有所松懈。把政治学习当成软任务。",
  "（二）宗旨意识有所淡化。习惯在办公室里想问题。",
  "三、下一步努力方向和整改措施",
  "（一）每周读原著不少于3小时，每季度交流1次体会。",
  "（二）每月下基层不少于2次，年底前形成1篇调研报告。",
  "以上是我的对照检查，恳请同志们批评指正。",
  "周明远",
  "2025年12月20日",
];

function apply(lines: string[], plan: ElementPlan): string[] {
  if ("error" in plan) throw new Error(plan.error);
  const edited = applyPrefixEdits(lines, plan.edits);
  return [
    ...edited.slice(0, plan.insertAfter + 1),
    ...plan.blocks.map((b) => b.text),
    ...edited.slice(plan.insertAfter + 1),
  ];
}

const plan = (lines: string[], cursor: number, kind: ElementKind) =>
  planElement(outlineOfLines(...lines), cursor, kind);
const numberingFindings = (lines: string[]) =>
  check(lines.map((text) => ({ text }))).findings.filter(
    (f) => f.rule === "numbering" || f.rule === "aspect-count",
  );

describe("新增问题", () => {
  it("in the 2nd aspect takes the next number and shifts later problems when numbers run on", () => {
    const p = plan(REPORT, 7, "problem");
    if ("error" in p) throw new Error(p.error);
    expect(p.insertAfter).toBe(7);
    expect(p.blocks).toHaveLength(1);
    expect(p.blocks[0]!.text).toMatch(/^4\.【/);
    expect(p.blocks[0]!.role).toBe("level3");
    expect(p.edits.map((e) => [e.paragraph, e.replacement])).toEqual([
      [9, "5."],
      [11, "6."],
    ]);
    const after = apply(REPORT, p);
    expect(after[8]).toMatch(/^4\.【/);
    expect(after[10]).toMatch(/^5\.学用结合不紧/);
    expect(after[12]).toMatch(/^6\.带头作用/);
    expect(numberingFindings(after)).toEqual([]);
    expect(readOutline(after.map((text) => ({ text }))).problems.map((x) => x.aspect)).toEqual([
      0, 0, 1, 1, 1, 2,
    ]);
  });

  it("with the cursor on the aspect heading goes to the end of that aspect", () => {
    const p = plan(REPORT, 6, "problem");
    if ("error" in p) throw new Error(p.error);
    expect(p.insertAfter).toBe(9);
    expect(p.blocks[0]!.text).toMatch(/^5\./);
    expect(p.edits.map((e) => [e.paragraph, e.replacement])).toEqual([[11, "6."]]);
  });

  it("does not touch other aspects when numbers restart under each aspect", () => {
    const perAspect = [...REPORT];
    perAspect[7] = perAspect[7]!.replace(/^3\./, "1.");
    perAspect[9] = perAspect[9]!.replace(/^4\./, "2.");
    perAspect[11] = perAspect[11]!.replace(/^5\./, "1.");
    const p = plan(perAspect, 7, "problem");
    if ("error" in p) throw new Error(p.error);
    expect(p.blocks[0]!.text).toMatch(/^2\./);
    expect(p.edits.map((e) => [e.paragraph, e.replacement])).toEqual([[9, "3."]]);
    const after = apply(perAspect, p);
    expect(after[12]).toBe(perAspect[11]);
    expect(numberingFindings(after)).toEqual([]);
  });

  it("explains why it cannot add from the title or without a problems part", () => {
    const inTitle = plan(REPORT, 0, "problem");
    expect("error" in inTitle && inTitle.error).toMatch(/光标在标题上/);
    const bare = plan(["学习不够深入。", "工作作风不实。"], 1, "problem");
    expect("error" in bare && bare.error).toMatch(/插入完整框架/);
    const inCauses = plan(REPORT, 13, "problem");
    expect("error" in inCauses && inCauses.error).toMatch(/光标不在查摆问题部分/);
  });

  it("refuses Word's automatic numbers and says how to add one", () => {
    const outline = readOutline([
      { text: "查摆问题", listString: "一、" },
      { text: "学习不够深入。", listString: "1." },
      { text: "原因剖析", listString: "二、" },
      { text: "放松了学习。", listString: "（一）" },
    ]);
    const p = planElement(outline, 1, "problem");
    expect("error" in p && p.error).toMatch(/自动编号/);
  });
});

describe("新增方面", () => {
  it("adds （三） after the current aspect and shifts later aspects, problems and the opening count", () => {
    const p = plan(REPORT, 9, "aspect");
    if ("error" in p) throw new Error(p.error);
    expect(p.insertAfter).toBe(9);
    expect(p.blocks.map((b) => b.role)).toEqual(["level2", "level3"]);
    expect(p.blocks[0]!.text).toBe("（三）【方面名称】方面");
    expect(p.blocks[1]!.text).toMatch(/^5\./);
    const after = apply(REPORT, p);
    expect(after[1]).toContain("4个方面");
    expect(after[12]).toBe("（四）作用发挥方面");
    expect(after[13]).toMatch(/^6\.带头作用/);
    expect(numberingFindings(after)).toEqual([]);
    expect(readOutline(after.map((text) => ({ text }))).aspects).toHaveLength(4);
  });

  it("explains that a problems part without aspect headings cannot take one", () => {
    const flat = [
      "一、存在的问题",
      "1.学习不够深入。",
      "2.作风不够扎实。",
      "二、原因分析",
      "（一）放松要求。",
    ];
    const p = plan(flat, 1, "aspect");
    expect("error" in p && p.error).toMatch(/没有分方面的小标题/);
  });
});

describe("新增原因 and 新增措施", () => {
  it("adds a cause after the cursor's cause and shifts the next", () => {
    const p = plan(REPORT, 13, "cause");
    if ("error" in p) throw new Error(p.error);
    expect(p.insertAfter).toBe(13);
    expect(p.blocks[0]!.text).toMatch(/^（二）【/);
    expect(p.blocks[0]!.role).toBe("level2");
    expect(p.edits.map((e) => [e.paragraph, e.replacement])).toEqual([[14, "（三）"]]);
    expect(numberingFindings(apply(REPORT, p))).toEqual([]);
  });

  it("adds a measure at the end of the measures part, before the closing line", () => {
    const p = plan(REPORT, 4, "measure");
    if ("error" in p) throw new Error(p.error);
    expect(p.insertAfter).toBe(17);
    expect(p.blocks[0]!.text).toMatch(/^（三）【/);
    expect(p.edits).toEqual([]);
    const after = apply(REPORT, p);
    expect(after[19]).toMatch(/^以上是我的对照检查/);
  });

  it("works on an inserted skeleton: the new measure lands before the pledge slot", () => {
    const blocks = buildSkeleton(findTemplate("2022-organization-life")!, {
      variant: "personal",
      date: DATE,
    });
    const lines = blocks.map((b) => b.text);
    const p = plan(lines, 2, "measure");
    if ("error" in p) throw new Error(p.error);
    expect(lines[p.insertAfter]).toMatch(/^（三）/);
    expect(p.blocks[0]!.text).toMatch(/^（四）/);
  });

  it("names the missing part", () => {
    const noCauses = REPORT.filter((_, i) => i < 12 || i > 14);
    const p = plan(noCauses, 5, "cause");
    expect("error" in p && p.error).toMatch(/没有找到“原因剖析”部分/);
  });
});

describe("elements on the report fixtures", () => {
  const numberingRules = [numberingRule, aspectCountRule];
  const slips = (paragraphs: Paragraph[]) => {
    const outline = readOutline(paragraphs);
    return numberingRules
      .flatMap((r) => r.check({ outline, links: [], options: {} }))
      .filter((f) => !paragraphs[f.paragraph]!.listString)
      .map((f) => f.message);
  };

  it.each(fixtureNames().map((f) => [f.name, f.file]))(
    "%s: any element at any cursor either explains why not or keeps the numbering right",
    (_, file) => {
      const raw = readReport(file);
      const renumbered = applyPrefixEdits(
        raw.map((p) => p.text),
        planRenumber(readOutline(raw)),
      );
      const paragraphs = raw.map((p, i) => ({ ...p, text: renumbered[i]! }));
      const outline = readOutline(paragraphs);
      const before = slips(paragraphs).length;
      let planned = 0;
      for (const kind of ["problem", "aspect", "cause", "measure"] as const)
        for (let cursor = 0; cursor < paragraphs.length; cursor++) {
          const p = planElement(outline, cursor, kind);
          if ("error" in p) {
            expect(p.error).toMatch(/[\u4e00-\u9fa5]/);
            continue;
          }
          planned++;
          const texts = applyPrefixEdits(
            paragraphs.map((x) => x.text),
            p.edits,
          );
          const after: Paragraph[] = paragraphs.map((x, i) => ({ ...x, text: texts[i]! }));
          after.splice(p.insertAfter + 1, 0, ...p.blocks.map((b) => ({ text: b.text })));
          // aspect-count may already be off in a fixture; an element never makes it worse.
          expect(slips(after).length).toBeLessThanOrEqual(before);
        }
      // Word-list reports are refused throughout (Word numbers its own lists); the others take elements.
      if (!paragraphs.some((x) => x.listString)) expect(planned).toBeGreaterThan(0);
      else expect(planned).toBe(0);
    },
  );
});
