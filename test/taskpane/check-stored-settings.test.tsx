/** @jest-environment jsdom */
/**
 * The 检查 tab on documents whose stored settings are malformed, and on text beyond the check's budget:
 * the results or the reason always show, never an empty tab.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createHost, memoryStorage } from "../../src/preview/host";
import { CheckTab } from "../../src/taskpane/tabs/CheckTab";

const REPORT = readFileSync(join(__dirname, "../fixtures/check/flawed-water-bureau.txt"), "utf8")
  .trimEnd()
  .split(/\r?\n/);

jest.setTimeout(30000);
configure({ asyncUtilTimeout: 8000 });

let errors: string[];

function setup(lines: string[], settings: Record<string, unknown> = {}) {
  createHost(
    lines.map((text) => ({ text })),
    { settingsStorage: memoryStorage(settings) },
  ).install(globalThis);
  errors = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <CheckTab onError={(m) => errors.push(m)} onOpenStructure={() => undefined} />
    </FluentProvider>,
  );
}

const checkButton = () => screen.getByRole("button", { name: /开始检查|重新检查/ });

/** Runs the check and waits until it has shown its results or its reason. */
async function runCheck() {
  const before = errors.length;
  fireEvent.click(checkButton());
  await waitFor(() => expect(errors.length > before || screen.queryByTestId("verdict") !== null).toBe(true));
  await waitFor(() => expect(checkButton()).toHaveProperty("disabled", false));
}

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});
beforeEach(() => localStorage.clear());
afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Word?: unknown }).Word;
});

test.each([
  ["[null]", [null]],
  ["[{}]", [{}]],
  ['kind "x"', [{ problem: "甲", target: "乙", kind: "x", action: "confirm" }]],
])(
  "stored links %s: the check shows its results and says once that a setting was ignored",
  async (_l, links) => {
    setup(REPORT, { links, ignored: "not a list" });
    await runCheck();
    expect(screen.getByTestId("verdict").textContent).toContain("需要修改");
    expect(screen.getByTestId("check-notice").textContent).toMatch(/有 2 项格式不正确.*已忽略/);
    expect(errors).toEqual([]);
    // Noted once: dismissed, it does not come back with the next check.
    fireEvent.click(screen.getByRole("button", { name: /关闭|dismiss/i }));
    await runCheck();
    expect(screen.queryByTestId("check-notice")).toBeNull();
  },
);

test("a text beyond the check's budget shows the reason instead of an empty tab", async () => {
  const lines = ["2025年度组织生活会个人对照检查材料", "一、存在的主要问题"];
  for (let i = 1; i <= 600; i++) lines.push(`${i}.第${i}个问题，学习不够深入。`);
  lines.push("二、问题产生的原因");
  for (let i = 1; i <= 600; i++) lines.push(`${i}.第${i}条原因，理想信念有所弱化。`);
  setup(lines);
  await runCheck();
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/^条目过多/);
  expect(screen.queryByTestId("verdict")).toBeNull();
});
