import { termRule } from "../../src/core/check/rules/term";
import { runRule } from "./helpers";

// The guiding thought's full name, assembled from parts like the rule's data table.
const THOUGHT = "习近平新时代" + "中国特色社会主义思想";

function hits(text: string) {
  return runRule(termRule, [text]).map((f) => ({
    wrong: text.slice(f.offset ?? 0, (f.offset ?? 0) + (f.length ?? 0)),
    right: f.fix?.replacement,
  }));
}

describe("term", () => {
  it("names plenary sessions after the Central Committee, for any numerals", () => {
    expect(hits("认真学习党的十九大六中全会精神")).toEqual([
      { wrong: "十九大六中全会", right: "十九届六中全会" },
    ]);
    expect(hits("深入领会二十大三中全会作出的部署")).toEqual([
      { wrong: "二十大三中全会", right: "二十届三中全会" },
    ]);
    expect(hits("对照十八大四中全会关于法治的要求")).toEqual([
      { wrong: "十八大四中全会", right: "十八届四中全会" },
    ]);
  });

  it("leaves correct congress and plenum names alone", () => {
    for (const ok of [
      "党的十九大以来",
      "学习二十大报告",
      "党的十九届六中全会",
      "二十届三中全会精神",
      "十九大、六中全会",
    ]) {
      expect(hits(ok)).toEqual([]);
    }
  });

  it("restores truncated or garbled names of the guiding thought", () => {
    const garbled = [
      "习近平新时代特色社会主义思想",
      "习近平中国特色社会主义思想",
      "习近平新时代中国特色" + "社会思想",
    ];
    for (const wrong of garbled) {
      expect(hits(`深入学习${wrong}，`)).toEqual([{ wrong, right: THOUGHT }]);
    }
  });

  it("accepts the full name and other named thoughts", () => {
    expect(hits(`深入学习${THOUGHT}，读原著`)).toEqual([]);
    expect(hits(`${THOUGHT}学习纲要`)).toEqual([]);
    expect(hits("学习习近平经济思想和习近平法治思想")).toEqual([]);
  });

  it("warns of a wrong count where quotes or the usual verb show the fixed formulation, without a fix", () => {
    // The writer may count a set of their own: the message suggests the fixed one, nothing is replaced.
    expect(hits("增强“三个意识”")).toEqual([{ wrong: "三个意识", right: undefined }]);
    expect(hits("坚定五个自信")).toEqual([{ wrong: "五个自信", right: undefined }]);
    expect(hits("统筹推进“四位一体”总体布局")).toEqual([{ wrong: "四位一体", right: undefined }]);
    expect(hits("做到“三个维护”")).toEqual([{ wrong: "三个维护", right: undefined }]);
    const [finding] = runRule(termRule, ["增强“三个意识”，自觉维护党中央权威"]);
    expect(finding).toMatchObject({ severity: "warning", offset: 3, length: 4 });
    expect(finding?.fix).toBeUndefined();
    expect(finding?.message).toContain("可能是“四个意识”之误");
  });

  it("stays silent when the count is followed by its own items, or is not next to the fixed one", () => {
    expect(hits("树牢“三个意识”：服务意识、责任意识、创新意识")).toEqual([]);
    expect(hits("增强“两个意识”，即规矩意识和底线意识")).toEqual([]);
    expect(hits("强化“三个意识”，包括服务意识、效率意识和创新意识")).toEqual([]);
    expect(hits("树立“六个意识”")).toEqual([]);
    expect(hits("增强“两个意识”")).toEqual([]);
  });

  it("does not touch counts that are not the fixed formulation", () => {
    expect(hits("“三个代表”重要思想")).toEqual([]);
    expect(hits("培养学生的三个意识：安全、规则和合作")).toEqual([]);
    expect(hits("建立“四位一体”的巡查机制")).toEqual([]);
    expect(hits("牢记“三个务必”")).toEqual([]);
  });

  it("replaces known wrong variants of fixed terms", () => {
    expect(hits("落实三会两课制度")).toEqual([{ wrong: "三会两课", right: "三会一课" }]);
    expect(hits("违反中央八条规定精神")).toEqual([{ wrong: "中央八条规定", right: "中央八项规定" }]);
    expect(hits("坚决纠治奢糜之风")).toEqual([{ wrong: "奢糜", right: "奢靡" }]);
  });

  it("says what is wrong and what to write instead", () => {
    const [finding] = runRule(termRule, ["学习十九大六中全会精神"]);
    expect(finding?.message).toContain("十九大六中全会");
    expect(finding?.message).toContain("十九届六中全会");
    expect(finding?.offset).toBe(2);
    expect(finding?.length).toBe(7);
  });
});
