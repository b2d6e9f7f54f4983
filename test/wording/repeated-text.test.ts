import { repeatedTextRule } from "../../src/core/check/rules/repeated-text";
import { simulateNoSegmenter } from "../../src/core/check/detectors/word-boundaries";
import { runRule } from "./helpers";

function doubled(text: string): { span: string; fix?: string }[] {
  return runRule(repeatedTextRule, [text]).map((f) => ({
    span: text.slice(f.offset ?? 0, (f.offset ?? 0) + (f.length ?? 0)),
    fix: f.fix?.replacement,
  }));
}

describe("repeated-text", () => {
  afterEach(() => simulateNoSegmenter(false));

  it("finds accidentally doubled words and phrases, with the single form as fix", () => {
    expect(doubled("领会二十届四中全会全会精神")).toEqual([{ span: "全会全会", fix: "全会" }]);
    expect(doubled("存在用公款用公款吃请的情况")).toEqual([{ span: "用公款用公款", fix: "用公款" }]);
    expect(doubled("对家人的的提醒不够")).toEqual([{ span: "的的", fix: "的" }]);
    expect(doubled("我将进一步进一步加强学习")).toEqual([{ span: "进一步进一步", fix: "进一步" }]);
  });

  it("leaves deliberate reduplication alone", () => {
    const legit = [
      "到企业多走一走、多看一看",
      "工作的方方面面都要时时刻刻想着群众",
      "手头的事情一团一团的",
      "敢于红红脸、出出汗",
      "一个一个地落实到位",
      "常常反思，渐渐进步，人人有责，事事上心，处处带头，天天学习，年年如此",
      "找大家谈谈心，想一想问题出在哪里",
      "做到干干净净做事、清清白白做人，踏踏实实、认认真真、扎扎实实、明明白白",
      "的的确确存在差距",
      "不能不了了之",
      "召开基层党组织组织生活会",
      "这件事要再研究研究",
      "实打实地推进",
    ];
    for (const text of legit) expect(doubled(text)).toEqual([]);
  });

  it("still flags a doubled verb that is not a deliberate reduplication", () => {
    expect(doubled("加强理论学习学习")).toEqual([{ span: "学习学习", fix: "学习" }]);
  });

  it("does not fire inside one word or across overlapping words", () => {
    expect(doubled("于是是否参加")).toEqual([]);
    expect(doubled("为了了解情况")).toEqual([]);
  });

  it("without a word segmenter, flags only doubled phrases, not single characters", () => {
    simulateNoSegmenter(true);
    expect(doubled("学习全会全会精神")).toEqual([{ span: "全会全会", fix: "全会" }]);
    expect(doubled("于是是否参加，家人的的提醒")).toEqual([]);
  });

  it("points at the doubled characters and says which ones to delete", () => {
    const [finding] = runRule(repeatedTextRule, ["", "贯彻全会全会精神"]);
    expect(finding).toMatchObject({ paragraph: 1, offset: 2, length: 4 });
    expect(finding?.message).toContain("删去多余的“全会”");
  });
});
