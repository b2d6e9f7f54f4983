/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import {
  createHost,
  memoryStorage,
  type Host,
  type HostOptions,
  type HostParagraph,
} from "../../src/preview/host";
import { StructureTab } from "../../src/taskpane/tabs/StructureTab";
import { findTemplate } from "../../src/core/compose/templates";
import { ASPECTS_2022 } from "../support/preset-aspects";

/** A fictional report (own words) with two aspects, numbered problems, a cause and a measure. */
const REPORT: HostParagraph[] = [
  { text: "2026年度组织生活会个人对照检查材料" },
  { text: "按照支部通知要求，对照两个方面查找不足，现汇报如下：" },
  { text: "一、存在的主要问题" },
  { text: "（一）理论学习方面" },
  { text: "1.读书计划坚持得不好。全年原定十二本只读了五本。" },
  { text: "2.学用脱节。学过的调研方法没有用到社区走访中。" },
  { text: "（二）作用发挥方面" },
  { text: "3.志愿服务参加少。全年只去了两次结对小区。" },
  { text: "4.带新人不主动。新来的两名同事没有人带教。" },
  { text: "二、产生问题的原因" },
  { text: "（一）学习的自觉性减弱。把学习当成软任务。" },
  { text: "三、整改措施" },
  { text: "（一）每月读完一本理论书籍，年底前交两篇心得。" },
  { text: "林秋实" },
  { text: "2026年11月20日" },
];

let host: Host;
let onError: jest.Mock;

function setup(paragraphs: HostParagraph[] = REPORT, opts: HostOptions = {}) {
  host = createHost(paragraphs, opts);
  host.install(globalThis);
  onError = jest.fn();
  return render(
    <FluentProvider theme={webLightTheme}>
      <StructureTab onError={onError} />
    </FluentProvider>,
  );
}

const texts = () => host.document.snapshot().map((p) => p.text);
const click = (name: string) => fireEvent.click(screen.getByRole("button", { name }));
const settled = () =>
  waitFor(() =>
    expect((screen.getByRole("button", { name: "插入完整框架" }) as HTMLButtonElement).disabled).toBe(false),
  );

beforeEach(() => localStorage.clear());

test("插入完整框架 fills an empty document with the chosen preset, formatted, and saves the template", async () => {
  setup([]);
  await settled();
  click("模板与方面");
  fireEvent.click(screen.getByRole("combobox", { name: "会议模板" }));
  fireEvent.click(await screen.findByRole("option", { name: "2022年度组织生活会（六个方面）" }));
  click("插入完整框架");
  await screen.findByTestId("structure-done");
  const doc = texts();
  expect(doc[0]).toBe("2022年度组织生活会个人对照检查材料");
  const aspects = doc.filter((p) => /^（[一二三四五六]）.*方面$/.test(p));
  expect(aspects).toEqual(ASPECTS_2022);
  expect(doc).toContain("一、查摆存在的主要问题");
  const snapshot = host.document.snapshot();
  const h1 = snapshot.find((p) => p.text === "一、查摆存在的主要问题")!;
  expect(h1.font).toMatchObject({ name: "SimHei", nameFarEast: "黑体", size: 16, bold: false });
  expect(snapshot[0]).toMatchObject({ alignment: "Centered", font: { size: 22 } });
  expect(host.Office.context.document.settings.get("template")).toEqual({
    id: "2022-organization-life",
    aspects: findTemplate("2022-organization-life")!.aspects,
    priorYear: true,
    kind: "personal",
    meeting: "组织生活会",
    year: 2022,
  });
  // The live outline shows the new parts.
  await within(screen.getByTestId("live-outline")).findByText("三、下一步努力方向和整改措施");
  expect(onError).not.toHaveBeenCalled();
});

