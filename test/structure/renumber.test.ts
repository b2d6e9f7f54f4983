import { check } from "../../src/core/check";
import { readOutline } from "../../src/core/outline/read-outline";
import {
  applyPrefixEdits,
  describeEdits,
  planRenumber,
  problemNumbering,
} from "../../src/core/compose/renumber";
import type { Paragraph } from "../../src/core/types";
import { fixtureNames, readReport } from "../core/fixtures";
import { outlineOfLines } from "./helpers";

/** A short personal report with numbering slips: 1、, a skipped number, （一）、, (二), 一. */
const SLIPPED = [
  "2025年度组织生活会个人对照检查材料",
  "按照支部通知要求，对照理论学习、纪律作风2个方面查找了自身不足。现汇报如下：",
  "一、查摆存在的主要问题",
  "（一）、理论学习方面",
  "1、学用结合不紧。去年参加的6次专题学习，只有1次形成了书面体会。",
  "2.钻研业务不深。对新修订的采购办法只读了摘要。",
  "(二)纪律作风方面",
  "4.请示报告不及时。今年9月外出调研两天，事后才补报备案。",
  "5.工作标准不高。10月报送的统计表因核对不细被退回一次。",
  "二.产生问题的原因剖析",
  "（一）理论学习的自觉性有所减弱。把学习当成软任务。",
  "（三）纪律规矩意识有所淡化。对小事小节要求不严。",
  "三、下一步努力方向和整改措施",
  "（一）坚持每周自学不少于3小时，每季度写1篇心得。",
  "（二）外出、请假一律事前报备，年底前把个人事项报告重新核对一遍。",
  "陈思远",
  "2025年12月18日",
];

const edited = (lines: string[]) => {
  const outline = outlineOfLines(...lines);
  const edits = planRenumber(outline);
  return { edits, after: applyPrefixEdits(lines, edits) };
};

