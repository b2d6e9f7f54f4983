/**
 * 修订 on: the check reads the text the user sees, 定位 and 修正 reach the right characters after a tracked
 * deletion, and a replacement under tracking is not reported as a mismatch.
 */
import { createHost, type HostParagraph } from "../../src/preview/host";
import { OperationQueue, createGateway } from "../../src/word";

// "不够深入" was deleted with tracking on: the user reads "学习党章党规，理解。要做到学用结合。".
const TRACKED: HostParagraph = {
  text: "学习党章党规，理解不够深入。要做到学用结合。",
  revisions: [{ kind: "deleted", start: 9, end: 13 }],
};
const CURRENT = "学习党章党规，理解。要做到学用结合。";

function setup(paragraphs: HostParagraph[], sets: Record<string, string> = { WordApi: "1.4" }) {
  const host = createHost(paragraphs, { supportedSets: sets });
  return { host, gw: createGateway(host, new OperationQueue()) };
}

test("the check reads the current text: tracked deletions left out, in one sync when there are none", async () => {
  const { gw } = setup([{ text: "标题" }, TRACKED]);
  expect((await gw.readParagraphs()).map((p) => p.text)).toEqual(["标题", CURRENT]);
  const plain = setup([{ text: "标题" }, { text: CURRENT }]);
  plain.host.resetSyncCount();
  await plain.gw.readParagraphs();
  expect(plain.host.syncCount()).toBe(1);
});

test("定位 selects the characters after a tracked deletion", async () => {
  const { host, gw } = setup([TRACKED]);
  const at = CURRENT.indexOf("学用结合");
  await gw.selectParagraph(0, CURRENT, { offset: at, length: 4 });
  expect(host.document.selection().text).toBe("学用结合");
});

test("修正 under tracking replaces the right characters and reads back what the user sees", async () => {
  const { host, gw } = setup([TRACKED]);
  host.document.setTracking("TrackAll");
  const at = CURRENT.indexOf("学用结合");
  await gw.replaceSpan(0, CURRENT, at, 4, "知行合一");
  const result = await gw.readParagraphs();
  expect(result[0]!.text).toBe("学习党章党规，理解。要做到知行合一。");
  // The old words stay in the paragraph, marked deleted, as Word keeps them.
  expect(host.document.snapshot()[0]!.text).toContain("学用结合");
});

test("a paragraph changed since the check is refused and nothing is written", async () => {
  const { host, gw } = setup([TRACKED]);
  await expect(gw.replaceSpan(0, "另一段文字。", 0, 2, "甲")).rejects.toMatchObject({ kind: "changed" });
  expect(host.document.snapshot()[0]!.text).toBe(TRACKED.text);
});

test("readTrackingMode gives Word's mode, and null where WordApi 1.4 is missing", async () => {
  const { host, gw } = setup([{ text: "正文" }]);
  host.document.setTracking("TrackAll");
  expect(await gw.readTrackingMode()).toBe("TrackAll");
  expect(await setup([{ text: "正文" }], { WordApi: "1.3" }).gw.readTrackingMode()).toBeNull();
});
