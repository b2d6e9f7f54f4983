/** The 检查 tab on a simulated Word document, set up and driven the same way by each of its component tests. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TextDecoder as NodeTextDecoder } from "node:util";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createHost, memoryStorage, type Host } from "../../src/preview/host";
import { CheckTab } from "../../src/taskpane/tabs/CheckTab";
import { stubResizeObserver } from "./resize-observer";

/** A report with one finding of each category: the lines of test/fixtures/check/flawed-water-bureau.txt. */
export const FLAWED_REPORT = readFileSync(
  join(__dirname, "../fixtures/check/flawed-water-bureau.txt"),
  "utf8",
)
  .trimEnd()
  .split(/\r?\n/);

/** jsdom lacks TextDecoder; the text reader (a last year's .txt, a 审阅台 file) needs it. */
export function provideTextDecoder(): void {
  (globalThis as { TextDecoder?: unknown }).TextDecoder ??= NodeTextDecoder;
}

/** What a test reads back: the document, the errors the tab reported, how often it asked for the 结构 tab. */
export interface CheckPane {
  host: Host;
  errors: string[];
  openedStructure: number;
}

/** Installs a simulated Word holding `lines` (settings stored in memory) and renders the 检查 tab on it. */
export function renderCheckTab(
  lines: string[] = FLAWED_REPORT,
  settings: Record<string, unknown> = {},
  sets: Record<string, string> = { WordApi: "1.3" },
): CheckPane {
  const host = createHost(
    lines.map((text) => ({ text })),
    { settingsStorage: memoryStorage(settings), supportedSets: sets },
  );
  host.install(globalThis);
  const pane: CheckPane = { host, errors: [], openedStructure: 0 };
  render(
    <FluentProvider theme={webLightTheme}>
      <CheckTab onError={(m) => pane.errors.push(m)} onOpenStructure={() => pane.openedStructure++} />
    </FluentProvider>,
  );
  return pane;
}

/** Waits until the tab's document operation is over (重新检查 enabled again). */
export const checkIdle = () =>
  waitFor(() => expect(screen.getByRole("button", { name: "重新检查" })).toHaveProperty("disabled", false));

/** Clicks 开始检查 (or 重新检查) and waits for the element `shown` (a test id) and the tab to be idle. */
export async function runCheck(shown = "verdict"): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: /开始检查|重新检查/ }));
  await screen.findByTestId(shown);
  await checkIdle();
}

/** The finding cards of one rule. */
export const cardsOf = (rule: string) =>
  screen.queryAllByTestId("finding").filter((c) => c.dataset.rule === rule);

/** Each test starts with empty local storage and ends with the tab unmounted and no Office left behind. */
export function cleanPaneBetweenTests(): void {
  beforeAll(stubResizeObserver);
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    cleanup();
    delete (globalThis as { Office?: unknown }).Office;
    delete (globalThis as { Word?: unknown }).Word;
  });
}
