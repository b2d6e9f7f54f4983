import { punctuationRule } from "../../src/core/check/rules/punctuation";
import { runRule } from "./helpers";

function marks(text: string): { span: string; fix?: string }[] {
  return runRule(punctuationRule, [text]).map((f) => ({
    span: text.slice(f.offset ?? 0, (f.offset ?? 0) + (f.length ?? 0)),
    fix: f.fix?.replacement,
  }));
}

describe("punctuation", () => {
  it("turns half-width marks in Chinese text into full-width ones", () => {
    expect(marks("学习不够,思考不深;原因是什么?")).toEqual([
      { span: ",", fix: "，" },
      { span: ";", fix: "；" },
      { span: "?", fix: "？" },
    ]);
    expect(marks("时间:每周三(遇节假日顺延)")).toEqual([
      { span: ":", fix: "：" },
      { span: "(", fix: "（" },
      { span: ")", fix: "）" },
    ]);
    expect(marks("学习不够自觉.")).toEqual([{ span: ".", fix: "。" }]);
  });

  it("leaves Latin and number contexts and leading numbering alone", () => {
    for (const text of [
      "每周3.5小时",
      "上午10:30开会",
      "资料见https://example.org/a,b",
      "使用PDCA(plan, do, check, act)方法",
      "(一)理论学习方面",
      "(1)每月读书",
      "1.学习不够自觉",
      "完成1,200份问卷",
      "“5+2”加班",
    ]) {
      expect(marks(text)).toEqual([]);
    }
  });

  it("finds unpaired quotes and brackets", () => {
    expect(marks("落实“三会一课制度")).toEqual([{ span: "“", fix: undefined }]);
    expect(marks("学习《党章时")).toEqual([{ span: "《", fix: undefined }]);
    expect(marks("材料会后才发）")).toEqual([{ span: "）", fix: undefined }]);
    expect(marks("落实“三会一课”制度，学习《党章》（修订版）")).toEqual([]);
  });

  it("swaps reversed quotes", () => {
    expect(marks("对”小节“不警惕")).toEqual([{ span: "”小节“", fix: "“小节”" }]);
  });

  it("removes a stray symbol and blanks between Chinese characters", () => {
    expect(marks("把业务钻研与*日常工作结合")).toEqual([{ span: "*", fix: "" }]);
    expect(marks("没有到现场 查看")).toEqual([{ span: " ", fix: "" }]);
    expect(marks("没有到现场\u3000查看")).toEqual([{ span: "\u3000", fix: "" }]);
  });

  it("accepts deliberate spacing: indents, signatures, letter-spaced titles, Latin words", () => {
    for (const text of [
      "\u3000\u3000我认真学习",
      "张  三",
      "个 人 对 照 检 查 材 料",
      "学习 Python 编程",
      "一、 存在的问题",
    ]) {
      expect(marks(text)).toEqual([]);
    }
  });

  it("belongs to the format category and says how to fix", () => {
    expect(punctuationRule.category).toBe("format");
    const [finding] = runRule(punctuationRule, ["学习不够,思考不深"]);
    expect(finding?.message).toContain("全角");
  });
});
