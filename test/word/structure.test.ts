import { formatOf } from "../../src/core/compose/typesetting";
import { createHost, type HostOptions, type HostParagraph } from "../../src/preview/host";
import {
  createFormatVerbs,
  createGateway,
  createStructureVerbs,
  GatewayError,
  OperationQueue,
  type ParagraphFormat,
} from "../../src/word";

const DESKTOP: HostOptions = { supportedSets: { WordApi: "1.3", WordApiDesktop: "1.3" } };
const PATHS: [string, HostOptions][] = [
  ["WordApi 1.3 only (OOXML)", {}],
  ["WordApiDesktop 1.3 (nameFarEast)", DESKTOP],
];

// The report's formats (each names its style); level 2 bold, as an office may choose.
const TITLE: ParagraphFormat = formatOf("title");
const HEITI: ParagraphFormat = formatOf("level1");
const KAITI: ParagraphFormat = formatOf("level2", { bold: { level2: true } });
const FANGSONG: ParagraphFormat = formatOf("body");

function setup(paragraphs: HostParagraph[], opts: HostOptions = {}) {
  const host = createHost(paragraphs, opts);
  const queue = new OperationQueue();
  const structure = createStructureVerbs(host, queue);
  const format = createFormatVerbs(host, queue);
  const texts = () => host.document.snapshot().map((p) => p.text);
  return { host, structure, format, texts };
}

async function syncsOf(host: ReturnType<typeof createHost>, verb: () => Promise<unknown>): Promise<number> {
  host.resetSyncCount();
  await verb();
  expect(host.discardedOps()).toBe(0);
  return host.syncCount();
}

const DOC: HostParagraph[] = [
  { text: "2026年度组织生活会个人对照检查材料" },
  { text: "按照支部通知，对照两个方面查找了不足，现汇报如下：" },
  { text: "一、存在的主要问题" },
  { text: "（一）理论学习方面" },
  { text: "1.自学计划执行不严。原定每周两次自学，有五周没有做到。" },
  { text: "2.笔记流于形式。摘抄多，结合实际的思考少。" },
  { text: "（二）作用发挥方面" },
  { text: "3.带头作用不够。志愿服务全年只参加了两次。" },
  { text: "二、产生问题的原因" },
];

describe.each(PATHS)("inserting the skeleton — %s", (_name, opts) => {
  const blocks = [
    { text: "2026年度组织生活会个人对照检查材料", format: TITLE },
    { text: "一、查摆存在的主要问题", format: HEITI },
    { text: "（一）政治信仰方面", format: KAITI },
    { text: "1.【用一句话概括问题】。&<\"'>", format: FANGSONG },
  ];

  test("an empty document is filled in 2 syncs, each paragraph in its report style", async () => {
    const { host, structure, texts } = setup([], opts);
    expect(await syncsOf(host, () => structure.insertBlocksAtCursor(blocks))).toBe(2);
    expect(texts()).toEqual(blocks.map((b) => b.text));
    const [title, h1, h2, body] = host.document.snapshot();
    expect(title).toMatchObject({
      style: "对照-标题",
      alignment: "Centered",
      firstLineIndent: 0,
      lineSpacing: 28,
      lineSpacingRule: "exact",
      font: { name: "SimSun", nameFarEast: "方正小标宋简体", size: 22, bold: false },
    });
    expect(h1).toMatchObject({
      style: "对照-一级",
      outlineLevel: 1,
      alignment: "Justified",
      firstLineIndent: 32,
      font: { name: "SimHei", nameFarEast: "黑体", size: 16, bold: false },
    });
    expect(h2).toMatchObject({ style: "对照-二级", outlineLevel: 2 });
    expect(h2!.font).toMatchObject({ name: "KaiTi", nameFarEast: "楷体_GB2312", bold: true });
    // Latin and East Asian fonts are set separately.
    expect(body).toMatchObject({ style: "对照-正文", lineSpacingRule: "exact" });
    expect(body!.font).toMatchObject({ name: "FangSong", nameFarEast: "仿宋_GB2312", size: 16 });
  });

  test("after a Word list item the inserted paragraphs are not numbered", async () => {
    const { host, structure } = setup(
      [
        { text: "学习不够", listString: "1." },
        { text: "调研不深", listString: "2." },
      ],
      opts,
    );
    host.document.setSelection(0, 2);
    await structure.insertBlocksAtCursor(blocks.slice(1, 3));
    expect(host.document.snapshot().map((p) => [p.text, p.listString])).toEqual([
      ["学习不够", "1."],
      ["一、查摆存在的主要问题", ""],
      ["（一）政治信仰方面", ""],
      ["调研不深", "2."],
    ]);
  });

  test("with text in the document, it goes after the cursor's paragraph and moves nothing", async () => {
    const { host, structure, texts } = setup(DOC, opts);
    host.document.setSelection(4, 3);
    await structure.insertBlocksAtCursor(blocks);
    expect(texts()).toEqual([
      ...DOC.slice(0, 5).map((p) => p.text),
      ...blocks.map((b) => b.text),
      ...DOC.slice(5).map((p) => p.text),
    ]);
  });

  test("with the cursor in a header, nothing goes there and the user is told where to click", async () => {
    const { host, structure, texts } = setup(DOC, opts);
    host.document.placeCursorIn("Header", "2026年度组织生活会");
    const error = await structure.insertBlocksAtCursor(blocks).catch((e) => e);
    expect(error).toMatchObject({ kind: "invalid", message: expect.stringContaining("光标不在正文里") });
    expect(texts()).toEqual(DOC.map((p) => p.text));
    host.document.setSelection(0, 0);
    await structure.insertBlocksAtCursor(blocks.slice(0, 1));
    expect(texts()).toHaveLength(DOC.length + 1);
  });

  test("with several paragraphs selected, it goes after the selection", async () => {
    const { host, structure, texts } = setup(DOC, opts);
    host.document.setSelection(2, 0);
    host.document.select({
      start: { node: host.document.nodeAt(2)!, offset: 0 },
      end: { node: host.document.nodeAt(4)!, offset: 4 },
    });
    await structure.insertBlocksAtCursor(blocks.slice(0, 2));
    expect(texts().slice(4, 7)).toEqual([DOC[4]!.text, blocks[0]!.text, blocks[1]!.text]);
    expect(texts()).toHaveLength(DOC.length + 2);
  });
});