test("the title year: the preset's meeting year by default, the writer's year in the inserted title", async () => {
  setup([]);
  await settled();
  click("模板与方面");
  fireEvent.click(screen.getByRole("combobox", { name: "会议模板" }));
  fireEvent.click(await screen.findByRole("option", { name: "2022年度组织生活会（六个方面）" }));
  const year = screen.getByRole("textbox", { name: "标题年份" }) as HTMLInputElement;
  expect(year.value).toBe("2022");
  // Not a year: a Chinese message and nothing inserted.
  fireEvent.change(year, { target: { value: "26" } });
  expect(screen.getByText("标题年份请填写四位数字的年份，如 2026。")).toBeTruthy();
  click("插入完整框架");
  expect(onError).toHaveBeenCalledWith("标题年份请填写四位数字的年份，如 2026。");
  expect(texts()).toEqual([""]);
  fireEvent.change(year, { target: { value: "2026" } });
  expect(screen.getByText("标题：2026年度组织生活会个人对照检查材料")).toBeTruthy();
  click("插入完整框架");
  await screen.findByTestId("structure-done", undefined, { timeout: 20000 });
  expect(texts()[0]).toBe("2026年度组织生活会个人对照检查材料");
  // Choosing another preset starts again from its own year.
  fireEvent.click(screen.getByRole("combobox", { name: "会议模板" }));
  fireEvent.click(await screen.findByRole("option", { name: "2022年度组织生活会（六个方面）" }));
  expect(year.value).toBe("2022");
});

test("the chosen year is saved with the template: reopening the pane on the document shows it again", async () => {
  const storage = memoryStorage();
  setup([], { settingsStorage: storage });
  await settled();
  click("模板与方面");
  fireEvent.click(screen.getByRole("combobox", { name: "会议模板" }));
  fireEvent.click(await screen.findByRole("option", { name: "2024年度民主生活会（四个带头）" }));
  fireEvent.change(screen.getByRole("textbox", { name: "标题年份" }), { target: { value: "２０２６" } });
  // The summary above 插入完整框架 names the preset (2024年度…) and the title's other year.
  expect(screen.getByTestId("template-summary").textContent).toMatch(/^2024年度民主生活会.*标题年份 2026$/);
  click("插入完整框架");
  await screen.findByTestId("structure-done", undefined, { timeout: 20000 });
  expect(texts()[0]).toBe("2026年度民主生活会个人对照检查材料");
  expect(storage.read().template).toMatchObject({ id: "2024-democratic-life", year: 2026 });

  // Reopen: a new pane over the same document settings.
  document.body.innerHTML = "";
  setup(
    texts().map((text) => ({ text })),
    { settingsStorage: storage },
  );
  await settled();
  click("模板与方面");
  expect((screen.getByRole("combobox", { name: "会议模板" }) as HTMLInputElement).value).toBe(
    "2024年度民主生活会（四个带头）",
  );
  const year = screen.getByRole("textbox", { name: "标题年份" }) as HTMLInputElement;
  expect(year.value).toBe("2026");
  expect(screen.getByText("标题：2026年度民主生活会个人对照检查材料")).toBeTruthy();
  // Another preset starts again from its own meeting year.
  fireEvent.click(screen.getByRole("combobox", { name: "会议模板" }));
  fireEvent.click(await screen.findByRole("option", { name: "2022年度组织生活会（六个方面）" }));
  expect(year.value).toBe("2022");
});

test.each([
  ["a year as text", "2026"],
  ["a year out of range", 1926],
  ["a fraction", 2025.5],
])("a stored template with %s keeps the template and falls back to its meeting year", async (_label, bad) => {
  const saved = { id: "2024-democratic-life", kind: "personal", meeting: "民主生活会", year: bad };
  setup([], { settingsStorage: memoryStorage({ template: saved }) });
  await settled();
  click("模板与方面");
  expect((screen.getByRole("combobox", { name: "会议模板" }) as HTMLInputElement).value).toBe(
    "2024年度民主生活会（四个带头）",
  );
  expect((screen.getByRole("textbox", { name: "标题年份" }) as HTMLInputElement).value).toBe("2024");
  expect(onError).not.toHaveBeenCalled();
});

