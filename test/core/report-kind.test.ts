/** Personal or team report: every rule that cares must give the same answer on the same report. */
import { check } from "../../src/core/check";
import type { Paragraph } from "../../src/core/types";
import { lines } from "./fixtures";

const body = [
  "一、存在的问题",
  "1.有的同志调查研究不够深入，全年下基层只有4次。",
  "二、产生问题的原因剖析",
  "（一）宗旨意识有所淡化，对群众的所思所盼体会不深。",
  "三、整改措施",
  "（一）每季度到联系点蹲点调研一次，年底前形成两篇调研报告。",
];

const run = (paragraphs: Paragraph[]) => {
  const { findings } = check(paragraphs);
  return {
    personalLength: findings.filter((f) => f.rule === "proportion" && f.message.includes("个人对照检查材料")),
    thirdPerson: findings.filter((f) => f.rule === "third-person"),
    title: findings.find((f) => f.rule === "missing-title")?.message ?? "",
  };
};

it("a report that says 班子 only in its opening is a team report for every rule", () => {
  const found = run(
    lines(
      "2025年度民主生活会对照检查材料",
      "按照上级通知要求，领导班子深入开展谈心谈话，认真查摆问题，现将班子对照检查情况报告如下：",
      ...body,
      "2026年1月8日",
    ),
  );
  expect(found.personalLength).toEqual([]);
  expect(found.thirdPerson).toEqual([]);
});

it("a report signed by a 班子 is a team report for every rule", () => {
  const found = run(
    lines("按照上级通知要求，现将对照检查情况报告如下：", ...body, "××县委领导班子", "2026年1月8日"),
  );
  expect(found.title).toContain("领导班子对照检查材料");
  expect(found.thirdPerson).toEqual([]);
  expect(found.personalLength).toEqual([]);
});

it("a personal report by a member of the 班子 is a personal report for every rule", () => {
  const found = run(
    lines(
      "2025年度民主生活会个人对照检查材料",
      "作为领导班子成员，我认真学习了有关文件，现将个人对照检查情况报告如下：",
      ...body,
      "刘晨",
      "2026年1月8日",
    ),
  );
  expect(found.personalLength).toHaveLength(1);
  expect(found.thirdPerson.map((f) => f.paragraph)).toEqual([3]);
});
