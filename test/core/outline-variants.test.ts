import { readOutline } from "../../src/core/outline/read-outline";
import { lines } from "./fixtures";

/** The smallest whole report: three parts with one item each (paragraphs 0–5). */
const MINIMAL = [
  "一、存在的问题",
  "1.学习不够系统。",
  "二、原因剖析",
  "（一）学风不实。",
  "三、整改措施",
  "（一）每月精读1本原著。",
];

describe("readOutline variants", () => {
  it("leaves tables out of the outline, keeping every other paragraph's index", () => {
    const paragraphs = [
      ...lines(...MINIMAL),
      ...["序号", "1", "（一）整改措施写在表里", "2.第二行"].map((text) => ({ text, inTable: true })),
      { text: "张卫东" },
    ];
    const o = readOutline(paragraphs);
    expect(o.measures.map((m) => m.paragraph)).toEqual([5]);
    expect(o.measures[0]?.text).toBe("每月精读1本原著。");
    expect(o.signature?.paragraph).toBe(10);
  });

  it("takes a template's unfilled name slot above the date as the signature", () => {
    const o = readOutline(lines(...MINIMAL, "【姓名】", "2025年3月5日"));
    expect(o.signature).toEqual({ paragraph: 6, text: "【姓名】" });
    expect(o.date?.paragraph).toBe(7);
  });

  it("joins lines broken inside a sentence back into the item above", () => {
    const o = readOutline(
      lines(
        "一、存在的问题",
        "1.学习党史只记住了事件和时间，对党为什么能够",
        "战胜困难思考得不深。平时读书多是浏览。",
        "二、原因剖析",
        "（一）学风不实。",
        "三、整改措施",
        "（一）每月精读1本党史著作。",
      ),
    );
    expect(o.problems).toHaveLength(1);
    expect(o.problems[0]).toMatchObject({
      start: 1,
      end: 3,
      title: "学习党史只记住了事件和时间，对党为什么能够战胜困难思考得不深。",
    });
  });

  it("reads 一是 items inside a run-in aspect heading as problems under that aspect", () => {
    const o = readOutline(
      lines(
        "一、查摆问题",
        "（一）理论学习方面。一是读原著少；二是研讨发言准备不足。",
        "（二）工作作风方面。一是调研少。",
        "二、原因分析",
        "（一）学习自觉性不够。",
        "三、整改措施",
        "（一）每周读原著4小时。",
      ),
    );
    expect(o.aspects.map((a) => a.name)).toEqual(["理论学习", "工作作风"]);
    expect(o.problems.map((p) => [p.number, p.paragraph, p.title, p.aspect])).toEqual([
      ["一", 1, "读原著少；", 0],
      ["二", 1, "研讨发言准备不足。", 0],
      ["一", 2, "调研少。", 1],
    ]);
    expect(o.problems[1]!.offset).toBe(o.paragraphs[1]!.text.indexOf("二是"));
  });

  it("reads a 二是 item that a hard line break put on the next line", () => {
    const o = readOutline(
      lines(
        "一、查摆问题",
        "（一）组织纪律方面",
        "一是请示报告不够严格。外出培训只在电话里说了一声，没有书面",
        "请假；二是“三会一课”质量不高。有的支部党员大会开成了布置",
        "工作的会。",
        "二、原因分析",
        "（一）纪律意识淡薄。",
        "三、整改措施",
        "（一）外出一律书面请假。",
      ),
    );
    expect(o.problems.map((p) => p.title)).toEqual(["请示报告不够严格。", "“三会一课”质量不高。"]);
  });

  it("reads a run-in aspect body as its problem when no item is numbered", () => {
    const o = readOutline(
      lines(
        "一、存在的问题",
        "（一）理论学习方面。学习碎片化，全年读书笔记不足5000字。",
        "二、原因",
        "（一）x。",
        "三、措施",
        "（一）y。",
      ),
    );
    expect(o.aspects).toHaveLength(1);
    expect(o.problems.map((p) => p.title)).toEqual(["学习碎片化，全年读书笔记不足5000字。"]);
  });

  it("takes level-2 sentences as problems when there are no aspect headings", () => {
    const o = readOutline(
      lines(
        "一、存在的问题",
        "（一）学习不深。具体表现。",
        "（二）作风不实。",
        "二、原因",
        "1.学风。",
        "三、措施",
        "一是学习。",
      ),
    );
    expect(o.aspects).toEqual([]);
    expect(o.problems.map((p) => p.title)).toEqual(["学习不深。", "作风不实。"]);
    expect(o.causes.map((c) => c.title)).toEqual(["学风。"]);
    expect(o.measures.map((m) => m.title)).toEqual(["学习。"]);
  });

  it("tells cause and measure headings from problem headings", () => {
    const o = readOutline(
      lines(
        "一、基本情况",
        "二、对照检查情况",
        "三、反面典型案例剖析",
        "四、产生问题的原因剖析",
        "五、下一步整改措施",
        "六、上年度问题整改情况",
      ),
    );
    expect(o.parts.map((p) => p.role)).toEqual(["other", "problems", "other", "causes", "measures", "other"]);
  });

  it("reads an announced count written in Chinese or Arabic digits", () => {
    const chinese = readOutline(lines("标题检查材料", "围绕政治信仰等六个方面进行检视。", "一、存在的问题"));
    expect(chinese.announcedAspects).toMatchObject({ paragraph: 1, count: 6, offset: 7, length: 4 });
    const arabic = readOutline(lines("从学习、作风等5个方面查摆。", "一、存在的问题"));
    expect(arabic.announcedAspects).toMatchObject({ paragraph: 0, count: 5 });
  });

  it("reads a Chinese-numeral date and a labelled signature", () => {
    const o = readOutline(lines("一、问题", "1.x。", "对照检查人：陈　默", "二〇二五年三月五日"));
    expect(o.signature?.paragraph).toBe(2);
    expect(o.date?.paragraph).toBe(3);
  });

  it("does not take a long opening sentence as the title", () => {
    const o = readOutline(lines("按照通知要求，现将对照检查情况报告如下：", "一、存在的问题"));
    expect(o.title).toBeNull();
    expect(o.opening).toEqual({ start: 0, end: 1 });
  });
});