test("新增问题 in the second aspect inserts the next number and shifts the later ones", async () => {
  setup();
  await settled();
  host.document.setSelection(7, 3);
  click("新增问题");
  await screen.findByTestId("structure-done");
  expect(texts().slice(7, 10)).toEqual([
    "3.志愿服务参加少。全年只去了两次结对小区。",
    "4.【用一句话概括问题】。【写清具体表现：什么时间、哪件事、哪些数据，见人见事见思想】。",
    "5.带新人不主动。新来的两名同事没有人带教。",
  ]);
  expect(texts().slice(0, 7)).toEqual(REPORT.slice(0, 7).map((p) => p.text));
});

test("a cursor in the title: a Chinese message and the document unchanged", async () => {
  setup();
  await settled();
  host.document.setSelection(0, 2);
  click("新增原因");
  await waitFor(() => expect(onError).toHaveBeenCalled());
  expect(onError.mock.calls[0]![0]).toMatch(/标题/);
  expect(texts()).toEqual(REPORT.map((p) => p.text));
});

test("重新编号 lists the edits as 将修改 N 处 and applies them only after confirmation", async () => {
  const broken = REPORT.map((p) => ({ ...p }));
  broken[5] = { text: "2、学用脱节。学过的调研方法没有用到社区走访中。" };
  broken[7] = { text: "4.志愿服务参加少。全年只去了两次结对小区。" };
  broken[8] = { text: "5.带新人不主动。新来的两名同事没有人带教。" };
  setup(broken);
  await settled();
  click("重新编号");
  const dialog = await screen.findByRole("dialog");
  expect(within(dialog).getByText("将修改 3 处")).toBeTruthy();
  expect(within(dialog).getByTestId("renumber-edits").textContent).toContain("2、 → 2.");
  expect(texts()[5]).toBe("2、学用脱节。学过的调研方法没有用到社区走访中。"); // nothing yet
  // While the dialog opens its surface is still aria-hidden: wait for the button to become reachable.
  fireEvent.click(await within(dialog).findByRole("button", { name: "修改" }));
  await screen.findByTestId("structure-done");
  expect(texts().slice(4, 9)).toEqual(REPORT.slice(4, 9).map((p) => p.text));
});

test("一键排版 gives each level its font, East Asian font included", async () => {
  setup();
  await settled();
  click("一键排版");
  await screen.findByTestId("structure-done");
  const s = host.document.snapshot();
  expect(s[0]!.font).toMatchObject({ name: "SimSun", nameFarEast: "方正小标宋简体", size: 22 });
  expect(s[2]!.font).toMatchObject({ name: "SimHei", nameFarEast: "黑体", size: 16 });
  expect(s[3]!.font).toMatchObject({ name: "KaiTi", nameFarEast: "楷体_GB2312" });
  expect(s[4]!.font).toMatchObject({ nameFarEast: "仿宋_GB2312", bold: false });
  expect(s[4]).toMatchObject({ firstLineIndent: 32, lineSpacing: 28, lineSpacingRule: "exact" });
  expect(s.slice(0, 5).map((p) => p.style)).toEqual([
    "对照-标题",
    "对照-正文",
    "对照-一级",
    "对照-二级",
    "对照-正文",
  ]);
  expect(texts()).toEqual(REPORT.map((p) => p.text));
});

test.each([
  ["this Word (WordApi 1.3) cannot give a sentence its own East Asian font: the note says so", {}, true],
  [
    "WordApiDesktop 1.3 gives the run-in lead its heading font: no note",
    { supportedSets: { WordApi: "1.3", WordApiDesktop: "1.3" } },
    false,
  ],
] as const)("一键排版 with a run-in lead: %s", async (_, opts, noted) => {
  // REPORT's cause "（一）学习的自觉性减弱。把学习当成软任务。" is a run-in lead.
  setup(REPORT, opts);
  await settled();
  click("一键排版");
  const done = await screen.findByTestId("structure-done");
  expect(done.textContent).toMatch(/已排版\d+段/);
  expect(done.textContent?.includes("保持正文字体")).toBe(noted);
});

test("bold per level is a setting: ticking 二级标题 bolds level-2 headings only", async () => {
  setup();
  await settled();
  click("选项");
  fireEvent.click(screen.getByRole("checkbox", { name: "二级标题" }));
  click("一键排版");
  await screen.findByTestId("structure-done");
  const s = host.document.snapshot();
  expect(s[3]!.font.bold).toBe(true);
  expect(s[2]!.font.bold).toBe(false);
});

