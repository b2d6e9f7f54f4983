/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import { mountPane } from "../../src/taskpane/mount";
import { createHost } from "../../src/preview/host";

const report = [
  "2024年度组织生活会个人对照检查材料",
  "一、存在的问题",
  "（一）理论学习方面",
  "1.学习不够系统。今年只读了两本辅导读物。",
  "二、原因分析",
  "（一）理论学习有所放松。",
  "三、整改措施",
  "（一）每月精读1篇原文。",
];

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement("div");
  document.body.appendChild(container);
});
afterEach(() => {
  container.remove();
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Word?: unknown }).Word;
});

async function mount(search = "") {
  let root: Awaited<ReturnType<typeof mountPane>> | undefined;
  await act(async () => {
    root = await mountPane(container, search);
  });
  return root;
}

test("outside Word (Office.js loaded, no host) the pane explains in Chinese how to open it", async () => {
  // Office.js in a plain browser: onReady answers with no host.
  (globalThis as { Office?: unknown }).Office = { onReady: async () => ({ host: null, platform: null }) };
  const root = await mount();
  expect(screen.getByText("请在 Word 中打开本助手")).toBeTruthy();
  expect(screen.queryByText("无法加载 Office.js")).toBeNull();
  expect(screen.queryByRole("tab")).toBeNull();
  act(() => root?.unmount());
});

test("without Office.js (its script failed) the pane says so and names the administrator's build command", async () => {
  const root = await mount();
  expect(screen.getByText("无法加载 Office.js")).toBeTruthy();
  expect(screen.queryByText("请在 Word 中打开本助手")).toBeNull();
  expect(screen.getByText(/ADDIN_BASE_URL=https:\/\/localhost\/ OFFICE_JS=local npm run build/)).toBeTruthy();
  expect(screen.queryByRole("tab")).toBeNull();
  act(() => root?.unmount());
});

test("a Word without WordApi 1.3 gets a message naming the version it needs", async () => {
  createHost(
    report.map((text) => ({ text })),
    { supportedSets: { WordApi: "1.2" } },
  ).install(globalThis);
  const root = await mount();
  expect(screen.getByText("Word 版本过低")).toBeTruthy();
  expect(screen.getByText(/WordApi 1\.3/)).toBeTruthy();
  act(() => root?.unmount());
});

test("in Word the pane opens on the tab the ribbon button asked for", async () => {
  createHost(report.map((text) => ({ text }))).install(globalThis);
  const root = await mount("?tab=structure&_host_Info=Word$Win32$16.01$zh-CN");
  expect(screen.getAllByRole("tab")).toHaveLength(4);
  for (const name of ["结构", "检查", "短语", "设置"]) expect(screen.getByRole("tab", { name })).toBeTruthy();
  expect(screen.getByRole("tab", { name: "结构" }).getAttribute("aria-selected")).toBe("true");
  // The structure tab reads the document at once and lists its parts.
  const outline = await screen.findByTestId("live-outline");
  await within(outline).findByText("一、存在的问题");
  // Items show their numbers as written, brackets included.
  expect(within(outline).getByText("（一）理论学习有所放松。")).toBeTruthy();
  expect(within(outline).getByText("1.学习不够系统。")).toBeTruthy();
  act(() => root?.unmount());
});

test("the 检查 button's run=1 starts a check as the pane opens", async () => {
  const host = createHost(report.map((text) => ({ text })));
  host.install(globalThis);
  const root = await mount("?tab=check&run=1");
  const verdict = await screen.findByTestId("verdict");
  expect(verdict.textContent).toMatch(/可以提交|建议修改|需要修改/);
  expect(host.syncCount()).toBeLessThanOrEqual(2);
  act(() => root?.unmount());
});

test("a failing document read shows the reason in the pane and leaves the document untouched", async () => {
  const host = createHost(report.map((text) => ({ text })));
  host.install(globalThis);
  // Word answers with an error for every batch, as when the document is closing.
  (globalThis as unknown as { Word: { run: () => Promise<never> } }).Word = {
    run: () => Promise.reject(Object.assign(new Error("GeneralException"), { code: "GeneralException" })),
  };
  const root = await mount("?tab=check&run=1");
  expect(await screen.findByText("操作未完成")).toBeTruthy();
  expect(host.document.snapshot().map((p) => p.text)).toEqual(report);
  act(() => root?.unmount());
});
