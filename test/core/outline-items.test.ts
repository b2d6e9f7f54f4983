import { readOutline } from "../../src/core/outline/read-outline";
import { lines } from "./fixtures";

/** What counts as an item in reports written in styles the reader had not met. */
const titles = (items: { title: string }[]) => items.map((i) => i.title);

/** A report of the three parts: the lines given for a part, or a one-line default; then the tail. */
function withParts(given: { problems?: string[]; causes?: string[]; measures?: string[]; tail?: string[] }) {
  return readOutline(
    lines(
      "一、存在的问题",
      ...(given.problems ?? ["1.读书浮于表面。"]),
      "二、原因剖析",
      ...(given.causes ?? ["1.学习的紧迫感不够。"]),
      "三、整改措施",
      ...(given.measures ?? ["1.每周读原著一小时。"]),
      ...(given.tail ?? []),
    ),
  );
}

describe("transition sentences under a part heading", () => {
  it("does not count 下一步…逐项抓好整改 above plain measure paragraphs as a measure", () => {
    const o = withParts({
      problems: ["1.读书浮于表面。去年只读完两本书。"],
      measures: [
        "下一步，我将对照查摆出的问题，逐项抓好整改。",
        "每周四晚上读原著一小时，年底前写出三篇读书笔记。",
        "每月到联系的两户农户家里走一趟，记下他们的难处。",
      ],
    });
    expect(titles(o.measures)).toEqual([
      "每周四晚上读原著一小时，年底前写出三篇读书笔记。",
      "每月到联系的两户农户家里走一趟，记下他们的难处。",
    ]);
  });

  it("does not count a lead-in ending with a colon as a cause", () => {
    const causes = [
      "针对上述问题，我从思想深处作了反思，原因主要有以下几点：",
      "对理论学习的意义认识不足，总觉得业务忙完再学也不迟。",
      "宗旨意识有所淡薄，坐在办公室的时间多了。",
    ];
    expect(titles(withParts({ causes }).causes)).toEqual(causes.slice(1));
  });

  it("keeps the paragraph when it is the part's only one: a single broad cause", () => {
    const o = withParts({
      problems: ["1.读书浮于表面。", "2.下基层少。"],
      causes: ["归根到底，上述问题的根源在于我放松了主观世界的改造，党性锻炼抓得不紧。"],
    });
    expect(o.causes).toHaveLength(1);
    expect(o.causes[0]!.title).toBe("归根到底，上述问题的根源在于我放松了主观世界的改造，党性锻炼抓得不紧。");
  });

  it("does not count the closing pledge after plain measure paragraphs", () => {
    const o = withParts({
      measures: [
        "每周四晚上读原著一小时。",
        "每月到联系的农户家里走一趟。",
        "我将以这次组织生活会为新的起点，把整改落实到每一天的工作中。",
      ],
      tail: ["何晓川", "2026年1月9日"],
    });
    expect(titles(o.measures)).toEqual(["每周四晚上读原著一小时。", "每月到联系的农户家里走一趟。"]);
  });
});

describe("enumerations written 一要 二要", () => {
  it("reads each 一要 paragraph as a measure, and the paragraphs around them as none", () => {
    const o = withParts({
      measures: [
        "下一步，支部班子将把问题清单贴上墙，逐条销号。",
        "一要把学习抓在平时。每月集中学习不少于一次。",
        "二要把服务送到门口。每周两个半天到网格走访。",
        "支部班子将以这次会议为新的起点，知重负重、真抓实干。",
      ],
    });
    expect(o.measures.map((m) => [m.number, m.title])).toEqual([
      ["一", "把学习抓在平时。"],
      ["二", "把服务送到门口。"],
    ]);
  });

  it("reads 一要……二要…… inside one paragraph", () => {
    const o = withParts({
      measures: ["今后我将着力做到：一要每天读书半小时；二要每月写一篇心得，统一要求装订成册。"],
    });
    expect(titles(o.measures)).toEqual(["每天读书半小时；", "每月写一篇心得，统一要求装订成册。"]);
  });
});