describe("renumber plan", () => {
  it("leaves a glued paragraph's numbers as written and counts them for the paragraphs after it", () => {
    const lines = [
      "一、存在的问题",
      "（一）理论学习方面。1.读书少。全年读完一本。2.笔记少。不足两千字。",
      "3.研讨发言准备不足。",
      "4.学用脱节。",
      "二、原因剖析",
      "（一）学习自觉性不够。",
      "三、整改措施",
      "（一）每周读书三小时。",
    ];
    expect(edited(lines).edits).toEqual([]);
    const skipped = edited(lines.map((l) => l.replace("4.学用", "5.学用")));
    expect(describeEdits(skipped.edits)).toEqual(["第4段：5. → 4."]);
  });

  it("repairs separators, brackets and sequence, changing only the number prefixes", () => {
    const { edits, after } = edited(SLIPPED);
    expect(after[3]).toBe("（一）理论学习方面");
    expect(after[4]).toBe("1.学用结合不紧。去年参加的6次专题学习，只有1次形成了书面体会。");
    expect(after[5]).toBe(SLIPPED[5]);
    expect(after[6]).toBe("（二）纪律作风方面");
    expect(after[7]).toBe("3.请示报告不及时。今年9月外出调研两天，事后才补报备案。");
    expect(after[8]).toBe("4.工作标准不高。10月报送的统计表因核对不细被退回一次。");
    expect(after[9]).toBe("二、产生问题的原因剖析");
    expect(after[11]).toBe("（二）纪律规矩意识有所淡化。对小事小节要求不严。");
    expect(edits.map((e) => e.paragraph)).toEqual([3, 4, 6, 7, 8, 9, 11]);
    // Nothing but the prefixes moved.
    for (const e of edits)
      expect(e.expectText.slice(e.offset + e.length)).toBe(
        after[e.paragraph]!.slice(e.replacement.length + e.offset),
      );
    const numberingFindings = check(after.map((text) => ({ text }))).findings.filter(
      (f) => f.rule === "numbering",
    );
    expect(numberingFindings).toEqual([]);
  });

  it("is idempotent on a well-numbered report", () => {
    const { after } = edited(SLIPPED);
    expect(planRenumber(outlineOfLines(...after))).toEqual([]);
  });

  it("describes each edit for the confirmation", () => {
    const { edits } = edited(SLIPPED);
    const lines = describeEdits(edits);
    expect(lines).toHaveLength(7);
    expect(lines).toContain("第5段：1、 → 1.");
    expect(lines).toContain("第8段：4. → 3.");
    expect(lines).toContain("第7段：(二) → （二）");
  });

  it("keeps problem numbers restarting under each aspect when the writer does so", () => {
    const lines = [
      "一、存在的主要问题",
      "（一）理论学习方面",
      "1.学习计划执行不到位。",
      "2.学习笔记流于摘抄。",
      "（二）作用发挥方面",
      "1.在窗口服务中主动性不够。",
      "3.对新同志帮带不够。",
      "（三）纪律作风方面",
      "1.考勤打卡有过两次迟到。",
      "二、原因分析",
      "（一）思想上有所松懈。",
      "三、整改措施",
      "（一）每月检查一次学习计划完成情况。",
    ];
    const outline = outlineOfLines(...lines);
    expect(problemNumbering(outline)).toBe("per-aspect");
    const edits = planRenumber(outline);
    expect(edits).toHaveLength(1);
    expect(applyPrefixEdits(lines, edits)[6]).toBe("2.对新同志帮带不够。");
  });

  it("leaves Word's automatic list numbers alone, or turns them into text when asked", () => {
    const paragraphs: Paragraph[] = [
      { text: "查摆存在的主要问题", listString: "一、" },
      { text: "学习不够深入。只读了辅导材料。", listString: "1." },
      { text: "2、联系群众不够。下沉社区只去过一次。" },
      { text: "原因剖析", listString: "二、" },
      { text: "宗旨意识有所淡化。", listString: "（一）" },
      { text: "整改措施", listString: "三、" },
      { text: "每月走访群众至少2户。", listString: "（一）" },
    ];
    const outline = readOutline(paragraphs);
    const edits = planRenumber(outline);
    expect(edits).toEqual([
      { paragraph: 2, expectText: paragraphs[2]!.text, offset: 0, length: 2, replacement: "2." },
    ]);
    const converted = planRenumber(outline, { convertListNumbers: true });
    expect(converted.filter((e) => e.fromList).map((e) => [e.paragraph, e.length, e.replacement])).toEqual([
      [0, 0, "一、"],
      [1, 0, "1."],
      [3, 0, "二、"],
      [4, 0, "（一）"],
      [5, 0, "三、"],
      [6, 0, "（一）"],
    ]);
    expect(describeEdits(converted)[0]).toBe("第1段：自动编号 → 文字编号“一、”");
  });

  it("refuses to apply an edit to a paragraph whose text has changed", () => {
    const { edits } = edited(SLIPPED);
    const changed = [...SLIPPED];
    changed[4] = "1、学用结合不紧。";
    expect(() => applyPrefixEdits(changed, edits)).toThrow(/第5段的内容已经改变/);
  });
});

describe("renumber plan on the report fixtures", () => {
  it.each(fixtureNames().map((f) => [f.name, f.file]))(
    "%s: after the plan, the numbering rule finds nothing but Word list numbers",
    (_, file) => {
      const paragraphs = readReport(file);
      const edits = planRenumber(readOutline(paragraphs));
      const texts = applyPrefixEdits(
        paragraphs.map((p) => p.text),
        edits,
      );
      const after = paragraphs.map((p, i) => ({ ...p, text: texts[i]! }));
      const left = check(after).findings.filter((f) => f.rule === "numbering");
      expect(left.filter((f) => !after[f.paragraph]!.listString)).toEqual([]);
      expect(planRenumber(readOutline(after))).toEqual([]);
    },
  );
});

describe("renumber plan without level-1 numbers", () => {
  it("restarts under part headings written without a number", () => {
    const lines = [
      "存在的问题",
      "（一）理论学习方面",
      "1.学习不够系统。",
      "（二）工作作风方面",
      "2.调研不够深入。",
      "原因分析",
      "（一）思想上有所放松。",
      "（三）要求上有所降低。",
      "整改措施",
      "（一）每月至少读1本原著。",
    ];
    const outline = outlineOfLines(...lines);
    expect(outline.parts.map((p) => p.role)).toEqual(["problems", "causes", "measures"]);
    const edits = planRenumber(outline);
    expect(describeEdits(edits)).toEqual(["第8段：（三） → （二）"]);
  });
});
