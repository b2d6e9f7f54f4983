import { check } from "../../src/core/check";
import { numberingRule } from "../../src/core/check/rules/numbering";
import { rulesIn } from "../../src/core/check/rules";

/** The rules about the report's shape: its parts, title, signature, proportions and numbers. */
const structureRules = [...rulesIn("structure"), numberingRule];
import type { Paragraph } from "../../src/core/types";
import { lines } from "./fixtures";

const run = (paragraphs: Paragraph[], rule: string) =>
  check(paragraphs, {}, structureRules).findings.filter((f) => f.rule === rule);

const good = () =>
  lines(
    "2025年度组织生活会个人对照检查材料",
    "按照通知要求，对照理论学习、工作作风2个方面查摆问题，现汇报如下：",
    "一、查摆存在的问题",
    "（一）理论学习方面",
    "1.学习不够系统。全年读书笔记只有6篇。",
    "2.学用结合不紧。方案论证没有征求居民意见。",
    "（二）工作作风方面",
    "3.调研不够深入。全年下基层只有4次。",
    "二、产生问题的原因剖析",
    "（一）学习的自觉性不够。",
    "三、下一步整改措施",
    "（一）每周读原著不少于4小时。",
    "刘晨",
    "2026年1月8日",
  );

describe("missing-part", () => {
  it("is silent when all three parts are there", () => {
    expect(run(good(), "missing-part")).toEqual([]);
  });

  it("reports one finding per missing part, where the part belongs", () => {
    const doc = good().filter((p) => !/^二、|学习的自觉性/.test(p.text));
    const found = run(doc, "missing-part");
    expect(found).toHaveLength(1);
    expect(found[0]!.paragraph).toBe(doc.findIndex((p) => p.text.startsWith("三、")));
    expect(found[0]!.message).toContain("原因剖析");
  });

  it("names each missing part once, not once per problem", () => {
    const found = run(lines("一、存在的问题", "1.a。", "2.b。", "3.c。"), "missing-part");
    expect(found.map((f) => f.message.slice(0, 8))).toEqual(["缺少“原因剖析”", "缺少“整改措施”"]);
    expect(found.every((f) => f.severity === "error")).toBe(true);
  });
});

describe("numbering", () => {
  it("is silent on continuous numbers", () => {
    expect(run(good(), "numbering")).toEqual([]);
  });

  it("flags a skipped level-3 number at its paragraph", () => {
    const doc = good();
    doc[7] = { text: "4.调研不够深入。" };
    const found = run(doc, "numbering");
    expect(found).toMatchObject([{ paragraph: 7, severity: "error", offset: 0, length: 2 }]);
    expect(found[0]!.message).toContain("3.");
  });

  it("accepts problem numbers that restart per aspect, and flags a break of that scheme", () => {
    const doc = good();
    doc[7] = { text: "1.调研不够深入。" };
    expect(run(doc, "numbering")).toEqual([]);
    doc[5] = { text: "3.学用结合不紧。" };
    expect(run(doc, "numbering").map((f) => f.paragraph)).toEqual([5]);
  });

  it("flags a repeated aspect number and a repeated part number", () => {
    const doc = good();
    doc[6] = { text: "（一）工作作风方面" };
    doc[10] = { text: "二、下一步整改措施" };
    const found = run(doc, "numbering");
    expect(found.map((f) => [f.paragraph, f.message.includes("重复")])).toEqual([
      [6, true],
      [10, true],
    ]);
  });

  it("warns about a wrong separator with its span and the right one as a fix", () => {
    const doc = good();
    doc[4] = { text: "1、学习不够系统。" };
    doc[6] = { text: "（二）、工作作风方面" };
    const found = run(doc, "numbering");
    expect(found).toEqual([
      expect.objectContaining({
        paragraph: 4,
        severity: "warning",
        offset: 1,
        length: 1,
        fix: { replacement: "." },
      }),
      expect.objectContaining({
        paragraph: 6,
        severity: "warning",
        offset: 3,
        length: 1,
        fix: { replacement: "" },
      }),
    ]);
  });

  it("checks Word's list numbers for sequence", () => {
    const doc: Paragraph[] = [
      { text: "存在的问题", listString: "一、" },
      { text: "学习不够。", listString: "1." },
      { text: "作风不实。", listString: "3." },
    ];
    expect(run(doc, "numbering").map((f) => f.paragraph)).toEqual([2]);
  });
});

