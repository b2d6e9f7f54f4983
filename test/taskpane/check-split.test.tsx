/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import type { Host } from "../../src/preview/host";
import { cardsOf, cleanPaneBetweenTests, renderCheckTab, runCheck } from "../support/check-tab";

/** A report pasted from a chat: its headings and items run on in one paragraph after the title. */
const PIECES = [
  "根据党支部的安排，我围绕两个方面作了对照检查，现汇报如下：",
  "一、存在的主要问题",
  "（一）理论学习方面。",
  "1.学习缺少计划。全年只参加了集中学习，没有自己定过读书计划。",
  "2.学习不求甚解。读文件只看标题和要点，讨论时说不出体会。",
  "（二）工作作风方面。",
  "3.服务群众不主动。窗口排队的人多时，没有想过延长服务时间。",
  "二、产生问题的原因",
  "（一）理想信念有所松懈。把学习当成任务来完成。",
  "（二）宗旨意识淡薄。习惯等群众上门，而不是主动去问。",
  "三、整改措施",
  "（一）针对问题1和问题2，每月初定好读书计划，每季度写一篇心得并在支部会上交流。",
  "（二）针对问题3，排队超过十人时增开一个窗口，每周二延时服务到晚上七点。",
];
const GLUED = PIECES.join("");
const REPORT = ["2025年度组织生活会个人对照检查材料", GLUED, "邵立群", "2026年1月12日"];

let host: Host;
let errors: string[];

function setup() {
  ({ host, errors } = renderCheckTab(REPORT));
}

const texts = () => host.document.snapshot().map((p) => p.text);
const glued = () => cardsOf("glued-structure");

cleanPaneBetweenTests();

test("分段 splits the glued paragraph at its numbers, words unchanged, and the warning is gone", async () => {
  setup();
  await runCheck();
  expect(glued()).toHaveLength(1);
  expect(screen.getByTestId("outline-summary").textContent).toContain("问题 3 个 · 原因 2 条 · 措施 2 条");
  fireEvent.click(within(glued()[0]!).getByRole("button", { name: "分段" }));
  await screen.findByText("已分段，结果已更新。");
  expect(texts()).toEqual([REPORT[0], ...PIECES, ...REPORT.slice(2)]);
  expect(glued()).toHaveLength(0);
  expect(screen.getByTestId("outline-summary").textContent).toContain("问题 3 个 · 原因 2 条 · 措施 2 条");
  expect(errors).toEqual([]);
});

test("a paragraph edited since the check is not split: the pane says why and reads the document again", async () => {
  setup();
  await runCheck();
  const edited = GLUED.replace("没有自己定过", "很少自己定");
  host.document.editText(1, edited);
  fireEvent.click(within(glued()[0]!).getByRole("button", { name: "分段" }));
  await screen.findByText("已重新读取文档并更新结果。");
  expect(errors).toEqual([expect.stringContaining("文档已更改")]);
  expect(texts()).toEqual([REPORT[0], edited, ...REPORT.slice(2)]);
  // Still one paragraph: the card stays, ready for 分段 on the text as it is now.
  expect(glued()).toHaveLength(1);
});
