/** @jest-environment jsdom */
/**
 * 修订 on: the 检查 and 结构 tabs say what changes, the notice follows each read of the document, and
 * 重新编号 lists the paragraph it left alone because of its tracked changes.
 */
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createHost, type Host, type HostParagraph } from "../../src/preview/host";
import { CheckTab } from "../../src/taskpane/tabs/CheckTab";
import { StructureTab } from "../../src/taskpane/tabs/StructureTab";
import { createGateway, OperationQueue } from "../../src/word";
import { stubResizeObserver } from "../support/resize-observer";

jest.setTimeout(30000);
configure({ asyncUtilTimeout: 8000 });

const REPORT: HostParagraph[] = [
  { text: "2026年度组织生活会个人对照检查材料" },
  { text: "一、存在的主要问题" },
  { text: "（一）理论学习方面" },
  { text: "1.读书计划坚持得不好。全年原定十二本只读了五本。" },
  // "很" was deleted with tracking on.
  { text: "3.学用脱节。学过的方法很没有用到走访中。", revisions: [{ kind: "deleted", start: 12, end: 13 }] },
  { text: "4.带新人不主动。新来的两名同事没有人带教。" },
  { text: "二、产生问题的原因" },
  { text: "（一）学习的自觉性减弱。把学习当成软任务。" },
  { text: "三、整改措施" },
  { text: "（一）每月读完一本理论书籍，年底前交两篇心得。" },
];

let host: Host;

function setup(tab: "check" | "structure") {
  host = createHost(REPORT, { supportedSets: { WordApi: "1.4" } });
  host.document.setTracking("TrackAll");
  host.install(globalThis);
  render(
    <FluentProvider theme={webLightTheme}>
      {tab === "check" ? (
        <CheckTab onError={jest.fn()} onOpenStructure={jest.fn()} />
      ) : (
        <StructureTab onError={jest.fn()} />
      )}
    </FluentProvider>,
  );
}

beforeAll(() => stubResizeObserver());
beforeEach(() => localStorage.clear());

async function check() {
  fireEvent.click(screen.getByRole("button", { name: /开始检查|重新检查/ }));
  await screen.findByTestId("verdict");
  await waitFor(() =>
    expect(screen.getByRole("button", { name: "重新检查" })).toHaveProperty("disabled", false),
  );
}

test("检查: the notice shows with the check that found 修订 on, and goes with the check that finds it off", async () => {
  setup("check");
  expect(screen.queryByTestId("tracking-notice")).toBeNull();
  await check();
  expect(screen.getByTestId("tracking-notice").textContent).toMatch(
    /修订已打开.*定位和修正按屏幕上看到的文字/,
  );
  host.document.setTracking("Off");
  await check();
  expect(screen.queryByTestId("tracking-notice")).toBeNull();
});

test("结构: the notice says 一键排版 only applies styles; 重新编号 names the paragraph it left alone", async () => {
  setup("structure");
  const notice = await screen.findByTestId("tracking-notice");
  expect(notice.textContent).toMatch(/一键排版只套用样式/);
  fireEvent.click(screen.getByRole("button", { name: "重新编号" }));
  const dialog = await screen.findByRole("dialog");
  fireEvent.click(await within(dialog).findByRole("button", { name: "修改" }));
  const done = await screen.findByTestId("structure-done");
  expect(done.textContent).toMatch(/第5段含有修订，没有改动：写入前请先接受或拒绝该段的修订/);
  // What the user sees: the renumbered paragraph's old number stays in Word as a tracked deletion.
  const texts = (await createGateway(host, new OperationQueue()).readParagraphs()).map((p) => p.text);
  expect(texts[4]).toBe("3.学用脱节。学过的方法没有用到走访中。");
  expect(texts[5]).toBe("3.带新人不主动。新来的两名同事没有人带教。");
});
