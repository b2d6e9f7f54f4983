/** @jest-environment jsdom */
import { useState } from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FontWarning } from "../../src/taskpane/environment/FontWarning";
import type { FontEnvironment } from "../../src/taskpane/environment/font-probe";

/** A browser whose font check can say no (Chromium before 120), with these families installed. */
const machine =
  (installed: string[]): (() => FontEnvironment) =>
  () => ({ check: (font) => installed.some((name) => font.endsWith(`"${name}"`)) });

function Harness({ env, initial = false }: { env: () => FontEnvironment; initial?: boolean }) {
  const [on, setOn] = useState(initial);
  return (
    <FluentProvider theme={webLightTheme}>
      <FontWarning substitutes={on} onSubstitutesChange={setOn} environment={env} />
      <output data-testid="setting">{String(on)}</output>
    </FluentProvider>
  );
}

test("names each missing official font and what Word shows instead; the substitutes are a switch", () => {
  render(<Harness env={machine(["黑体", "楷体", "仿宋"])} />);
  const warning = screen.getByTestId("font-warning");
  expect(warning.textContent).toContain("本机缺少公文字体");
  expect(warning.textContent).toContain("楷体_GB2312（二级标题）");
  expect(warning.textContent).toContain("方正小标宋简体（标题）");
  expect(warning.textContent).toContain("Word 会用其他字体（多为宋体）代替显示和打印");
  expect(warning.textContent).not.toContain("黑体（");
  const toggle = screen.getByRole("switch", { name: "改用楷体、仿宋" });
  act(() => {
    fireEvent.click(toggle);
  });
  expect(screen.getByTestId("setting").textContent).toBe("true");
  expect(warning.textContent).toContain("楷体_GB2312（二级标题）→ 楷体");
  expect(warning.textContent).toContain("仿宋_GB2312（正文和三、四级标题）→ 仿宋");
  // The title font has no common substitute: still named as missing.
  expect(warning.textContent).toMatch(/方正小标宋简体（标题）(?!→)/);
});

test("nothing when every official font is installed, or when the browser cannot tell", () => {
  const { unmount } = render(
    <Harness env={machine(["方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312"])} />,
  );
  expect(screen.queryByTestId("font-warning")).toBeNull();
  unmount();
  render(<Harness env={() => ({})} />);
  expect(screen.queryByTestId("font-warning")).toBeNull();
});

test("the setting stays reachable where the fonts are installed, so it can be turned off", () => {
  render(<Harness env={machine(["方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312"])} initial />);
  expect(screen.getByTestId("font-warning").textContent).toContain("已改用替代字体");
  act(() => {
    fireEvent.click(screen.getByRole("switch", { name: "改用楷体、仿宋" }));
  });
  expect(screen.queryByTestId("font-warning")).toBeNull();
  expect(screen.getByTestId("setting").textContent).toBe("false");
});
