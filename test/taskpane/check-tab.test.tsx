/** @jest-environment jsdom */
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Host } from "../../src/preview/host";
import {
  FLAWED_REPORT as REPORT,
  cardsOf,
  cleanPaneBetweenTests,
  renderCheckTab,
  runCheck,
  type CheckPane,
} from "../support/check-tab";

let host: Host;
let errors: string[];
let pane: CheckPane;

function setup(lines: string[] = REPORT, settings: Record<string, unknown> = {}, sets = { WordApi: "1.3" }) {
  pane = renderCheckTab(lines, settings, sets);
  ({ host, errors } = pane);
}

const texts = () => host.document.snapshot().map((p) => p.text);
const settings = () => host.Office.context.document.settings;

cleanPaneBetweenTests();

test("开始检查 shows the verdict, counts by severity and category, and the outline at a glance", async () => {
  setup();
  host.resetSyncCount();
  await runCheck();
  expect(host.syncCount()).toBeLessThanOrEqual(2);
  expect(screen.getByTestId("verdict").textContent).toContain("需要修改");
  expect(screen.getByTestId("verdict").textContent).toContain("错误 1");
  expect(screen.getByTestId("category-counts").textContent).toBe("结构 1 · 对应 2 · 用词 1 · 格式 0");
  expect(screen.getByTestId("outline-summary").textContent).toContain("问题 4 个 · 原因 3 条 · 措施 3 条");
  // Most severe first inside a group: the term error leads the wording group.
  const wording = screen.getAllByTestId("finding").filter((c) => c.closest("[data-category=wording]"));
  expect(wording[0]!.dataset.rule).toBe("term");
});

test("the card marks exactly the offending characters and 修正 replaces only them", async () => {
  setup();
  await runCheck();
  const [card] = cardsOf("term");
  expect(card!.querySelector("mark")!.textContent).toBe("三会两课");
  const before = texts()[4]!;
  fireEvent.click(within(card!).getByRole("button", { name: "修正" }));
  await screen.findByText("已修正，结果已更新。");
  expect(texts()[4]).toBe(before.replace("三会两课", "三会一课"));
  expect(texts().filter((_, i) => i !== 4)).toEqual(REPORT.filter((_, i) => i !== 4));
  expect(cardsOf("term")).toHaveLength(0);
});

test("修正 on a paragraph edited since the check changes nothing, says so and re-reads", async () => {
  setup();
  await runCheck();
  act(() => host.document.editText(4, "1.学习浮于表面。参加“三会两课”时很少发言。"));
  fireEvent.click(within(cardsOf("term")[0]!).getByRole("button", { name: "修正" }));
  await screen.findByText("已重新读取文档并更新结果。");
  expect(errors[0]).toMatch(/文档已更改/);
  expect(texts()[4]).toBe("1.学习浮于表面。参加“三会两课”时很少发言。");
  // The new check sees the edited paragraph: the card now points at its text.
  expect(cardsOf("term")[0]!.querySelector("mark")!.textContent).toBe("三会两课");
});

test("定位 selects the finding's characters in the document", async () => {
  setup();
  await runCheck();
  fireEvent.click(within(cardsOf("term")[0]!).getByRole("button", { name: "定位" }));
  await waitFor(() => expect(host.document.selection().text).toBe("三会两课"));
  expect(host.document.selection().paragraph).toBe(4);
});

// Problem 4 has no measure (its cause is only uncertain: a cause shares its theme).
test("忽略 hides one finding and remembers it in the document; another check keeps it hidden", async () => {
  setup();
  await runCheck();
  fireEvent.click(within(cardsOf("problem-without-measure")[0]!).getByRole("button", { name: "忽略" }));
  await waitFor(() => expect(cardsOf("problem-without-measure")).toHaveLength(0));
  expect(settings().get("ignored")).toEqual([expect.stringMatching(/^problem-without-measure\|/)]);
  // An edit elsewhere does not bring it back.
  act(() => host.document.editText(1, "按照通知安排，我对照4个方面查找了差距，现汇报如下："));
  await runCheck();
  expect(cardsOf("problem-without-measure")).toHaveLength(0);
  expect(screen.getByText(/已忽略 1 条/)).toBeTruthy();
});

