import { aspectsFromNotice } from "../../src/core/compose/notice-aspects";
import fixtures from "../fixtures/notices/forms.json";
import { describeWithSample, sampleLines } from "../support/shared-sample";

describe("aspects from a pasted notice", () => {
  it("reads 一是……二是…… clauses inside one paragraph", () => {
    const notice =
      "各党员要紧密联系思想和工作实际，重点从以下方面进行检视：一是在坚定政治信仰方面，看是否对党绝对忠诚；" +
      "二是在强化党员意识方面，看是否时刻牢记自己的身份；三是在加强理论学习方面，看学习是否经常；" +
      "四是在提升能力本领方面，看能否胜任岗位要求。";
    expect(aspectsFromNotice(notice)).toEqual({
      aspects: ["坚定政治信仰", "强化党员意识", "加强理论学习", "提升能力本领"],
      form: "yi-shi",
      found: "按“一是……二是……”的写法识别出4个方面",
      excerpt: expect.stringMatching(/^一是在坚定政治信仰方面.*胜任岗位要求。$/),
      warnings: [],
    });
  });

  it("reads 一是 clauses written one per line, after the notice's own numbered sections", () => {
    const notice = [
      "一、会议时间",
      "2025年1月中旬。",
      "二、检视重点",
      "一是在学习贯彻党的创新理论上，看学得深不深、用得好不好；",
      "二是在履职尽责上，看工作标准高不高；",
      "三是在作风建设上，看有没有形式主义、官僚主义问题。",
    ].join("\n");
    expect(aspectsFromNotice(notice).aspects).toEqual(["学习贯彻党的创新理论", "履职尽责", "作风建设"]);
  });

  it("reads （一） lines and checks them against the announced count", () => {
    const notice = [
      "三、会议内容",
      "领导班子成员要围绕以下四个方面进行对照检查：",
      "（一）带头强化政治忠诚、提高政治能力。重点检视在重大问题上的立场是否坚定。",
      "（二）带头固本培元、增强党性。重点检视党性修养方面的差距。",
      "（三）带头敬畏人民、敬畏组织、敬畏法纪。重点检视宗旨意识和纪律规矩。",
      "（四）带头干事创业、担当作为。重点检视推动发展的实际成效。",
      "四、有关要求",
      "（一）认真做好会前准备。",
      "（二）按时报送会议材料。",
    ].join("\n");
    expect(aspectsFromNotice(notice)).toEqual({
      aspects: [
        "带头强化政治忠诚、提高政治能力",
        "带头固本培元、增强党性",
        "带头敬畏人民、敬畏组织、敬畏法纪",
        "带头干事创业、担当作为",
      ],
      form: "numbered",
      found: "按编号列出（（一）、1.或①）的写法识别出4个方面",
      // The notice's own 四、 section and its （一）（二） requirements are not part of the list.
      excerpt: expect.stringMatching(/^（一）带头强化政治忠诚.*推动发展的实际成效。$/s),
      warnings: [],
    });
  });

  it("reads 1. lines, drops the trailing 情况, and ignores the notice's own sections", () => {
    const notice = [
      "一、会议主题",
      "学思想、强党性、重实践、建新功。",
      "二、检视内容",
      "1.学习贯彻党的创新理论情况；",
      "2、党性修养提高情况；",
      "3．联系服务群众情况；",
      "4.发挥先锋模范作用情况。",
      "三、时间安排",
      "请于2024年1月10日前召开会议。",
    ].join("\r\n");
    expect(aspectsFromNotice(notice).aspects).toEqual([
      "学习贯彻党的创新理论",
      "党性修养提高",
      "联系服务群众",
      "发挥先锋模范作用",
    ]);
  });

  it("reads ① markers", () => {
    const notice =
      "对照党章党规，重点检视：①政治纪律方面；②组织纪律方面；③廉洁纪律方面；④群众纪律方面；⑤工作纪律方面；⑥生活纪律方面。";
    expect(aspectsFromNotice(notice).aspects).toEqual([
      "政治纪律",
      "组织纪律",
      "廉洁纪律",
      "群众纪律",
      "工作纪律",
      "生活纪律",
    ]);
  });

  it("reads a list ending in 和……六个方面", () => {
    const notice =
      "本次组织生活会，党员要围绕政治信仰、党员意识、理论学习、能力本领、作用发挥和纪律作风六个方面，联系实际开展批评和自我批评。";
    expect(aspectsFromNotice(notice)).toEqual({
      aspects: ["政治信仰", "党员意识", "理论学习", "能力本领", "作用发挥", "纪律作风"],
      form: "counted",
      found: "按“……、……等N个方面”的写法识别出6个方面",
      excerpt: "政治信仰、党员意识、理论学习、能力本领、作用发挥和纪律作风六个方面",
      warnings: [],
    });
  });

  it("reads a list with 等N个方面 and keeps 坚持和加强 whole", () => {
    expect(
      aspectsFromNotice("对照坚定理想信念、增强历史自觉、弘扬优良传统、加强党性锤炼等4个方面查摆问题。")
        .aspects,
    ).toEqual(["坚定理想信念", "增强历史自觉", "弘扬优良传统", "加强党性锤炼"]);
    expect(
      aspectsFromNotice("支部委员会要对照履职尽责担当作为、坚持和加强党的全面领导两个方面开展检视。").aspects,
    ).toEqual(["履职尽责担当作为", "坚持和加强党的全面领导"]);
  });

  it("warns when the count the notice gives differs from the list", () => {
    const result = aspectsFromNotice(
      "围绕理论学习、政治素质、能力本领、担当作为和工作作风等六个方面深入查摆。",
    );
    expect(result.aspects).toEqual(["理论学习", "政治素质", "能力本领", "担当作为", "工作作风"]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain("6个方面");
    expect(result.warnings[0]).toContain("5项");
  });

  it("returns no aspects and says why when the notice lists none", () => {
    const result = aspectsFromNotice(
      "请各支部于12月底前召开组织生活会，会前认真开展谈心谈话，会后及时上报会议情况。",
    );
    expect(result.aspects).toEqual([]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/没有.*找到.*方面/);
    expect(aspectsFromNotice("").aspects).toEqual([]);
  });
});

describe("every notice form in the fixtures", () => {
  it.each(fixtures.notices.map((n) => [n.name, n] as const))("%s", (_, notice) => {
    const result = aspectsFromNotice(notice.text);
    expect(result.aspects).toEqual(notice.aspects);
    expect(result.form).toBe(notice.form);
    if (notice.form) {
      expect(result.warnings).toEqual([]);
      expect(result.found).toContain(`识别出${notice.aspects.length}个方面`);
      // What was found stands in the notice as it was pasted.
      expect(notice.text).toContain(result.excerpt);
      for (const name of notice.aspects) expect(result.excerpt.replace(/[“”]/g, "")).toContain(name);
    }
  });

  it("reads the same lists pasted with Windows line ends", () => {
    for (const notice of fixtures.notices)
      expect(aspectsFromNotice(notice.text.replace(/\n/g, "\r\n")).aspects).toEqual(notice.aspects);
  });
});

describeWithSample("the sample report's opening", () => {
  it("yields its listed aspects and notices that it announces one more", () => {
    const opening = sampleLines()[0]!;
    const result = aspectsFromNotice(opening);
    expect(result.aspects).toHaveLength(4);
    expect(result.warnings.join("")).toContain("5个方面");
  });
});

describe("the notice's other lists", () => {
  it("prefers the aspect list over the notice's numbered requirements", () => {
    const notice = [
      "二、检视内容",
      "党员要对照政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律和生活纪律，查找自身差距。",
      "三、有关要求",
      "（一）严格会前准备，每名党员都要撰写发言提纲。",
      "（二）会后列出整改清单，明确整改时限。",
    ].join("\n");
    const result = aspectsFromNotice(notice);
    expect(result.form).toBe("list");
    expect(result.aspects).toEqual(["政治纪律", "组织纪律", "廉洁纪律", "群众纪律", "工作纪律", "生活纪律"]);
  });

  it("does not take a sentence with two 对照 in passing for the 四个对照", () => {
    const result = aspectsFromNotice("请各支部对照上级要求，认真组织，会后对照整改清单逐项销号。");
    expect(result.aspects).toEqual([]);
  });
});