describe("signatures that name the unit and the post", () => {
  const report = (signature: string) =>
    withParts({
      measures: ["每周四晚上读原著一小时。", "每月到联系的农户家里走一趟。"],
      tail: [signature, "2025年12月30日"],
    });

  it.each([
    "机电工程学院党委委员、副院长：罗某某",
    "水务局规划科科长 方晴",
    "发言人：县卫生健康局党组成员、副局长　韦立",
    "中共南垣县水务局党组领导班子",
    "中共青石街道工作委员会",
    "城关镇党工委",
  ])("%s is the signature, not a measure", (signature) => {
    const o = report(signature);
    expect(o.signature).toEqual({ paragraph: 7, text: signature });
    expect(o.measures).toHaveLength(2);
  });

  it("does not take a measure sentence for a post and name", () => {
    expect(report("每季度向党支部书记 汇报").signature).toBeNull();
  });
});

describe("aspect headings", () => {
  it("reads a long heading ending in 方面, commas inside, as an aspect over its 一是 problems", () => {
    const long = "（一）带头坚定理想信念，筑牢信仰之基、补足精神之钙、把稳思想之舵方面";
    const o = readOutline(
      lines(
        "一、对照检查的问题",
        long,
        "一是读原著学原文不够系统。只读了选编本。",
        "二是对错误言论不敢亮剑。在微信群里看到不当言论没有制止。",
        "（二）带头担当作为方面",
        "一是遇到难事习惯往上推。",
        "二、原因剖析",
        "（一）学习的紧迫感不够。",
        "三、整改措施",
        "（一）每周读原著一小时。",
      ),
    );
    expect(o.aspects.map((a) => a.paragraph)).toEqual([1, 4]);
    expect(o.aspects[0]!.heading).toBe(long);
    expect(o.problems.map((p) => [p.number, p.aspect])).toEqual([
      ["一", 0],
      ["二", 0],
      ["一", 1],
    ]);
  });
});

describe("numbers followed by a figure", () => {
  it("reads 4、8月份… as problem 4 when 3 comes before it, and 2.7月… as problem 2", () => {
    const o = withParts({
      problems: [
        "1.上半年我只参加了两次集中学习。",
        "2.7月份防汛值班时我有一晚提前离岗。",
        "3.对新来的同事帮带不够。",
        "4、8月份车间返工了一批零件，我先想到的是推责任。",
      ],
    });
    expect(o.problems.map((p) => p.number)).toEqual(["1", "2", "3", "4"]);
    expect(o.problems[3]!.title).toBe("8月份车间返工了一批零件，我先想到的是推责任。");
  });

  it("settles two such entries in a row, numbers running on across aspect headings", () => {
    const o = withParts({
      problems: [
        "（一）理论学习方面",
        "1.上半年我只参加了两次集中学习。",
        "（二）工作作风方面",
        "2、10月份赶工期时我没有到现场。",
        "3、11月份两名工人反映的加班费问题我拖了半个月。",
        "（三）纪律方面",
        "4.党费有两个月没有按时交。",
      ],
    });
    expect(o.problems.map((p) => [p.number, p.aspect])).toEqual([
      ["1", 0],
      ["2", 1],
      ["3", 1],
      ["4", 2],
    ]);
  });

  it("leaves 1、2月份 in prose alone when no sequence asks for a number", () => {
    const o = withParts({
      problems: ["1.上半年我只参加了两次集中学习。", "1、2月份正值春运，我把学习往后推了。"],
    });
    expect(o.problems).toHaveLength(1);
    expect(o.problems[0]!.text).toContain("1、2月份正值春运");
  });
});

