/** 短语 insert at the cursor: only into the main text, and the user is told where the cursor is otherwise. */
import { createHost } from "../../src/preview/host";
import { createGateway, OperationQueue } from "../../src/word";

const DOC = [{ text: "一、存在的主要问题" }, { text: "（一）理论学习方面" }];

test.each([
  ["Header", "页眉"],
  ["Footnote", "脚注"],
  ["Comment", "批注"],
  ["Shape", "文本框"],
])("a cursor in the %s: nothing is inserted and the message says 光标在%s里", async (story, name) => {
  const host = createHost(DOC);
  const gw = createGateway(host, new OperationQueue());
  host.document.placeCursorIn(story, "页眉文字");
  const error = await gw.insertAtCursor("学习不够深入。").catch((e: unknown) => e);
  expect(error).toMatchObject({
    kind: "invalid",
    message: expect.stringContaining(`光标在${name}里：短语只能插入正文`),
  });
  expect(host.document.snapshot().map((p) => p.text)).toEqual(DOC.map((p) => p.text));
});

test("a cursor in the main text: the phrase goes in, in 2 syncs", async () => {
  const host = createHost(DOC);
  const gw = createGateway(host, new OperationQueue());
  host.document.setSelection(1, 9);
  host.resetSyncCount();
  await gw.insertAtCursor("存在差距");
  expect(host.syncCount()).toBe(2);
  expect(host.document.snapshot()[1]!.text).toBe("（一）理论学习方面存在差距");
});
