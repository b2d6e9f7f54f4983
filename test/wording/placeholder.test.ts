import { placeholderRule } from "../../src/core/check/rules/placeholder";
import { runRule } from "./helpers";

function slots(text: string): string[] {
  return runRule(placeholderRule, [text]).map((f) =>
    text.slice(f.offset ?? 0, (f.offset ?? 0) + (f.length ?? 0)),
  );
}

describe("placeholder", () => {
  it("finds unfilled template slots and points at the slot only", () => {
    expect(slots("20XX年度组织生活会")).toEqual(["20XX年"]);
    expect(slots("20××年")).toEqual(["20××年"]);
    expect(slots("请XX同志和××科室配合")).toEqual(["XX", "××"]);
    expect(slots("我在xx方面做得不够")).toEqual(["xx"]);
    expect(slots("存在**问题")).toEqual(["**"]);
    expect(slots("*年度民主生活会")).toEqual(["*"]);
    expect(slots("2025年*月*日")).toEqual(["*", "*"]);
    expect(slots("签名：____")).toEqual(["____"]);
    expect(slots("比如，【写一件具体的事】。")).toEqual(["【写一件具体的事】"]);
    expect(slots("【】")).toEqual(["【】"]);
    expect(slots("对○○街道的帮扶")).toEqual(["○○"]);
    expect(slots("X月X日前完成")).toEqual(["X", "X"]);
  });

  it("does not mistake ordinary text for a slot", () => {
    for (const text of [
      "二〇〇八年以来",
      "二○○八年",
      "XXL号服装",
      "拍X光片",
      "面积3×5米",
      "Linux系统",
      "2025年度",
    ]) {
      expect(slots(text)).toEqual([]);
    }
  });

  it("is an error that tells the writer what to fill in", () => {
    const [finding] = runRule(placeholderRule, ["20XX年"]);
    expect(finding?.severity ?? placeholderRule.severity).toBe("error");
    expect(finding?.message).toContain("年份");
    expect(finding?.fix).toBeUndefined();
  });
});