describe("styles the reader already met, in new words", () => {
  it("joins a report hard-wrapped every twenty-odd characters (pasted from a phone)", () => {
    const o = withParts({
      problems: [
        "1.对新修订的条例学得不细。拿到单行本后只",
        "翻了目录，支部组织测试时有三道题答错，",
        "事后也没有回头补课。",
        "2.联系群众的办法老套。入户走访多是打个照",
        "面，群众反映的路灯问题拖了两个月。",
      ],
      causes: ["1.自我要求降低了。总觉得干了多年基层工作，", "条例里的规矩心里有数。"],
      measures: ["1.逐章学习条例，三月底前在支部会上交流。"],
    });
    expect(titles(o.problems)).toEqual(["对新修订的条例学得不细。", "联系群众的办法老套。"]);
    expect(o.problems[1]!.text).toBe(
      "联系群众的办法老套。入户走访多是打个照面，群众反映的路灯问题拖了两个月。",
    );
    expect(o.causes[0]!.end).toBe(9);
  });

  it("takes the first sentence of a problem written plain, with no lead sentence", () => {
    const o = withParts({
      problems: [
        "1.今年5月区里布置防溺水宣传，我把任务转给了网格员，自己一次也没到河边看。后来有家长来反映……",
        "2.支部开展主题党日，我有三次以值班为由请假，补学也只是看了记录。",
      ],
      causes: ["1.责任意识弱化。"],
      measures: ["1.汛期每周到河边巡查一次。"],
    });
    expect(titles(o.problems)).toEqual([
      "今年5月区里布置防溺水宣传，我把任务转给了网格员，自己一次也没到河边看。",
      "支部开展主题党日，我有三次以值班为由请假，补学也只是看了记录。",
    ]);
  });

  it("reads an aspect heading's run-in text as its one problem beside numbered aspects", () => {
    const o = withParts({
      problems: [
        "（一）政治纪律方面。对网上关于征地的不实说法，我看到后没有及时澄清。",
        "（二）工作纪律方面",
        "1.考勤打卡有两次让同事代签。",
        "2.值班期间外出办私事一次。",
      ],
      causes: ["（一）纪律意识松懈。"],
      measures: ["（一）严守考勤制度。"],
    });
    expect(o.problems.map((p) => [p.title, p.aspect])).toEqual([
      ["对网上关于征地的不实说法，我看到后没有及时澄清。", 0],
      ["考勤打卡有两次让同事代签。", 1],
      ["值班期间外出办私事一次。", 1],
    ]);
  });

  it("reads a cause written as a heading line with its analysis below as one cause", () => {
    const o = withParts({
      causes: [
        "（一）理想信念有所松动",
        "总觉得离退休不远了，求稳怕乱的念头多了，干事的劲头小了。",
        "（二）宗旨意识有所淡化",
        "和群众打交道时嫌麻烦，习惯让人跑腿。",
      ],
      measures: ["（一）每周读原著一小时。"],
    });
    expect(o.causes.map((c) => [c.title, c.start, c.end])).toEqual([
      ["理想信念有所松动", 3, 5],
      ["宗旨意识有所淡化", 5, 7],
    ]);
    expect(o.causes[0]!.text).toContain("求稳怕乱");
  });

  it("reads causes grouped under （一）思想上 headings as their numbered children", () => {
    const o = withParts({
      causes: [
        "（一）思想上的原因",
        "1.理论学习没有常抓不懈。",
        "2.党性锻炼有所放松。",
        "（二）作风上的原因",
        "1.求真务实的劲头不足。",
      ],
      measures: ["（一）每周读原著一小时。"],
    });
    expect(titles(o.causes)).toEqual([
      "理论学习没有常抓不懈。",
      "党性锻炼有所放松。",
      "求真务实的劲头不足。",
    ]);
  });

  it("takes no problems from last year's rectification or from a case analysis", () => {
    const o = readOutline(
      lines(
        "一、上年度问题整改情况",
        "一是学习不深的问题，已制定读书计划并完成；二是调研不够的问题，全年调研9次。",
        "二、反面典型案例剖析",
        "一是理想信念滑坡。王某某把权力当作谋私的工具。",
        "二是纪律观念淡漠。他长期接受管理服务对象宴请。",
        "三、存在的问题",
        "（一）廉洁纪律方面",
        "1.逢年过节收过下属单位送的土特产。",
        "四、原因剖析",
        "（一）自律放松。",
        "五、整改措施",
        "（一）严守廉洁纪律。",
      ),
    );
    expect(o.parts.map((p) => p.role)).toEqual(["other", "other", "problems", "causes", "measures"]);
    expect(titles(o.problems)).toEqual(["逢年过节收过下属单位送的土特产。"]);
  });
});