test("an empty aspect list refuses to insert and says why", async () => {
  setup([]);
  await settled();
  click("模板与方面");
  while (screen.queryAllByRole("button", { name: /^删除“/ }).length > 0)
    fireEvent.click(screen.getAllByRole("button", { name: /^删除“/ })[0]!);
  click("插入完整框架");
  expect(onError).toHaveBeenCalledWith(expect.stringContaining("方面列表是空的"));
  expect(texts()).toEqual([""]);
});

test("a pasted notice with thirty aspects is extracted, then refused with the limit named", async () => {
  setup([]);
  await settled();
  click("模板与方面");
  const lines = Array.from({ length: 30 }, (_, i) => `${i + 1}.第${i + 1}项检视内容方面`);
  fireEvent.change(screen.getByRole("textbox", { name: "粘贴会议通知" }), {
    target: { value: `请对照以下方面逐项检视：\n${lines.join("\n")}` },
  });
  click("提取方面");
  await screen.findByTestId("notice-found");
  click("使用这些方面");
  expect(screen.getAllByRole("textbox", { name: /^第\d+个方面$/ })).toHaveLength(30);
  click("插入完整框架");
  expect(onError).toHaveBeenCalledWith(expect.stringContaining("方面太多"));
  expect(texts()).toEqual([""]);
});

test("a pasted notice without recognisable aspects shows a warning and keeps the list", async () => {
  setup([]);
  await settled();
  click("模板与方面");
  const before = screen
    .getAllByRole("textbox", { name: /^第\d+个方面$/ })
    .map((i) => (i as HTMLInputElement).value);
  fireEvent.change(screen.getByRole("textbox", { name: "粘贴会议通知" }), {
    target: { value: "请各支部于下周五前报送材料，联系人张老师。" },
  });
  click("提取方面");
  expect((await screen.findByTestId("notice-result")).textContent).toContain("没有从通知中认出检视方面");
  const after = screen
    .getAllByRole("textbox", { name: /^第\d+个方面$/ })
    .map((i) => (i as HTMLInputElement).value);
  expect(after).toEqual(before);
});

test("a pasted notice shows what it found; the list changes only on 使用这些方面", async () => {
  setup([]);
  await settled();
  click("模板与方面");
  const aspectNames = () =>
    screen.getAllByRole("textbox", { name: /^第\d+个方面$/ }).map((i) => (i as HTMLInputElement).value);
  const before = aspectNames();
  fireEvent.change(screen.getByRole("textbox", { name: "粘贴会议通知" }), {
    target: { value: "重点围绕理论学习、工作作风、服务群众三个方面进行检视。" },
  });
  click("提取方面");
  const found = await screen.findByTestId("notice-found");
  expect(found.textContent).toContain("识别出3个方面");
  expect(found.textContent).toContain("通知原文：理论学习、工作作风、服务群众三个方面");
  const list = within(found).getByRole("list", { name: "识别出的方面" });
  expect(
    within(list)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual(["理论学习", "工作作风", "服务群众"]);
  expect(aspectNames()).toEqual(before);
  // 取消 keeps the list and closes the preview.
  click("取消");
  expect(screen.queryByTestId("notice-found")).toBeNull();
  expect(aspectNames()).toEqual(before);
  click("提取方面");
  await screen.findByTestId("notice-found");
  click("使用这些方面");
  expect(aspectNames()).toEqual(["理论学习", "工作作风", "服务群众"]);
  expect(screen.queryByTestId("notice-found")).toBeNull();
  expect(screen.getByTestId("notice-result").textContent).toContain("已换成通知中的3个方面");
});

test("a protected document: the gateway's read-only message, the document unchanged", async () => {
  setup(REPORT, { readOnly: true });
  await settled();
  host.document.setSelection(4, 2);
  click("新增问题");
  await waitFor(() => expect(onError).toHaveBeenCalled());
  expect(onError.mock.calls[0]![0]).toMatch(/只读或受保护/);
  expect(texts()).toEqual(REPORT.map((p) => p.text));
});
