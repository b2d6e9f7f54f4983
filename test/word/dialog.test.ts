import { createHost } from "../../src/preview/host";
import { canOpenDialog, openDialog } from "../../src/word/dialog";

function install(sets: Record<string, string>) {
  const host = createHost([{ text: "正文" }], { supportedSets: sets });
  const target: Record<string, unknown> = {};
  host.install(target);
  (globalThis as Record<string, unknown>).Office = target.Office;
  return target.Office as { dialogsOpened(): string[] };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

test("opens the 审阅台 next to the pane's page, once at a time, as Office allows", async () => {
  const office = install({ WordApi: "1.3", DialogApi: "1.1" });
  expect(canOpenDialog()).toBe(true);
  await openDialog("review.html");
  expect(office.dialogsOpened()).toEqual(["https://localhost/review.html"]);
  // Office keeps one dialog per pane: a second open is refused with code 12007, in Chinese.
  await expect(openDialog("review.html")).rejects.toThrow(/审阅台已经打开/);
});

test("without DialogApi the pane is told to open the page in a browser", async () => {
  install({ WordApi: "1.3" });
  expect(canOpenDialog()).toBe(false);
  await expect(openDialog("review.html")).rejects.toThrow(
    /请在浏览器中打开 https:\/\/localhost\/review\.html/,
  );
});
