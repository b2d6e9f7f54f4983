/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Host } from "../../src/preview/host";
import {
  FLAWED_REPORT as REPORT,
  cardsOf,
  checkIdle,
  cleanPaneBetweenTests,
  renderCheckTab,
  runCheck,
} from "../support/check-tab";

let host: Host;
let stored: Record<string, unknown>;

function setup(lines: string[] = REPORT) {
  ({ host } = renderCheckTab(lines, stored));
}

const problem = (id: string) =>
  screen.getAllByTestId("problem-links").find((el) => el.dataset.problem === id)!;
const row = (id: string, kind: "cause" | "measure") => within(problem(id)).getByTestId(`${kind}-row`);
const chips = (id: string, kind: "cause" | "measure") => within(row(id, kind)).queryAllByTestId("link-chip");
cleanPaneBetweenTests();
beforeEach(() => {
  stored = {};
});

test("every problem lists its causes and measures; one without them stands out", async () => {
  setup();
  await runCheck("correspondence");
  expect(screen.getAllByTestId("problem-links")).toHaveLength(4);
  expect(chips("P1", "cause").map((c) => c.dataset.target)).toEqual(["C1"]);
  expect(chips("P1", "measure").map((c) => c.dataset.target)).toEqual(["M1"]);
  expect(
    within(problem("P4"))
      .getAllByTestId("missing-link")
      .map((b) => b.textContent),
  ).toEqual(["缺少原因", "缺少措施"]);
  expect(within(problem("P1")).queryAllByTestId("missing-link")).toHaveLength(0);
});

test("a chip describes the evidence for its link (shown as a tooltip on hover or focus)", async () => {
  setup();
  await runCheck("correspondence");
  const primary = within(chips("P1", "cause")[0]!).getAllByRole("button")[0]!;
  act(() => primary.focus());
  await waitFor(() => {
    const id = primary.getAttribute("aria-describedby");
    expect(id && document.getElementById(id)?.textContent).toMatch(
      /「理论学习的自觉性不强。」——共同词语：.*理论/,
    );
  });
});

// Problem 4's cause: missing, or uncertain when a cause shares only a theme with it (it never links by that).
const aboutP4Cause = () =>
  [...cardsOf("problem-without-cause"), ...cardsOf("uncertain-link")].filter(
    (c) => c.textContent?.includes("问题4「") && c.textContent.includes("原因"),
  );

test("linking a cause by hand removes the warning and is stored in the document", async () => {
  setup();
  await runCheck("correspondence");
  expect(aboutP4Cause()).toHaveLength(1);
  fireEvent.click(within(row("P4", "cause")).getByRole("button", { name: "关联原因" }));
  fireEvent.click(await screen.findByRole("menuitem", { name: /原因（二）/ }));
  await checkIdle();
  await waitFor(() => expect(chips("P4", "cause").map((c) => c.dataset.target)).toEqual(["C2"]));
  expect(chips("P4", "cause")[0]!.dataset.confirmed).toBe("true");
  expect(aboutP4Cause()).toHaveLength(0);
  expect(host.Office.context.document.settings.get("links")).toEqual([
    expect.objectContaining({ kind: "cause", action: "confirm" }),
  ]);
});

test("a confirmed link survives renumbering and reopening the document", async () => {
  setup();
  await runCheck("correspondence");
  fireEvent.click(within(row("P4", "measure")).getByRole("button", { name: "关联措施" }));
  fireEvent.click(await screen.findByRole("menuitem", { name: /措施（二）/ }));
  await checkIdle();
  await waitFor(() => expect(chips("P4", "measure")).toHaveLength(1));
  stored = host.Office.context.document.settings.get("links")
    ? { links: host.Office.context.document.settings.get("links") }
    : {};

  // Reopen: a new pane over the same settings, the problem renumbered and a new problem before it.
  const renumbered = [...REPORT];
  renumbered.splice(10, 1, "5.下基层调研不够扎实。全年到乡镇水利站实地调研只有4次，记录的问题没有跟进督办。");
  renumbered.splice(10, 0, "4.业务学习有短板。新的水文预报系统上线后只参加了1次培训。");
  document.body.innerHTML = "";
  setup(renumbered);
  await runCheck("correspondence");
  const p5 = screen.getAllByTestId("problem-links").find((el) => el.textContent?.includes("下基层调研"))!;
  expect(within(within(p5).getByTestId("measure-row")).getAllByTestId("link-chip")[0]!.dataset.target).toBe(
    "M2",
  );
});

