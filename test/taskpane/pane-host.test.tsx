/** @jest-environment jsdom */
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createHost, type HostParagraph } from "../../src/preview/host";
import { CheckTab } from "../../src/taskpane/tabs/CheckTab";
import { StructureTab } from "../../src/taskpane/tabs/StructureTab";
import { WordProvider } from "../../src/taskpane/word-context";
import { stubResizeObserver } from "../support/resize-observer";

// A full check renders a few hundred Fluent components; the shared CI machine is slow.
jest.setTimeout(30000);
configure({ asyncUtilTimeout: 8000 });

/** Two short fictional reports (own words) that differ in their aspects. */
const report = (aspect: string, problem: string): HostParagraph[] =>
  [
    "2026年度组织生活会个人对照检查材料",
    "一、存在的问题",
    `（一）${aspect}方面`,
    `1.${problem}`,
    "二、原因分析",
    "（一）思想上有所松懈。",
    "三、整改措施",
    "（一）每月对照检查一次，年底前交一份小结。",
  ].map((text) => ({ text }));

beforeAll(stubResizeObserver);
beforeEach(() => {
  localStorage.clear();
  // No Word on the globals: each pane below reaches only the host it is given.
  delete (globalThis as { Word?: unknown }).Word;
  delete (globalThis as { Office?: unknown }).Office;
});

test("two panes side by side each read and change only their own document", async () => {
  const a = createHost(report("理论学习", "读书计划坚持得不好。全年只读了五本。"));
  const b = createHost(report("作风建设", "调研走过场。只听汇报，没有进农户。"));
  render(
    <FluentProvider theme={webLightTheme}>
      <div data-testid="pane-a">
        <WordProvider env={a}>
          <StructureTab onError={() => undefined} />
        </WordProvider>
      </div>
      <div data-testid="pane-b">
        <WordProvider env={b}>
          <StructureTab onError={() => undefined} />
        </WordProvider>
      </div>
    </FluentProvider>,
  );
  const paneA = screen.getByTestId("pane-a");
  const paneB = screen.getByTestId("pane-b");
  await within(paneA).findByText("（一）理论学习方面");
  await within(paneB).findByText("（一）作风建设方面");
  expect(within(paneA).queryByText("（一）作风建设方面")).toBeNull();

  // 一键排版 in pane A formats A's document; B's keeps Word's defaults.
  fireEvent.click(within(paneA).getByRole("button", { name: "一键排版" }));
  await within(paneA).findByTestId("structure-done");
  expect(a.document.snapshot()[2]!.font.nameFarEast).toBe("楷体_GB2312");
  expect(b.document.snapshot()[2]!.font.nameFarEast).toBeUndefined();
  await waitFor(() => expect(b.syncCount()).toBe(1));
});

test("a check pane given its own host checks that document, in at most 2 round trips", async () => {
  const host = createHost(report("理论学习", "读书计划坚持得不好。全年只读了五本。"));
  render(
    <FluentProvider theme={webLightTheme}>
      <WordProvider env={host}>
        <CheckTab onError={() => undefined} onOpenStructure={() => undefined} />
      </WordProvider>
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
  await screen.findByTestId("verdict");
  expect(screen.getByTestId("outline-summary").textContent).toContain("问题 1 个 · 原因 1 条 · 措施 1 条");
  expect(host.syncCount()).toBeLessThanOrEqual(2);
});
