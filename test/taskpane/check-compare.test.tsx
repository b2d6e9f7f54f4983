/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Host } from "../../src/preview/host";
import {
  cardsOf,
  cleanPaneBetweenTests,
  provideTextDecoder,
  renderCheckTab,
  runCheck,
} from "../support/check-tab";

provideTextDecoder();

const fixture = (name: string) => readFileSync(join(__dirname, "../fixtures/compare", name));
const LAST = fixture("last-year-2024.txt");
const THIS = fixture("this-year-2025.txt").toString("utf8").trimEnd().split(/\r?\n/);

let host: Host;
let errors: string[];

function setup(settings: Record<string, unknown> = {}, sets?: Record<string, string>) {
  ({ host, errors } = renderCheckTab(THIS, settings, sets));
}

const file = (name: string, bytes: Uint8Array) =>
  Object.assign(new Blob([new Uint8Array(bytes)]), {
    name,
    arrayBuffer: async () => new Uint8Array(bytes).buffer,
  });

async function chooseLastYear() {
  fireEvent.change(screen.getByTestId("last-year-input"), {
    target: { files: [file("2024年度材料.txt", LAST)] },
  });
  await screen.findByTestId("last-year-file");
}

cleanPaneBetweenTests();

test("loading last year's report after a check adds the copied items and the unreported measures, without reading Word again", async () => {
  setup();
  await runCheck();
  expect(cardsOf("copied-from-last-year")).toHaveLength(0);
  host.resetSyncCount();
  await chooseLastYear();
  await waitFor(() => expect(cardsOf("copied-from-last-year")).toHaveLength(3));
  expect(host.syncCount()).toBe(0);
  const unreported = cardsOf("prior-measures-unreported");
  expect(unreported.map((c) => within(c).getByTestId("echo").textContent)).toEqual([
    expect.stringMatching(/^上年度材料措施（三）：建立个人廉洁风险台账/),
    expect.stringMatching(/^上年度材料措施（五）：/),
  ]);
  // The document names the file it was compared with, so the pane can ask for it again.
  expect(host.Office.context.document.settings.get("lastYear")).toEqual({
    name: "2024年度材料.txt",
    print: expect.stringMatching(/^[0-9a-f]{8}$/),
  });
  expect(errors).toEqual([]);

  fireEvent.click(screen.getByRole("button", { name: "取消对比" }));
  await waitFor(() => expect(cardsOf("copied-from-last-year")).toHaveLength(0));
  expect(cardsOf("prior-measures-unreported")).toHaveLength(0);
  expect(host.Office.context.document.settings.get("lastYear")).toBeNull();
});

test("a copied problem's card shows both sentences with the shared part marked, and 定位 selects this year's", async () => {
  setup();
  await chooseLastYear();
  await runCheck();
  const card = cardsOf("copied-from-last-year").find((c) =>
    c.textContent?.includes("问题3与上年度材料的问题4"),
  );
  const [own, other] = within(card!).getAllByTestId("marked-passage");
  expect(own!.textContent).toContain("问题线索只有13条");
  expect(other!.textContent).toContain("问题线索只有11条");
  for (const passage of [own!, other!]) {
    const marked = [...passage.querySelectorAll("mark")].map((m) => m.textContent).join("");
    expect(marked).toContain("日常巡查存在走过场现象");
    expect(marked).not.toMatch(/1[13]条/);
  }
  fireEvent.click(within(card!).getByRole("button", { name: "定位" }));
  const paragraph = Number(card!.dataset.paragraph);
  await waitFor(() => expect(host.document.selection().paragraph).toBe(paragraph));
  expect(host.document.selection().text).toBe(THIS[paragraph]!.replace(/^3\./, ""));
});

test("审阅台 opens in an Office dialog where Word has the Dialog API, and is a link elsewhere", async () => {
  // The simulated dialog opens the page in a window; jsdom has none.
  const opened = jest.spyOn(window, "open").mockReturnValue(null);
  setup({}, { WordApi: "1.3", DialogApi: "1.2" });
  fireEvent.click(screen.getByRole("button", { name: "审阅台" }));
  const office = host.Office as unknown as { dialogsOpened(): string[] };
  await waitFor(() => expect(office.dialogsOpened()).toEqual([expect.stringMatching(/\/review\.html$/)]));
  expect(errors).toEqual([]);
  opened.mockRestore();
  cleanup();

  setup();
  expect(screen.queryByRole("button", { name: "审阅台" })).toBeNull();
  expect(screen.getByRole("link", { name: "审阅台" }).getAttribute("href")).toMatch(/\/review\.html$/);
});

test("a document compared before names its file, and the check says nothing of last year until it is chosen again", async () => {
  setup({ lastYear: { name: "2024年度材料.docx", print: "0a1b2c3d" } });
  expect(screen.getByTestId("last-year").textContent).toContain("上次对比的是“2024年度材料.docx”");
  await runCheck();
  expect(cardsOf("copied-from-last-year")).toHaveLength(0);
});