test("confirming a suggested link marks it; removing one brings back the warning", async () => {
  setup();
  await runCheck("correspondence");
  const cause = chips("P1", "cause")[0]!;
  expect(cause.dataset.confirmed).toBe("false");
  const [confirm] = within(cause).getAllByRole("button", { name: /确认对应：原因（一）/ });
  fireEvent.click(confirm!);
  await checkIdle();
  await waitFor(() => expect(chips("P1", "cause")[0]!.dataset.confirmed).toBe("true"));

  const [remove] = within(chips("P2", "measure")[0]!).getAllByRole("button", {
    name: /取消对应：措施（二）/,
  });
  fireEvent.click(remove!);
  await checkIdle();
  await waitFor(() => expect(chips("P2", "measure")).toHaveLength(0));
  expect(within(row("P2", "measure")).getByTestId("missing-link").textContent).toBe("缺少措施");
  expect(cardsOf("problem-without-measure").map((f) => f.dataset.paragraph)).toContain("6");
  const actions = (host.Office.context.document.settings.get("links") as { action: string }[]).map(
    (d) => d.action,
  );
  expect(actions).toEqual(["confirm", "remove"]);
});

// Problem 1 and measure （二） share only 窗口: the check calls the link uncertain, not missing.
const UNCERTAIN = [
  "2025年度组织生活会个人对照检查材料",
  "按照支部通知要求，我认真查找了自身存在的差距，现汇报如下：",
  "一、存在的问题",
  "1.窗口排队时间长。办事群众平均要等四十分钟。",
  "2.读原著坚持不好。读书笔记只写了五篇。",
  "3.业务不熟练。新政策的办理流程记不住，常要翻手册。",
  "二、原因剖析",
  "（一）作风不实。",
  "（二）学习劲头衰减。",
  "（三）钻研业务不够。",
  "三、整改措施",
  "（一）每月精读原著一章，读书笔记不少于十二篇，读原著心得在支部交流，读书计划贴在办公桌上。",
  "（二）每季度组织一次窗口人员业务培训，考试不合格的重新培训。",
  "李明",
  "2025年12月20日",
];

test("确认对应 on an uncertain link's card stores the link, and the card goes away", async () => {
  setup(UNCERTAIN);
  await runCheck("correspondence");
  // 业务不熟练 and the 业务培训 measure share a theme (业务 is too general to count): uncertain, not linked.
  const aboutM2 = () =>
    cardsOf("uncertain-link").filter((c) => /问题3.*措施（二）/.test(c.textContent ?? ""));
  expect(aboutM2()).toHaveLength(1);
  expect(chips("P3", "measure")).toHaveLength(0);
  // A missing cause has no candidate to confirm: its card offers no such button.
  const [missing] = cardsOf("problem-without-cause");
  expect(within(missing!).queryByRole("button", { name: "确认对应" })).toBeNull();
  fireEvent.click(within(aboutM2()[0]!).getByRole("button", { name: "确认对应" }));
  await checkIdle();
  await waitFor(() => expect(chips("P3", "measure").map((c) => c.dataset.target)).toEqual(["M2"]));
  expect(chips("P3", "measure")[0]!.dataset.confirmed).toBe("true");
  expect(aboutM2()).toHaveLength(0);
  expect(host.Office.context.document.settings.get("links")).toEqual([
    expect.objectContaining({ kind: "measure", action: "confirm" }),
  ]);
});

test("补充措施 inserts a numbered slot after the last measure, naming the problem", async () => {
  setup();
  await runCheck("correspondence");
  fireEvent.click(within(row("P4", "measure")).getByRole("button", { name: "补充措施" }));
  await screen.findByText(/已插入措施的位置/);
  const texts = host.document.snapshot().map((p) => p.text);
  expect(texts[19]).toBe("（四）针对问题4，【措施概括】。【具体做法、时限】");
  expect(texts.length).toBe(REPORT.length + 1);
  // The re-check links the slot to problem 4 by its explicit reference.
  await waitFor(() => expect(chips("P4", "measure").map((c) => c.dataset.target)).toEqual(["M4"]));
});

test("补充原因 puts the slot after the last cause, before part three", async () => {
  setup();
  await runCheck("correspondence");
  fireEvent.click(within(row("P4", "cause")).getByRole("button", { name: "补充原因" }));
  await screen.findByText(/已插入原因的位置/);
  const texts = host.document.snapshot().map((p) => p.text);
  expect(texts[15]).toBe("（四）针对问题4，【原因概括】。【具体剖析】");
  expect(texts[16]).toBe("三、下一步整改措施");
});
