/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup, configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { LastYearPanel } from "../../src/taskpane/compare/LastYearPanel";
import {
  useLastYear,
  type LastYearStore,
  type RememberedFile,
} from "../../src/taskpane/compare/use-last-year";
import { provideTextDecoder } from "../support/check-tab";

provideTextDecoder();
configure({ asyncUtilTimeout: 8000 });
jest.setTimeout(20000);

const LAST = readFileSync(join(__dirname, "../fixtures/compare/last-year-2024.txt"));

function memory(initial?: RememberedFile): LastYearStore & { saved: (RememberedFile | null)[] } {
  let value = initial;
  const saved: (RememberedFile | null)[] = [];
  return {
    saved,
    load: () => value,
    save: (v) => {
      saved.push(v);
      value = v ?? undefined;
    },
  };
}

function Harness({ store, onOpenReview }: { store: LastYearStore; onOpenReview?: () => void }) {
  const state = useLastYear(store);
  return <LastYearPanel state={state} busy={false} onOpenReview={onOpenReview} />;
}

const file = (name: string, bytes: Uint8Array) =>
  Object.assign(new Blob([new Uint8Array(bytes)]), {
    name,
    arrayBuffer: async () => new Uint8Array(bytes).buffer,
  });

afterEach(cleanup);

function setup(store: LastYearStore, onOpenReview?: () => void) {
  render(
    <FluentProvider theme={webLightTheme}>
      <Harness store={store} onOpenReview={onOpenReview} />
    </FluentProvider>,
  );
}

test("choosing last year's report reads it here, names it with its counts, and the document remembers it", async () => {
  const store = memory();
  setup(store);
  fireEvent.change(screen.getByTestId("last-year-input"), {
    target: { files: [file("2024年度材料.txt", LAST)] },
  });
  await waitFor(() =>
    expect(screen.getByTestId("last-year-file").textContent).toBe(
      "上年材料：2024年度材料.txt（问题 5 个，原因 4 条，措施 5 条）",
    ),
  );
  expect(store.saved).toEqual([{ name: "2024年度材料.txt", print: expect.stringMatching(/^[0-9a-f]{8}$/) }]);
  fireEvent.click(screen.getByRole("button", { name: "取消对比" }));
  expect(store.saved[1]).toBeNull();
  expect(screen.queryByTestId("last-year-file")).toBeNull();
});

test("a document that names a file asks for it again, and says so when another one is chosen", async () => {
  const store = memory({ name: "2024年度材料.docx", print: "00000000" });
  setup(store);
  expect(screen.getByTestId("last-year").textContent).toMatch(
    /上次对比的是“2024年度材料\.docx”，请重新选择该文件/,
  );
  fireEvent.change(screen.getByTestId("last-year-input"), { target: { files: [file("别的.txt", LAST)] } });
  await screen.findByText("这个文件与上次对比的不是同一份（内容不同）。");
});

test("a file that cannot be read: the reason in Chinese, nothing remembered", async () => {
  const store = memory();
  setup(store);
  fireEvent.change(screen.getByTestId("last-year-input"), {
    target: { files: [file("去年.pdf", new Uint8Array([37, 80, 68, 70]))] },
  });
  expect((await screen.findByRole("alert")).textContent).toMatch(/不支持 PDF/);
  expect(store.saved).toEqual([]);
});

test("the 审阅台 button is there only where it can open", () => {
  const open = jest.fn();
  setup(memory(), open);
  fireEvent.click(screen.getByRole("button", { name: "审阅台" }));
  expect(open).toHaveBeenCalledTimes(1);
  cleanup();
  setup(memory());
  expect(screen.queryByRole("button", { name: "审阅台" })).toBeNull();
});
