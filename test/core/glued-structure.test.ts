import { check } from "../../src/core/check";
import { toReportJson } from "../../src/core/check/json-report";
import { readOutline } from "../../src/core/outline/read-outline";
import { lines } from "./fixtures";

/** A report pasted from a web page: everything after the title sits in one paragraph. */
const PASTED =
  "按照支部通知要求，我对照两个方面认真查摆，现将有关情况汇报如下：" +
  "一、存在的主要问题" +
  "（一）理论学习方面。1.学习不够系统。全年只读完一本原著，笔记不足两千字。" +
  "2.学用结合不紧。对十九大六中全会精神只停留在读文件上。" +
  "（二）工作作风方面。3.调研走过场。下村调研多是听汇报，没有住下来。" +
  "二、产生问题的原因" +
  "（一）学习的自觉性不强。总觉得业务忙，学习可以往后放。" +
  "（二）宗旨意识有所淡化。坐办公室的时间多了。" +
  "三、整改措施" +
  "（一）每周三晚上读原著一小时，年底前写三篇笔记。" +
  "（二）每月到联系村住两天，把群众的事记在台账上。";

const report = () => lines("2025年度组织生活会个人对照检查材料", PASTED, "邱明远", "2026年1月8日");

describe("a paragraph that glues headings and items together", () => {
  it("is read as the parts, aspects and items it contains", () => {
    const o = readOutline(report());
    expect(o.parts.map((p) => [p.role, p.paragraph])).toEqual([
      ["problems", 1],
      ["causes", 1],
      ["measures", 1],
    ]);
    expect(o.aspects.map((a) => a.name)).toEqual(["理论学习", "工作作风"]);
    expect(o.problems.map((p) => [p.number, p.title, p.aspect])).toEqual([
      ["1", "学习不够系统。", 0],
      ["2", "学用结合不紧。", 0],
      ["3", "调研走过场。", 1],
    ]);
    expect(o.causes.map((c) => c.title)).toEqual(["学习的自觉性不强。", "宗旨意识有所淡化。"]);
    expect(o.measures).toHaveLength(2);
    expect(o.measures[1]!.text).toBe("每月到联系村住两天，把群众的事记在台账上。");
    expect(o.opening).toEqual({ start: 1, end: 2 });
    expect(o.signature?.paragraph).toBe(2);
  });

  it("keeps each item's paragraph and its offset in that paragraph's text", () => {
    const o = readOutline(report());
    for (const item of [...o.problems, ...o.causes, ...o.measures]) {
      expect(item.paragraph).toBe(1);
      expect(item.start).toBe(1);
      expect(item.end).toBe(2);
      expect(PASTED.slice(item.offset + (item.numbering!.length - item.numbering!.offset))).toMatch(
        new RegExp(`^${item.title.slice(0, 4)}`),
      );
    }
    expect(PASTED.slice(o.problems[2]!.offset, o.problems[2]!.offset + 2)).toBe("3.");
  });

  it("reports no missing part, and one glued-structure warning with the offsets to split at", () => {
    const { findings, outline } = check(report());
    expect(findings.filter((f) => f.rule === "missing-part")).toEqual([]);
    const glued = findings.filter((f) => f.rule === "glued-structure");
    expect(glued).toHaveLength(1);
    expect(glued[0]).toMatchObject({ severity: "warning", paragraph: 1 });
    const pieces = splitAt(PASTED, glued[0]!.split!);
    expect(pieces[0]).toBe("按照支部通知要求，我对照两个方面认真查摆，现将有关情况汇报如下：");
    expect(pieces.slice(1, 4)).toEqual([
      "一、存在的主要问题",
      "（一）理论学习方面。",
      "1.学习不够系统。全年只读完一本原著，笔记不足两千字。",
    ]);
    expect(pieces).toHaveLength(13);
    expect(pieces.join("")).toBe(PASTED);
    expect(outline.glued[0]!.breaks).toEqual(glued[0]!.split);
  });

  it("gives the offsets to split at in the JSON report", () => {
    const json = toReportJson("粘贴.txt", check(report()));
    const glued = json.findings.find((f) => f.rule === "glued-structure");
    expect(glued?.split?.[0]).toBe(PASTED.indexOf("一、"));
    expect(json.problems.map((p) => p.paragraph)).toEqual([1, 1, 1]);
  });

  it("places a wording finding inside the glued paragraph on the right characters", () => {
    const term = check(report()).findings.find((f) => f.rule === "term")!;
    expect(term.paragraph).toBe(1);
    expect(PASTED.slice(term.offset!, term.offset! + term.length!)).toBe("十九大六中全会");
  });

  it("checks the numbers inside it: a skipped one is found at its place", () => {
    const skipped = PASTED.replace("3.调研走过场", "4.调研走过场");
    const found = check(lines("2025年度组织生活会个人对照检查材料", skipped, "邱明远", "2026年1月8日"));
    const numbering = found.findings.filter((f) => f.rule === "numbering");
    expect(numbering).toHaveLength(1);
    expect(skipped.slice(numbering[0]!.offset!, numbering[0]!.offset! + numbering[0]!.length!)).toBe("4.");
  });

  it("reads part headings glued straight to their numbered entries, with no aspects", () => {
    const o = readOutline(
      lines(
        "现将对照检查情况报告如下：一、查摆的问题1.读书不深。只看摘要。2.下乡不勤。全年4次。" +
          "二、原因分析1.自觉性不够。三、努力方向1.每周读书三小时。",
      ),
    );
    expect(o.parts.map((p) => p.role)).toEqual(["problems", "causes", "measures"]);
    expect(titles(o.problems)).toEqual(["读书不深。", "下乡不勤。"]);
    expect(titles(o.causes)).toEqual(["自觉性不够。"]);
    expect(titles(o.measures)).toEqual(["每周读书三小时。"]);
  });

  it("reads half-width (二) aspects with 一是 problems inside one paragraph", () => {
    const o = readOutline(
      lines(
        "一、存在的问题",
        "(一)理论学习方面。一是读书少；二是笔记少。(二)工作作风方面。一是调研少。",
        "二、原因剖析",
        "（一）学风不实。",
        "三、整改措施",
        "（一）每周读书。",
      ),
    );
    expect(o.problems.map((p) => [p.title, p.aspect])).toEqual([
      ["读书少；", 0],
      ["笔记少。", 0],
      ["调研少。", 1],
    ]);
  });

  it("reads an aspect heading glued to its numbered problems", () => {
    const o = readOutline(
      lines(
        "一、存在的问题",
        "（一）纪律作风方面：1.上班迟到过三次。2.有一次值班脱岗。",
        "二、原因剖析",
        "（一）纪律意识松懈。",
        "三、整改措施",
        "（一）严守考勤制度。",
      ),
    );
    expect(o.problems.map((p) => [p.number, p.title, p.paragraph])).toEqual([
      ["1", "上班迟到过三次。", 1],
      ["2", "有一次值班脱岗。", 1],
    ]);
    expect(o.glued.map((g) => g.paragraph)).toEqual([1]);
  });
});

