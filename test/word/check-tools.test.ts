import { createHost, type HostParagraph } from "../../src/preview/host";
import { OperationQueue, createCheckVerbs } from "../../src/word";
import { readDocx } from "../../src/readers/read-docx";
import { strFromU8, unzipSync } from "fflate";

function setup(paragraphs: HostParagraph[], sets: Record<string, string> = { WordApi: "1.3" }) {
  const host = createHost(paragraphs, { supportedSets: sets });
  return { host, verbs: createCheckVerbs(host, new OperationQueue()) };
}

const GRID = [
  ["序号", "存在问题", "整改时限"],
  ["1", "学习不深入。", "年底前"],
];

test("insertTableAtEnd adds a title and the table after the last paragraph in 2 syncs", async () => {
  const { host, verbs } = setup([{ text: "正文" }, { text: "张三" }]);
  host.resetSyncCount();
  await verbs.insertTableAtEnd("整改清单", GRID);
  expect(host.syncCount()).toBe(2);
  expect(host.discardedOps()).toBe(0);
  const doc = host.document.snapshot();
  expect(doc.map((p) => p.text)).toEqual(["正文", "张三", "整改清单", ...GRID.flat(), ""]);
  expect(doc[2]).toMatchObject({ alignment: "Centered", tableNestingLevel: 0 });
  expect(doc[3]!.table).toMatchObject({ rows: 2, cols: 3, headerRowCount: 1 });
});

test("the table at the end does not take the centred bold title's format: cells left, only the header bold", async () => {
  const { host, verbs } = setup([{ text: "正文" }]);
  await verbs.insertTableAtEnd("整改清单", GRID);
  const cells = host.document.snapshot().filter((p) => p.table);
  expect(cells.map((c) => c.alignment)).toEqual(Array(6).fill("Left"));
  expect(cells.map((c) => c.font.bold)).toEqual([true, true, true, false, false, false]);
});

test("an empty last paragraph takes the title instead of leaving a blank line", async () => {
  const { host, verbs } = setup([{ text: "正文" }, { text: "" }]);
  await verbs.insertTableAtEnd("整改清单", GRID);
  expect(
    host.document
      .snapshot()
      .map((p) => p.text)
      .slice(0, 3),
  ).toEqual(["正文", "整改清单", "序号"]);
});

test("openTableDocument opens a new .docx holding the title and every cell, leaving this one alone", async () => {
  const { host, verbs } = setup([{ text: "正文" }]);
  await verbs.openTableDocument("整改清单", [...GRID, ["2", "多行\n内容", "长期坚持"]]);
  expect(host.document.snapshot().map((p) => p.text)).toEqual(["正文"]);
  const [created] = host.createdDocuments();
  const paragraphs = readDocx(Uint8Array.from(Buffer.from(created!, "base64")));
  expect(paragraphs[0]).toMatchObject({ text: "整改清单" });
  const cells = paragraphs.filter((p) => p.inTable).map((p) => p.text);
  expect(cells.slice(0, 6)).toEqual(GRID.flat());
  expect(cells[7]).toMatch(/^多行\s?内容$/);
});

test("the new document opens even when the text holds control characters, tabs and soft line breaks", async () => {
  const { host, verbs } = setup([{ text: "正文" }]);
  const odd = ["3", "复制来的\u0007文字\u0001带\t制表符", "软换行\u000b之后\r\n再一行\ud800"];
  await verbs.openTableDocument("整改清单\u0008", [...GRID, odd]);
  const [created] = host.createdDocuments();
  const files = unzipSync(Uint8Array.from(Buffer.from(created!, "base64")));
  const xml = strFromU8(files["word/document.xml"]!);
  expect(xml).toMatch(/<w:tblGrid>(<w:gridCol w:w="\d+"\/>){3}<\/w:tblGrid>/);
  const cells = readDocx(Uint8Array.from(Buffer.from(created!, "base64")))
    .filter((p) => p.inTable)
    .map((p) => p.text);
  expect(cells[7]).toBe("复制来的文字带\t制表符");
  expect(cells[8]).toMatch(/^软换行\s?之后\s?再一行$/);
});

test("insertComments anchors each note on its words and skips paragraphs that changed", async () => {
  const text = "学习十九大六中全会精神";
  const { host, verbs } = setup([{ text }, { text: "别的段落" }], { WordApi: "1.4" });
  host.resetSyncCount();
  const result = await verbs.insertComments([
    { paragraph: 0, expectText: text, offset: 2, length: 7, text: "应为“党的十九届六中全会”" },
    { paragraph: 1, expectText: "已被改写的段落", text: "不会出现" },
  ]);
  expect(result).toEqual({ added: 1, skipped: 1, already: 0 });
  // Read, find every span, then write: a span Word cannot find never leaves the batch half done.
  expect(host.syncCount()).toBe(3);
  expect(host.document.comments()).toEqual([
    { paragraph: 0, start: 2, end: 9, text: "应为“党的十九届六中全会”" },
  ]);
});

