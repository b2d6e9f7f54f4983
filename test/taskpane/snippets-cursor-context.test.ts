/** The phrase tab's one read: every paragraph plus where the cursor is, and what part/theme that is. */
import { createHost, type HostParagraph } from "../../src/preview/host";
import { OperationQueue } from "../../src/word";
import { createCursorContextVerbs } from "../../src/word/cursor-context";
import { readOutline } from "../../src/core/outline/read-outline";
import { whereIs } from "../../src/taskpane/snippets/where";

const REPORT: HostParagraph[] = [
  { text: "2026年度组织生活会个人对照检查材料", styleBuiltIn: "Title" },
  { text: "按照党支部的通知，我对照三个方面查找了差距，现汇报如下：" },
  { text: "一、存在的主要问题" },
  { text: "（一）理论学习方面" },
  { text: "读原著少。今年只读完一本原著，笔记不到十篇。", isListItem: true, listString: "1." },
  { text: "（二）担当作为方面" },
  { text: "遇到难事绕着走。园区道路改造协调会我两次请假。", isListItem: true, listString: "2." },
  { text: "二、问题产生的原因" },
  { text: "（一）宗旨意识淡化。对群众的急难愁盼感受不深。" },
  { text: "三、整改措施" },
  { text: "（一）每月至少读一本原著，年底前写满十二篇笔记。" },
  { text: "（二）每月至少读一本原著，年底前写满十二篇笔记。" },
  { text: "吴立新" },
  { text: "2026年11月25日" },
];

function setup(paragraphs: HostParagraph[] = REPORT) {
  const host = createHost(paragraphs);
  const verbs = createCursorContextVerbs(host, new OperationQueue());
  const read = async () => {
    host.resetSyncCount();
    const context = await verbs.readCursorContext();
    expect(host.discardedOps()).toBe(0);
    return { context, syncs: host.syncCount() };
  };
  return { host, read };
}

test("reads paragraphs with list numbers and the cursor's paragraph in at most 2 syncs", async () => {
  const { host, read } = setup();
  host.document.setSelection(6, 2, 6);
  const { context, syncs } = await read();
  expect(syncs).toBeLessThanOrEqual(2);
  expect(context.paragraph).toBe(6);
  expect(context.text).toBe(REPORT[6]!.text.slice(2, 6));
  expect(context.paragraphs).toHaveLength(REPORT.length);
  expect(context.paragraphs[4]).toMatchObject({ listString: "1." });
  expect(whereIs(readOutline(context.paragraphs), 6)).toEqual({
    part: "problems",
    theme: "担当作为",
    heading: "（二）担当作为方面",
  });
});

test("a document without list items or repeated text costs one sync", async () => {
  const { host, read } = setup([{ text: "一、存在的问题" }, { text: "正文" }]);
  host.document.setSelection(1, 1);
  const { context, syncs } = await read();
  expect(syncs).toBe(1);
  expect(context.paragraph).toBe(1);
});

test("two paragraphs with the same text are told apart without a third sync", async () => {
  const { host, read } = setup();
  host.document.setSelection(11, 3);
  const { context, syncs } = await read();
  expect(syncs).toBe(2);
  expect(context.paragraph).toBe(11);
  expect(whereIs(readOutline(context.paragraphs), 11)?.part).toBe("measures");
});

test("the cursor in the title or the signature offers no part; in the opening, 开头", async () => {
  const { host, read } = setup();
  for (const [paragraph, part] of [
    [0, null],
    [1, "opening"],
    [8, "causes"],
    [12, null],
  ] as const) {
    host.document.setSelection(paragraph, 0);
    const { context } = await read();
    expect(whereIs(readOutline(context.paragraphs), context.paragraph!)?.part ?? null).toBe(part);
  }
});
