/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { act, configure, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createHost } from "../../src/preview/host";
import { SnippetsPane } from "../../src/taskpane/snippets/SnippetsPane";
import { CheckTab } from "../../src/taskpane/tabs/CheckTab";
import { WordProvider } from "../../src/taskpane/word-context";
import { stubResizeObserver } from "../support/resize-observer";

// The same keys move between cards in every list: J or ↓ to the next card, K or ↑ to the previous one.

jest.setTimeout(30000);
configure({ asyncUtilTimeout: 8000 });

const REPORT = readFileSync(join(__dirname, "../fixtures/check/flawed-water-bureau.txt"), "utf8")
  .trimEnd()
  .split(/\r?\n/)
  .map((text) => ({ text }));

beforeAll(stubResizeObserver);
beforeEach(() => localStorage.clear());

function pane(children: React.ReactNode) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <WordProvider env={createHost(REPORT)}>{children}</WordProvider>
    </FluentProvider>,
  );
}

test("snippets: ↓ from the search box enters the list, J and ↓ go on, K and ↑ go back", async () => {
  pane(<SnippetsPane />);
  const box = screen.getByRole("searchbox", { name: "搜索短语" });
  fireEvent.change(box, { target: { value: "学习" } });
  await screen.findByText("搜索结果");
  const cards = () => [...document.querySelectorAll<HTMLElement>("[data-snippet-main]")];
  act(() => box.focus());
  fireEvent.keyDown(box, { key: "ArrowDown" });
  expect(document.activeElement).toBe(cards()[0]);
  fireEvent.keyDown(cards()[0]!, { key: "j" });
  expect(document.activeElement).toBe(cards()[1]);
  fireEvent.keyDown(cards()[1]!, { key: "ArrowDown" });
  expect(document.activeElement).toBe(cards()[2]);
  fireEvent.keyDown(cards()[2]!, { key: "k" });
  expect(document.activeElement).toBe(cards()[1]);
  fireEvent.keyDown(cards()[1]!, { key: "ArrowUp" });
  expect(document.activeElement).toBe(cards()[0]);
});

test("snippets: a J typed into the search box stays there", async () => {
  pane(<SnippetsPane />);
  const box = screen.getByRole("searchbox", { name: "搜索短语" });
  act(() => box.focus());
  const key = fireEvent.keyDown(box, { key: "j" });
  expect(key).toBe(true); // not prevented: the letter reaches the box
  expect(document.activeElement).toBe(box);
});

test("findings: ↓ and ↑ move between the cards as J and K do", async () => {
  pane(<CheckTab onError={() => undefined} onOpenStructure={() => undefined} />);
  fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
  await screen.findByTestId("verdict");
  const all = screen.getAllByTestId("finding");
  all[0]!.focus();
  fireEvent.keyDown(all[0]!, { key: "ArrowDown" });
  expect(document.activeElement).toBe(all[1]);
  fireEvent.keyDown(all[1]!, { key: "ArrowUp" });
  expect(document.activeElement).toBe(all[0]);
  // At the first card, ↑ stays there.
  fireEvent.keyDown(all[0]!, { key: "ArrowUp" });
  expect(document.activeElement).toBe(all[0]);
});