test("忽略此类 turns the rule off for this user, with an undo", async () => {
  setup();
  await runCheck();
  // Groups with only hints start collapsed.
  expect(cardsOf("proportion")).toHaveLength(0);
  fireEvent.click(screen.getByRole("button", { name: /^结构/ }));
  fireEvent.click(within(cardsOf("proportion")[0]!).getByRole("button", { name: "忽略此类" }));
  expect(cardsOf("proportion")).toHaveLength(0);
  expect(JSON.parse(localStorage.getItem("duizhao:prefs")!).rules.proportion.enabled).toBe(false);
  fireEvent.click(screen.getByRole("button", { name: "撤销" }));
  expect(cardsOf("proportion")).toHaveLength(1);
});

test("an empty document gets a short explanation and a way to the structure tab", async () => {
  setup([""]);
  fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
  const box = await screen.findByTestId("unstructured");
  expect(screen.queryAllByTestId("finding")).toHaveLength(0);
  fireEvent.click(within(box).getByRole("button", { name: "去插入框架" }));
  expect(pane.openedStructure).toBe(1);
});

test("the template saved by the structure tab feeds the check", async () => {
  setup(REPORT, {
    template: { aspects: ["理论学习", "党员意识", "担当作为", "纪律作风", "联系群众"], kind: "personal" },
  });
  await runCheck();
  expect(screen.getByText("已按文档保存的模板核对 5 个方面。")).toBeTruthy();
  expect(cardsOf("aspect-coverage").length).toBeGreaterThan(0);
});

test("整改清单 插入到文末 appends a title and a 7-column table with one row per problem", async () => {
  setup();
  await runCheck();
  fireEvent.click(screen.getByRole("button", { name: "整改清单" }));
  fireEvent.click(await screen.findByRole("button", { name: "插入到文末" }));
  await screen.findByText("已在文末插入整改清单（4 行）。");
  const doc = host.document.snapshot();
  const cells = doc.filter((p) => p.table);
  expect(cells).toHaveLength(5 * 7);
  expect(cells.slice(0, 7).map((c) => c.text)).toEqual([
    "序号",
    "存在问题",
    "原因",
    "整改措施",
    "整改时限",
    "责任人",
    "完成情况",
  ]);
  expect(cells.slice(7, 14).map((c) => c.text)[4]).toBe("年底前；长期坚持");
  expect(doc[REPORT.length]!.text).toBe("整改清单");
  // The check that follows reads the report, not the table.
  await waitFor(() =>
    expect(screen.getByTestId("outline-summary").textContent).toContain("问题 4 个 · 原因 3 条 · 措施 3 条"),
  );
  expect(cardsOf("missing-signature")).toHaveLength(0);
});

test("在新文档中生成 opens a new document and leaves this one unchanged", async () => {
  setup();
  await runCheck();
  fireEvent.click(screen.getByRole("button", { name: "整改清单" }));
  fireEvent.click(await screen.findByRole("button", { name: "在新文档中生成" }));
  await screen.findByText("已在新文档中生成整改清单。");
  expect(host.createdDocuments()).toHaveLength(1);
  expect(texts()).toEqual(REPORT);
});

test("以批注标出 appears only where comments exist and anchors one comment per finding", async () => {
  setup();
  await runCheck();
  expect(screen.queryByRole("button", { name: "以批注标出" })).toBeNull();
  cleanup();
  setup(REPORT, {}, { WordApi: "1.4" });
  await runCheck();
  fireEvent.click(screen.getByRole("button", { name: "以批注标出" }));
  await screen.findByText(/已在文档中添加 \d+ 条批注/);
  const comments = host.document.comments();
  expect(comments.find((c) => c.text.includes("三会一课"))).toMatchObject({
    paragraph: 4,
    end: expect.any(Number),
  });
  expect(texts()).toEqual(REPORT);
});

