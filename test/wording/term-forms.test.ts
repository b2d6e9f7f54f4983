import table from "../../src/core/check/detectors/terms.json";
import { termRule } from "../../src/core/check/rules/term";
import { runRule } from "./helpers";

/** The text, the words the rule marks in it, the fix it offers and the finding's severity. */
const WRONG: [text: string, wrong: string, right: string, severity?: "warning"][] = [
  [
    "紧密团结在以习近平总书记为核心的党中央周围",
    "以习近平总书记为核心的党中央",
    "以习近平同志为核心的党中央",
  ],
  ["坚决维护以习近平主席为核心的党中央权威", "以习近平主席为核心的党中央", "以习近平同志为核心的党中央"],
  ["认真学习习总书记的重要讲话", "习总书记", "习近平总书记", "warning"],
  [
    "不断提高政治领悟力、政治判断力、政治执行力",
    "政治领悟力、政治判断力、政治执行力",
    "政治判断力、政治领悟力、政治执行力",
  ],
  [
    "提高政治执行力、政治判断力、政治领悟力",
    "政治执行力、政治判断力、政治领悟力",
    "政治判断力、政治领悟力、政治执行力",
  ],
  ["一体推进不能腐、不敢腐、不想腐", "不能腐、不敢腐、不想腐", "不敢腐、不能腐、不想腐"],
  ["坚决反对享乐主义和奢糜之风", "奢糜", "奢靡"],
  ["杜绝奢糜享乐", "奢糜", "奢靡"],
  ["在急难险重任务面前担当做为", "担当做为", "担当作为"],
  ["今后我将再接再励", "再接再励", "再接再厉"],
  ["领导干部要以身做则", "以身做则", "以身作则"],
  ["满足于按步就班完成任务", "按步就班", "按部就班"],
  ["学习上浅尝则止", "浅尝则止", "浅尝辄止"],
  ["学习上浅尝即止", "浅尝即止", "浅尝辄止"],
  ["不断推进马克思主义时代化中国化", "马克思主义时代化中国化", "马克思主义中国化时代化"],
  ["推进马克思主义中国化现代化", "马克思主义中国化现代化", "马克思主义中国化时代化"],
  ["聚焦学思想、强党性、重实践、立新功", "学思想、强党性、重实践、立新功", "学思想、强党性、重实践、建新功"],
  [
    "按照学思想、重实践、强党性、建新功的要求",
    "学思想、重实践、强党性、建新功",
    "学思想、强党性、重实践、建新功",
  ],
  ["做到学纪、明纪、知纪、守纪", "学纪、明纪、知纪、守纪", "学纪、知纪、明纪、守纪"],
  ["做到知纪、学纪、明纪、守纪", "知纪、学纪、明纪、守纪", "学纪、知纪、明纪、守纪"],
  ["深入学习党的20届4中全会精神", "20届4中全会", "二十届四中全会"],
  ["学习二十届4中全会精神", "二十届4中全会", "二十届四中全会"],
  ["学习20大3中全会精神", "20大3中全会", "二十届三中全会"],
  ["谋划好十五五时期的工作", "十五五", "“十五五”"],
  ["推动‘十五五’开好局", "‘十五五’", "“十五五”"],
];

/** Right forms, and phrases near them, that must pass without any finding. */
const RIGHT = [
  "紧密团结在以习近平同志为核心的党中央周围",
  "认真学习习近平总书记的重要讲话",
  "不断提高政治判断力、政治领悟力、政治执行力",
  "一体推进不敢腐、不能腐、不想腐",
  "坚决反对形式主义、官僚主义、享乐主义和奢靡之风",
  "勇于担当作为，敢作敢为，做表率，作表率",
  "再接再厉；以身作则；按部就班；浅尝辄止",
  "开辟马克思主义中国化时代化新境界，推进马克思主义中国化",
  "聚焦学思想、强党性、重实践、建新功",
  "做到学纪、知纪、明纪、守纪",
  "全面贯彻落实党的二十届四中全会精神和二十届三中全会精神",
  "推动“十五五”开好局、起好步，谋划“十五五”时期的工作",
  "十五个五年规划；第十五次会议；二十五五十",
  "20届毕业生；2025年度；第20届运动会",
  "树牢“三个意识”：服务意识、责任意识、创新意识",
  "增强“四个意识”、坚定“四个自信”、做到“两个维护”，深刻领悟“两个确立”的决定性意义",
];

function found(text: string) {
  return runRule(termRule, [text]).map((f) => ({
    wrong: text.slice(f.offset ?? 0, (f.offset ?? 0) + (f.length ?? 0)),
    right: f.fix?.replacement,
    severity: f.severity ?? termRule.severity,
  }));
}

describe("term: the forms issue 13 adds", () => {
  const rows = WRONG.map(([text, wrong, right, severity]) => ({
    text,
    wrong,
    right,
    severity: severity ?? "error",
  }));
  it.each(rows)("$text", ({ text, wrong, right, severity }) => {
    expect(found(text)).toEqual([{ wrong, right, severity }]);
    // The fix makes the text pass.
    expect(found(text.replace(wrong, right))).toEqual([]);
  });

  it.each(RIGHT)("passes: %s", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("passes every right form of the table", () => {
    const rights = [
      ...table.fixed.map((t) => t.right),
      ...table.ordered.map((t) => t.items.join("、")),
      ...table.counted.map((t) => `“${t.right}”`),
    ];
    for (const right of rights)
      expect({ right, found: found(`我们要${right}。`) }).toEqual({ right, found: [] });
  });
});