describe("numbers inside a paragraph that are not glued structure", () => {
  it.each([
    ["sub-points inside a problem", "1.会风文风不实。主要表现：（1）会议开得长；（2）材料写得空。"],
    ["a list inside a measure", "1.改进会风。具体做到：1.会前发材料；2.会议不超过一小时。"],
    ["a reference to an aspect", "1.会风不实。对照第（二）方面要求，我做得不够。"],
    ["figures in prose", "1.会风不实。一、二季度开会23次，2.5小时以上的有6次。"],
  ])("leaves %s in its paragraph", (_, problem) => {
    const o = readOutline(
      lines(
        "一、存在的问题",
        problem,
        "二、原因剖析",
        "（一）作风不实。",
        "三、整改措施",
        "（一）改进会风。",
      ),
    );
    expect(o.glued).toEqual([]);
    expect(o.problems).toHaveLength(1);
    expect(o.problems[0]!.text).toBe(problem.slice(2));
  });
});

it("leaves a measure that names its problem (（二）针对问题1，……) in one piece", () => {
  const o = readOutline(
    lines(
      "一、存在的问题",
      "1.会风不实。",
      "二、原因剖析",
      "（一）作风不实。",
      "三、整改措施",
      "（一）每月精简会议一次。",
      "（二）针对问题1，会议一律不超过一小时。",
    ),
  );
  expect(o.glued).toEqual([]);
  expect(o.measures[1]!.title).toBe("针对问题1，会议一律不超过一小时。");
});

function titles(items: { title: string }[]): string[] {
  return items.map((i) => i.title);
}

function splitAt(text: string, offsets: number[]): string[] {
  return [0, ...offsets].map((at, k) => text.slice(at, offsets[k] ?? text.length));
}