describe("inserting the skeleton: refusals", () => {
  test("a cursor inside a table is refused with a Chinese message, the document unchanged", async () => {
    const { host, structure, texts } = setup([{ text: "正文" }, { text: "单元格", tableNestingLevel: 1 }]);
    host.document.setSelection(1, 1);
    const error = await structure.insertBlocksAtCursor([{ text: "一、查摆存在的主要问题" }]).catch((e) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect(error.message).toContain("表格");
    expect(texts()).toEqual(["正文", "单元格"]);
  });

  test("a protected document reports read-only and keeps its text", async () => {
    const { structure, texts } = setup(DOC, { readOnly: true });
    const error = await structure.insertBlocksAtCursor([{ text: "一、新", format: HEITI }]).catch((e) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect(error.kind).toBe("readOnly");
    expect(texts()).toEqual(DOC.map((p) => p.text));
  });
});

describe.each(PATHS)("prefix edits with an insertion — %s", (_name, opts) => {
  test("renumbers later problems and inserts the new one in one batch of 2 syncs", async () => {
    const { host, structure, texts } = setup(DOC, opts);
    const plan = {
      edits: [
        { paragraph: 5, expectText: DOC[5]!.text, offset: 0, length: 2, replacement: "3." },
        { paragraph: 7, expectText: DOC[7]!.text, offset: 0, length: 2, replacement: "4." },
      ],
      insert: {
        after: 4,
        expectText: DOC[4]!.text,
        blocks: [{ text: "2.【用一句话概括问题】。", format: FANGSONG }],
      },
    };
    let result: Awaited<ReturnType<typeof structure.applyStructureEdit>> | undefined;
    expect(await syncsOf(host, async () => (result = await structure.applyStructureEdit(plan)))).toBe(2);
    expect(result).toMatchObject({ inserted: 5, edited: 2 });
    expect(texts()).toEqual([
      ...DOC.slice(0, 5).map((p) => p.text),
      "2.【用一句话概括问题】。",
      "3.笔记流于形式。摘抄多，结合实际的思考少。",
      DOC[6]!.text,
      "4.带头作用不够。志愿服务全年只参加了两次。",
      DOC[8]!.text,
    ]);
    expect(host.document.snapshot()[5]).toMatchObject({
      style: "对照-正文",
      font: { name: "FangSong", nameFarEast: "仿宋_GB2312" },
    });
  });

  test("a new item after a Word list item is not numbered by Word (no “1.（二）”)", async () => {
    const doc = [{ text: "读书少。", listString: "1." }, { text: "二、产生问题的原因" }];
    const { host, structure } = setup(doc, opts);
    await structure.applyStructureEdit({
      edits: [],
      insert: { after: 0, expectText: "读书少。", blocks: [{ text: "（二）作风方面", format: KAITI }] },
    });
    expect(host.document.snapshot()[1]).toMatchObject({
      text: "（二）作风方面",
      isListItem: false,
      listString: "",
    });
    expect(host.document.snapshot()[0]).toMatchObject({ isListItem: true, listString: "1." });
  });

  test("if one planned paragraph changed meanwhile, nothing at all is changed", async () => {
    const { host, structure, texts } = setup(DOC, opts);
    host.document.editText(7, "3.带头作用不够，已经改写。");
    const before = texts();
    const error = await structure
      .applyStructureEdit({
        edits: [
          { paragraph: 5, expectText: DOC[5]!.text, offset: 0, length: 2, replacement: "3." },
          { paragraph: 7, expectText: DOC[7]!.text, offset: 0, length: 2, replacement: "4." },
        ],
        insert: { after: 4, expectText: DOC[4]!.text, blocks: [{ text: "2.新问题。" }] },
      })
      .catch((e) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect(error.message).toContain("第8段");
    expect(texts()).toEqual(before);
  });

  test("if Word cannot find one planned span (a tracked deletion inside it), nothing at all is changed", async () => {
    // Word 2019 has no getReviewedText: the pane planned on a text whose "." after "2" is a tracked deletion.
    const doc = DOC.map((p, i) =>
      i === 7 ? { ...p, revisions: [{ kind: "deleted" as const, start: 1, end: 2 }] } : p,
    );
    const { structure, texts } = setup(doc, opts);
    const before = texts();
    const error = await structure
      .applyStructureEdit({
        edits: [
          { paragraph: 5, expectText: DOC[5]!.text, offset: 0, length: 2, replacement: "3." },
          { paragraph: 7, expectText: DOC[7]!.text, offset: 0, length: 2, replacement: "4." },
        ],
      })
      .catch((e) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect(texts()).toEqual(before);
  });

  test("editAtCursor hands the planner the cursor's paragraph and applies its plan in 2 syncs", async () => {
    const { host, structure, texts } = setup(DOC, opts);
    host.document.setSelection(6, 2);
    let seen = -1;
    const syncs = await syncsOf(host, () =>
      structure.editAtCursor((paragraphs, cursor) => {
        seen = cursor;
        return {
          edits: [],
          insert: { after: cursor, expectText: paragraphs[cursor]!.text, blocks: [{ text: "4.新问题。" }] },
        };
      }),
    );
    expect(syncs).toBe(2);
    expect(seen).toBe(6);
    expect(texts()[7]).toBe("4.新问题。");
  });

  test("a planner error reaches the caller as a GatewayError and nothing changes", async () => {
    const { host, structure, texts } = setup(DOC, opts);
    host.document.setSelection(0, 2);
    const error = await structure.editAtCursor(() => ({ error: "光标在标题上" })).catch((e) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect(error.message).toBe("光标在标题上");
    expect(texts()).toEqual(DOC.map((p) => p.text));
  });

  test("a cursor on one of several identical paragraphs is told apart", async () => {
    const doc = [{ text: "甲" }, { text: "" }, { text: "乙" }, { text: "" }, { text: "丙" }];
    const { host, structure } = setup(doc, opts);
    host.document.setSelection(3, 0);
    let seen = -1;
    await structure.editAtCursor((_p, cursor) => ((seen = cursor), { edits: [] }));
    expect(seen).toBe(3);
  });
});

describe.each(PATHS)("一键排版 — %s", (_name, opts) => {
  const doc: HostParagraph[] = [
    { text: "2026年度组织生活会个人对照检查材料", font: { name: "宋体", size: 12, bold: true } },
    { text: "一、存在的问题", font: { name: "宋体", size: 12 } },
    { text: "（一）理论学习方面" },
    { text: "1.学习不够系统。\t每月只读 2 本 & 3 篇<文章>。" },
    { text: "表格里的字", tableNestingLevel: 1 },
    { text: "" },
  ];
  const plan = (ps: { text: string; inTable?: boolean }[]) =>
    ps.map((p, i) => (p.inTable || p.text === "" ? null : ([TITLE, HEITI, KAITI, FANGSONG][i] ?? null)));

  test("scope selection formats only the selected paragraphs", async () => {
    const { host, format } = setup(doc, opts);
    host.document.select({
      start: { node: host.document.nodeAt(1)!, offset: 0 },
      end: { node: host.document.nodeAt(2)!, offset: 2 },
    });
    const result = await format.formatParagraphs({ scope: "selection", plan });
    expect(result).toMatchObject({ formatted: 2, cleaned: 1 });
    const s = host.document.snapshot();
    expect(s[0]!.font.name).toBe("宋体");
    expect(s[1]!.font.nameFarEast).toBe("黑体");
    expect(s[2]!.font.nameFarEast).toBe("楷体_GB2312");
    expect(s[3]!.font.nameFarEast).toBeUndefined();
  });

  test("text with a tab and XML characters stays exactly as it was; the table is left alone", async () => {
    const { host, format, texts } = setup(doc, opts);
    const result = await format.formatParagraphs({ scope: "document", plan });
    expect(result).toMatchObject({ formatted: 4, skipped: 2 });
    expect(texts()).toEqual(doc.map((p) => p.text));
    expect(host.document.snapshot()[4]!.style).toBe("正文");
  });

  test("a read-only document is refused and keeps its formatting", async () => {
    const { host, format } = setup(doc, { ...opts, readOnly: true });
    const error = await format.formatParagraphs({ scope: "document", plan }).catch((e) => e);
    expect(error).toMatchObject({ kind: "readOnly" });
    expect(host.document.snapshot()[0]!.font.name).toBe("宋体");
  });
});

test("一键排版's plan sees Word's list numbers, so a list-numbered heading is typeset as a heading", async () => {
  const { host, format } = setup([
    { text: "存在的问题", isListItem: true, listString: "一、" },
    { text: "学习不够系统。" },
  ]);
  let seen: { text: string; listString?: string }[] = [];
  const plan = (ps: { text: string; listString?: string }[]) => {
    seen = ps;
    return ps.map((p) => (p.listString ? HEITI : FANGSONG));
  };
  expect(await syncsOf(host, () => format.formatParagraphs({ scope: "document", plan }))).toBe(3);
  expect(seen.map((p) => p.listString)).toEqual(["一、", undefined]);
  expect(host.document.snapshot()[0]!.font).toMatchObject({ nameFarEast: "黑体" });
});

test("a paragraph holding an object (shown as a control character) gets its style; its text is untouched", async () => {
  const { host, format, texts } = setup([{ text: "图\u0001示" }]);
  const result = await format.formatParagraphs({ scope: "document", plan: () => [FANGSONG] });
  expect(result).toMatchObject({ formatted: 1 });
  expect(texts()).toEqual(["图\u0001示"]);
  expect(host.document.snapshot()[0]!.font).toMatchObject({ nameFarEast: "仿宋_GB2312", size: 16 });
});

test("setting font.nameFarEast without WordApiDesktop 1.3 fails like Office.js (ApiNotFound)", async () => {
  const host = createHost([{ text: "正文" }]);
  const error = await host.Word.run(async (context) => {
    const p = context.document.body.paragraphs.getFirst();
    p.font.nameFarEast = "仿宋";
    await context.sync();
  }).catch((e) => e);
  expect(error).toMatchObject({ code: "ApiNotFound" });
});

describe("the document after a structure verb comes back from its writing sync", () => {
  const LISTED: HostParagraph[] = [
    { text: "一、存在的主要问题" },
    { text: "理论学习方面", listString: "（一）" },
    { text: "自学计划执行不严。原定每周两次自学，有五周没有做到。", listString: "1." },
    { text: "二、产生问题的原因" },
  ];

  test("inserting after a Word list item: the paragraphs equal a fresh read, list numbers included", async () => {
    const { host, structure } = setup(LISTED);
    host.document.setSelection(2, 1);
    const gateway = createGateway(host, new OperationQueue());
    const { after } = await structure.insertBlocksAtCursor([{ text: "补充说明。", format: FANGSONG }]);
    const paragraphs = after.paragraphs;
    expect(after).toEqual(await gateway.readReport());
    expect(paragraphs.map((p) => p.listString)).toEqual([undefined, "（一）", "1.", undefined, undefined]);
  });

  test("an edit with an insertion: the paragraphs show both, in the same 2 syncs", async () => {
    const { host, structure } = setup(DOC);
    let result: Awaited<ReturnType<typeof structure.applyStructureEdit>> | undefined;
    const syncs = await syncsOf(host, async () => {
      result = await structure.applyStructureEdit({
        edits: [{ paragraph: 5, expectText: DOC[5]!.text, offset: 0, length: 1, replacement: "3" }],
        insert: {
          after: 4,
          expectText: DOC[4]!.text,
          blocks: [{ text: "2.【新问题】。", format: FANGSONG }],
        },
      });
    });
    expect(syncs).toBe(2);
    expect(result!.after.paragraphs.map((p) => p.text).slice(4, 7)).toEqual([
      DOC[4]!.text,
      "2.【新问题】。",
      "3.笔记流于形式。摘抄多，结合实际的思考少。",
    ]);
  });
});
