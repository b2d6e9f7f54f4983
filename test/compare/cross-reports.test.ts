import { readdirSync } from "node:fs";
import { join } from "node:path";
import { atThreshold, crossReportPairs, DEFAULT_SHARE } from "../../src/core/compare";
import { readOutline } from "../../src/core/outline/read-outline";
import { linesToParagraphs, lines } from "../core/fixtures";
import { readFileSync } from "node:fs";
import { fixture, marked, MEMBERS } from "./helpers";

const members = MEMBERS.map((name) => readOutline(fixture(`members/${name}`)));

test("of three members' reports, the two sharing a passage pair up, on that passage", () => {
  const pairs = atThreshold(crossReportPairs(members), DEFAULT_SHARE);
  expect(pairs.map((p) => [p.a, p.b])).toEqual([[0, 1]]);
  const [passage, ...others] = pairs[0]!.passages;
  expect(others).toEqual([]);
  expect([passage!.a.label, passage!.b.label]).toEqual(["问题3", "问题3"]);
  expect(passage!.similarity).toBe(1);
  expect(marked(passage!.a)).toBe(passage!.a.text.replace(/。$/, ""));
  expect(passage!.sharedChars).toBeGreaterThan(60);
});

test("a threshold above the pair's similarity drops it; the lowest keeps what the default keeps", () => {
  const pairs = crossReportPairs(members);
  expect(atThreshold(pairs, 1.01)).toEqual([]);
  expect(atThreshold(pairs, DEFAULT_SHARE).length).toBeLessThanOrEqual(pairs.length);
});

test("wording the whole batch shares (the notice's opening) pairs nobody", () => {
  const opening =
    "按照县农业农村局机关党委关于召开2025年度组织生活会的通知要求，我对照政治信仰、党员意识、能力本领、作用发挥4个方面，认真查摆了存在的问题，现将情况汇报如下：";
  const reports = [
    "下乡指导不够经常，全年到合作社现场只有6次。",
    "统计报表审核不细，三季度有两张报表被退回。",
    "学习笔记流于摘抄，全年只写了两篇体会。",
    "对新进同事带教不够，半年没有组织过一次业务讲解。",
  ].map((problem, i) =>
    readOutline(
      lines(
        `2025年度组织生活会个人对照检查材料`,
        opening,
        "一、存在的问题",
        `1.${problem}`,
        "二、原因剖析",
        `（一）原因${i}。`,
        "三、整改措施",
        `（一）措施${i}。`,
      ),
    ),
  );
  expect(atThreshold(crossReportPairs(reports), DEFAULT_SHARE)).toEqual([]);
});

test("45 reports written apart share no near-identical passage", () => {
  const dir = join(__dirname, "..", "fixtures", "corpus");
  const corpus = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readOutline(linesToParagraphs(readFileSync(join(dir, f), "utf8"))));
  expect(atThreshold(crossReportPairs(corpus), DEFAULT_SHARE)).toEqual([]);
});
