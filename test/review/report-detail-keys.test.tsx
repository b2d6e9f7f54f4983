/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ReportDetail } from "../../src/review/ReportDetail";
import { checkFile } from "../../src/review/rows";
import { provideTextDecoder } from "../support/check-tab";
import { stubResizeObserver } from "../support/resize-observer";

// The 审阅台's finding cards move with the pane's keys: J or ↓ to the next card, K or ↑ to the previous one.

const FILE = join(__dirname, "../fixtures/check/flawed-water-bureau.txt");

provideTextDecoder();
beforeAll(stubResizeObserver);

function showReport(): void {
  const row = checkFile(0, "flawed-water-bureau.txt", readFileSync(FILE), {});
  expect(row.reason).toBeNull();
  render(
    <FluentProvider theme={webLightTheme}>
      <ReportDetail row={row} onClose={() => undefined} />
    </FluentProvider>,
  );
}

test("J, ↓, K and ↑ move between the finding cards of a report, staying at the ends", () => {
  showReport();
  const cards = screen.getAllByTestId("finding");
  expect(cards.length).toBeGreaterThan(2);
  cards[0]!.focus();
  fireEvent.keyDown(cards[0]!, { key: "j" });
  expect(document.activeElement).toBe(cards[1]);
  fireEvent.keyDown(cards[1]!, { key: "ArrowDown" });
  expect(document.activeElement).toBe(cards[2]);
  fireEvent.keyDown(cards[2]!, { key: "K" });
  expect(document.activeElement).toBe(cards[1]);
  fireEvent.keyDown(cards[1]!, { key: "ArrowUp" });
  expect(document.activeElement).toBe(cards[0]);
  // At the first card, ↑ stays there; at the last, ↓ does.
  fireEvent.keyDown(cards[0]!, { key: "ArrowUp" });
  expect(document.activeElement).toBe(cards[0]);
  const last = cards.at(-1)!;
  last.focus();
  fireEvent.keyDown(last, { key: "ArrowDown" });
  expect(document.activeElement).toBe(last);
});

test("from a group's heading, ↓ enters the cards below it", () => {
  showReport();
  const heading = screen.getByTestId("finding-list").querySelector<HTMLElement>("button")!;
  heading.focus();
  fireEvent.keyDown(heading, { key: "ArrowDown" });
  expect(document.activeElement).toBe(screen.getAllByTestId("finding")[0]);
});