describe("aspect-count", () => {
  it("is silent when the count matches", () => {
    expect(run(good(), "aspect-count")).toEqual([]);
  });

  it("sits on the announced number when the count differs, with a fix", () => {
    const doc = good();
    doc[1] = { text: "按照通知要求，对照理论学习、工作作风等3个方面查摆问题，现汇报如下：" };
    const [finding] = run(doc, "aspect-count");
    expect(finding).toMatchObject({ paragraph: 1, offset: doc[1]!.text.indexOf("3个方面"), length: 4 });
    expect(finding!.fix).toEqual({ replacement: "2个方面" });
  });
});

describe("missing-title and missing-signature", () => {
  it("are silent on a complete report", () => {
    expect(run(good(), "missing-title")).toEqual([]);
    expect(run(good(), "missing-signature")).toEqual([]);
  });

  it("report a missing title at the first line", () => {
    expect(run(good().slice(1), "missing-title")).toMatchObject([{ paragraph: 0, severity: "warning" }]);
  });

  it("say which of signature and date is missing", () => {
    const noDate = good().slice(0, -1);
    expect(run(noDate, "missing-signature")[0]!.message).toMatch(/^缺少日期/);
    const noName = good().filter((p) => p.text !== "刘晨");
    expect(run(noName, "missing-signature")[0]!.message).toMatch(/^缺少署名：/);
    const neither = good().slice(0, -2);
    expect(run(neither, "missing-signature")).toMatchObject([{ paragraph: neither.length - 1 }]);
    expect(run(neither, "missing-signature")[0]!.message).toMatch(/^缺少署名和日期/);
  });
});

describe("proportion", () => {
  it("notes a short personal report but not a short team report", () => {
    // A member's organization-life report: the member's floor, and where it comes from.
    expect(run(good(), "proportion").map((f) => f.message)).toEqual([
      expect.stringMatching(/组织生活会的党员个人对照检查材料一般在2000字以上（依据：/),
    ]);
    const team = check(good(), { expect: { kind: "team" } }, structureRules).findings;
    expect(team.filter((f) => f.rule === "proportion")).toEqual([]);
  });

  it("asks a leader's democratic-life report for more, by the template or by the title", () => {
    const byTemplate = check(good(), { expect: { meeting: "民主生活会" } }, structureRules).findings;
    expect(byTemplate.filter((f) => f.rule === "proportion").map((f) => f.message)).toEqual([
      expect.stringContaining("民主生活会的领导干部个人对照检查材料一般在3000字以上"),
    ]);
    const doc = good();
    doc[0] = { text: "2025年度民主生活会个人对照检查材料" };
    expect(run(doc, "proportion")[0]!.message).toContain("3000字");
    // A member's report between the two floors passes; a leader's does not.
    doc[4] = { text: "1.学习不够系统。" + "全年读书笔记只有6篇，多是摘抄。".repeat(140) };
    expect(run(doc, "proportion")).toHaveLength(1);
    doc[0] = { text: "2025年度组织生活会个人对照检查材料" };
    expect(run(doc, "proportion")).toEqual([]);
  });

  it("notes when problems and causes are under half the text", () => {
    const doc = good();
    doc[11] = { text: "（一）" + "每周读原著不少于4小时并撰写笔记。".repeat(20) };
    const found = run(doc, "proportion");
    expect(found.some((f) => f.paragraph === 2 && f.message.includes("一半"))).toBe(true);
  });

  it("is silent on a long report whose bulk is problems and causes", () => {
    const doc = good();
    doc[4] = { text: "1.学习不够系统。" + "全年读书笔记只有6篇，多是摘抄。".repeat(200) };
    expect(run(doc, "proportion")).toEqual([]);
  });
});
