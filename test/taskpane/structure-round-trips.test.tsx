/** @jest-environment jsdom */
/**
 * Round trips per click in the 结构 tab, as the user pays them (200–300 ms each on Word for Mac): the verb
 * and the live outline's fresh read together cost at most 2 syncs.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createHost, type Host, type HostParagraph } from "../../src/preview/host";
import { StructureTab } from "../../src/taskpane/tabs/StructureTab";

const REPORT: HostParagraph[] = [
  { text: "2026年度组织生活会个人对照检查材料" },
  { text: "一、存在的主要问题" },
  { text: "（一）理论学习方面" },
  { text: "1.读书计划坚持得不好。全年原定十二本只读了五本。" },
  { text: "3、学用脱节。学过的调研方法没有用到社区走访中。" },
  { text: "二、产生问题的原因" },
  { text: "（一）学习的自觉性减弱。把学习当成软任务。" },
  { text: "三、整改措施" },
  { text: "（一）每月读完一本理论书籍，年底前交两篇心得。" },
];

let host: Host;

async function setup(paragraphs: HostParagraph[]) {
  host = createHost(paragraphs);
  host.install(globalThis);
  render(
    <FluentProvider theme={webLightTheme}>
      <StructureTab onError={jest.fn()} />
    </FluentProvider>,
  );
  await settled();
}

const button = (name: string) => screen.getByRole("button", { name }) as HTMLButtonElement;
const settled = () => waitFor(() => expect(button("插入完整框架").disabled).toBe(false));
const outlineHas = (text: string) =>
  waitFor(() => expect(screen.getByTestId("live-outline").textContent).toContain(text));
const quiet = () => new Promise((r) => setTimeout(r, 50));

/** Syncs from the click until the pane is idle again with `shown` in its outline. */
async function syncsOfClick(name: string, shown: string): Promise<number> {
  host.resetSyncCount();
  fireEvent.click(button(name));
  await screen.findByTestId("structure-done");
  await outlineHas(shown);
  await settled();
  await quiet();
  return host.syncCount();
}

beforeEach(() => localStorage.clear());

test("插入完整框架: the skeleton and the outline that shows it cost 2 syncs", async () => {
  await setup([]);
  expect(await syncsOfClick("插入完整框架", "整改措施")).toBeLessThanOrEqual(2);
  expect(host.document.snapshot().length).toBeGreaterThan(10);
});

test.each([
  ["新增问题", 3, "【用一句话概括问题】"],
  ["新增方面", 3, "（二）"],
  ["新增原因", 6, "（二）【"],
  ["新增措施", 8, "（二）【"],
])("%s: the insertion and the outline that shows it cost 2 syncs", async (name, at, shown) => {
  await setup(REPORT);
  host.document.setSelection(at, 1);
  expect(await syncsOfClick(name, shown)).toBeLessThanOrEqual(2);
});

test("重新编号: reading the plan costs 1 sync, applying it with the fresh outline 2", async () => {
  await setup(REPORT);
  host.resetSyncCount();
  fireEvent.click(button("重新编号"));
  const dialog = await screen.findByRole("dialog");
  await quiet();
  expect(host.syncCount()).toBe(1);
  host.resetSyncCount();
  fireEvent.click(await within(dialog).findByRole("button", { name: "修改" }));
  await screen.findByTestId("structure-done");
  await outlineHas("2.学用脱节");
  await settled();
  await quiet();
  expect(host.syncCount()).toBeLessThanOrEqual(2);
});

test("一键排版: read, find the run-in leads, write with the outline read back: 3 syncs", async () => {
  await setup(REPORT);
  expect(await syncsOfClick("一键排版", "三、整改措施")).toBeLessThanOrEqual(3);
});
