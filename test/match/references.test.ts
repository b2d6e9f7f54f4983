import { findAspectNames, findReferences, referencesByTarget } from "../../src/core/check/match/references";
import { outlineOf } from "./helpers";

const named = (text: string) =>
  findReferences(text).map(({ problems, aspects, aspectItems }) => ({ problems, aspects, aspectItems }));

describe("explicit references", () => {
  it.each([
    ["针对问题1、2，加强学习", [1, 2]],
    ["针对第1、2个问题，建立台账", [1, 2]],
    ["针对上述第3个问题", [3]],
    ["针对问题3至5，压实责任", [3, 4, 5]],
    ["对应上述第四条，建立走访制度", [4]],
    ["针对查摆出的第二个问题，每月下沉一线", [2]],
    ["第8个问题立行立改。即日起不在个人电脑处理涉密文件", [8]],
  ])("reads the problems %s names", (text, problems) => {
    expect(named(text)).toEqual([{ problems, aspects: [], aspectItems: [] }]);
  });

  it("reads aspects listed with or without a joiner", () => {
    expect(named("对应第（三）方面，严格落实")[0]?.aspects).toEqual([3]);
    expect(named("针对第（一）（二）方面查摆的问题，强化理论武装")[0]?.aspects).toEqual([1, 2]);
    expect(named("对照第一、三方面的问题")[0]?.aspects).toEqual([1, 3]);
  });

  it("reads one problem of an aspect, and a second reference joined to the first", () => {
    expect(named("树牢安全发展理念，对应第（三）方面第二个问题和第（五）方面问题。")).toEqual([
      { problems: [], aspects: [5], aspectItems: [{ aspect: 3, place: 2 }] },
    ]);
  });

  it.each([
    "解决一个问题就巩固一个",
    "针对第三条原因，补上理论短板",
    "第一方面，要把学习抓在日常",
    "我们把第8个问题放到最后",
  ])("finds no reference in %s", (text) => {
    expect(named(text)).toEqual([]);
  });

  it("links the problem an aspect reference names by its place in that aspect", () => {
    const outline = outlineOf({
      aspects: [
        { name: "理论学习", problems: ["读原著不够系统。", "学用结合不紧。"] },
        { name: "安全生产", problems: ["隐患排查走过场。", "应急演练流于形式。"] },
      ],
      causes: ["理论学习的自觉性不强。"],
      measures: ["针对第（二）方面第二个问题，每季度实地演练一次。"],
    });
    const references = referencesByTarget(outline);
    expect([...(references.get("M1")?.keys() ?? [])]).toEqual(["P4"]);
  });

  describe("an aspect named by its words", () => {
    const outline = outlineOf({
      aspects: [
        { name: "理论学习", problems: ["读原著不够系统。", "学用结合不紧。"] },
        { name: "工作作风", problems: ["调研走马观花。", "文山会海没减下来。"] },
        { name: "能力本领", problems: ["数字化本领不足。", "应急处置经验少。"] },
      ],
      causes: ["理论学习的自觉性不强。"],
      measures: [
        "针对工作作风方面的问题，建立蹲点调研制度。",
        "针对能力本领方面第二个问题，每季度开展一次实战演练。",
        "针对以上几个方面的问题，逐项建立台账。",
        "针对政治信仰和理论学习方面存在的问题，每月精读原著一章。",
      ],
    });
    const references = referencesByTarget(outline);
    const linked = (measure: string) => [...(references.get(measure)?.keys() ?? [])];

    it("links every problem of the aspect it names", () => {
      expect(linked("M1")).toEqual(["P3", "P4"]);
      expect(linked("M4")).toEqual(["P1", "P2"]);
    });

    it("links only the problem it names by its place there", () => {
      expect(linked("M2")).toEqual(["P6"]);
    });

    it("reads two aspects named in one reference", () => {
      expect(findAspectNames("针对理论学习、工作作风两个方面的问题，每月对照检查。")[0]?.names).toEqual([
        "理论学习",
        "工作作风",
      ]);
    });

    it("does not read 以上几个方面 as a name", () => {
      expect(linked("M3")).toEqual([]);
      expect(findAspectNames("针对以上几个方面的问题，逐项建立台账。")).toEqual([]);
    });
  });
});