test("a span Word cannot find is skipped and reported; every other comment is written once", async () => {
  // "不够深入" is a tracked deletion: a finding over "理解。" spans it, and Word's search cannot match that.
  const tracked = {
    text: "学习党章党规，理解不够深入。要做到学用结合。",
    revisions: [{ kind: "deleted" as const, start: 9, end: 13 }],
  };
  const current = "学习党章党规，理解。要做到学用结合。";
  const { host, verbs } = setup([tracked, { text: "调研不深。" }], { WordApi: "1.4" });
  const notes = [
    { paragraph: 0, expectText: current, offset: 7, length: 3, text: "跨过删除的文字" },
    { paragraph: 0, expectText: current, offset: 13, length: 4, text: "学用结合" },
    { paragraph: 1, expectText: "调研不深。", offset: 2, length: 2, text: "不深" },
  ];
  expect(await verbs.insertComments(notes)).toEqual({ added: 2, skipped: 1, already: 0 });
  expect(host.document.comments()).toEqual([
    { paragraph: 0, start: 17, end: 21, text: "学用结合" },
    { paragraph: 1, start: 2, end: 4, text: "不深" },
  ]);
  // 以批注标出 clicked again: nothing is added twice.
  expect(await verbs.insertComments(notes)).toEqual({ added: 0, skipped: 1, already: 2 });
  expect(host.document.comments()).toHaveLength(2);
});

test("watchParagraphChanges reports edits until stopped", async () => {
  const { host, verbs } = setup([{ text: "甲" }], { WordApi: "1.6" });
  let changes = 0;
  const stop = await verbs.watchParagraphChanges(() => changes++);
  host.document.editText(0, "甲乙");
  await new Promise((r) => setTimeout(r, 5));
  expect(changes).toBe(1);
  await stop();
  host.document.editText(0, "甲乙丙");
  await new Promise((r) => setTimeout(r, 5));
  expect(changes).toBe(1);
});

test("watchParagraphChanges also hears paragraphs added and deleted", async () => {
  const { host, verbs } = setup([{ text: "甲" }, { text: "乙" }], { WordApi: "1.6" });
  let changes = 0;
  const stop = await verbs.watchParagraphChanges(() => changes++);
  host.document.addParagraphAfter(1, "丙");
  await new Promise((r) => setTimeout(r, 5));
  expect(changes).toBe(1);
  host.document.removeParagraph(0);
  await new Promise((r) => setTimeout(r, 5));
  expect(changes).toBe(2);
  await stop();
  host.document.addParagraphAfter(0, "丁");
  await new Promise((r) => setTimeout(r, 5));
  expect(changes).toBe(2);
});

describe("splitParagraph (分段)", () => {
  const GLUED = "现汇报如下：一、存在的问题（一）读书不够系统。多是零散浏览。";
  const BREAKS = [GLUED.indexOf("一、"), GLUED.indexOf("（一）")];

  test("starts a paragraph at each offset in 2 syncs, text and fonts kept, comments on their words", async () => {
    const { host, verbs } = setup([{ text: "标题" }, { text: GLUED }, { text: "张三" }], {
      WordApi: "1.4",
      WordApiDesktop: "1.3",
    });
    await host.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items");
      await context.sync();
      const p = paragraphs.items[1]!;
      p.search("（一）读书不够系统。").getFirst().font.nameFarEast = "楷体";
      p.search("零散").getFirst().insertComment("举个例子");
      await context.sync();
    });
    host.resetSyncCount();
    await verbs.splitParagraph(1, GLUED, BREAKS);
    expect(host.syncCount()).toBe(2);
    const doc = host.document.snapshot();
    expect(doc.map((p) => p.text)).toEqual([
      "标题",
      "现汇报如下：",
      "一、存在的问题",
      "（一）读书不够系统。多是零散浏览。",
      "张三",
    ]);
    expect(doc[3]!.runs).toEqual([{ start: 0, end: 10, font: { nameFarEast: "楷体" } }]);
    expect(doc[2]!.runs).toBeUndefined();
    expect(host.document.comments()).toEqual([{ paragraph: 3, start: 12, end: 14, text: "举个例子" }]);
  });

  test("refuses, changing nothing, when the paragraph changed since the check", async () => {
    const { host, verbs } = setup([{ text: GLUED }]);
    host.document.editText(0, GLUED.replace("零散", "随手"));
    await expect(verbs.splitParagraph(0, GLUED, BREAKS)).rejects.toThrow("文档已更改");
    expect(host.document.snapshot().map((p) => p.text)).toEqual([GLUED.replace("零散", "随手")]);
  });

  test("refuses a Word list item, and offsets outside the paragraph", async () => {
    const { host, verbs } = setup([{ text: GLUED, isListItem: true, listString: "1." }]);
    await expect(verbs.splitParagraph(0, GLUED, BREAKS)).rejects.toThrow("自动编号");
    await expect(verbs.splitParagraph(0, GLUED, [GLUED.length])).rejects.toThrow("超出了该段落");
    expect(host.document.snapshot()).toHaveLength(1);
  });
});