test("J and K move the focus between finding cards", async () => {
  setup();
  await runCheck();
  const all = screen.getAllByTestId("finding");
  all[0]!.focus();
  fireEvent.keyDown(all[0]!, { key: "j" });
  expect(document.activeElement).toBe(all[1]);
  fireEvent.keyDown(all[1]!, { key: "k" });
  expect(document.activeElement).toBe(all[0]);
  expect(screen.getByText(/J \/ K/)).toBeTruthy();
});

test("a long list of findings draws 30 cards per group first and the rest on request", async () => {
  // The same wrong term in 35 problems: 35 findings in one group.
  const problems = Array.from(
    { length: 35 },
    (_, i) => `${i + 1}.参加“三会两课”不够认真。全年缺席${i + 1}次。`,
  );
  setup([...REPORT.slice(0, 4), ...problems, ...REPORT.slice(4)]);
  await runCheck();
  expect(cardsOf("term")).toHaveLength(30);
  // Other groups may be long too (the repeated problems are also uncertain links): open the term group's rest.
  const group = cardsOf("term")[0]!.closest<HTMLElement>("[data-category]")!;
  fireEvent.click(within(group).getByRole("button", { name: /显示其余 \d+ 条/ }));
  expect(cardsOf("term").length).toBeGreaterThanOrEqual(35);
});

test("the group holding an error comes first, whatever its category", async () => {
  setup();
  await runCheck();
  const first = screen.getAllByTestId("finding")[0]!;
  expect(first.dataset.rule).toBe("term");
});

test("on a long report the correspondence view waits for a click, even with links missing", async () => {
  // 25 more problems under 纪律作风 that no measure answers.
  const problems = Array.from(
    { length: 25 },
    (_, i) => `${i + 5}.公文归档拖延。全年有${i + 1}份文件逾期归档。`,
  );
  setup([...REPORT.slice(0, 11), ...problems, ...REPORT.slice(11)]);
  await runCheck();
  expect(cardsOf("problem-without-measure").length).toBeGreaterThan(0);
  expect(screen.queryByTestId("correspondence")).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: /^对应关系/ }));
  expect(await screen.findByTestId("correspondence")).toBeTruthy();
});

test.each([
  ["[null]", [null]],
  ["[{}]", [{}]],
  ['kind "x"', [{ problem: "甲", target: "乙", kind: "x", action: "confirm" }]],
])(
  "stored links %s: the check shows its results and says once that settings were ignored",
  async (_l, links) => {
    setup(REPORT, { links, ignored: "not a list" });
    await runCheck();
    expect(screen.getByTestId("verdict").textContent).toContain("需要修改");
    expect(screen.getByTestId("check-notice").textContent).toMatch(/有 2 项格式不正确.*已忽略/);
    expect(errors).toEqual([]);
    // Noted once: dismissed, it does not come back with the next check.
    fireEvent.click(within(screen.getByTestId("check-notice")).getByRole("button"));
    const syncs = host.syncCount();
    await runCheck();
    await waitFor(() => expect(host.syncCount()).toBeGreaterThan(syncs));
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "重新检查" })).toHaveProperty("disabled", false),
    );
    expect(screen.queryByTestId("check-notice")).toBeNull();
  },
);

test("a text beyond the check's budget shows the reason instead of an empty tab", async () => {
  const lines = ["2025年度组织生活会个人对照检查材料", "一、存在的主要问题"];
  for (let i = 1; i <= 600; i++) lines.push(`${i}.第${i}个问题，学习不够深入。`);
  lines.push("二、问题产生的原因");
  for (let i = 1; i <= 600; i++) lines.push(`${i}.第${i}条原因，理想信念有所弱化。`);
  setup(lines);
  fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
  await waitFor(() => expect(errors).toHaveLength(1));
  expect(errors[0]).toMatch(/^条目过多/);
  expect(screen.queryByTestId("verdict")).toBeNull();
  expect(screen.getByRole("button", { name: "开始检查" })).toHaveProperty("disabled", false);
});
