import { createHost, type HostOptions, type HostParagraph } from "../../src/preview/host";
import { createGateway, GatewayError, OperationQueue } from "../../src/word";
import { bigDocument, REPORT } from "./fixtures";

function setup(paragraphs: HostParagraph[] = REPORT, opts: HostOptions = {}) {
  const host = createHost(paragraphs, opts);
  const gw = createGateway(host, new OperationQueue());
  return { host, gw, texts: () => host.document.snapshot().map((p) => p.text) };
}

/** Runs a verb and returns how many sync() round trips it cost. */
async function syncsOf(host: ReturnType<typeof createHost>, verb: () => Promise<unknown>): Promise<number> {
  host.resetSyncCount();
  await verb();
  expect(host.discardedOps()).toBe(0); // nothing queued and forgotten
  return host.syncCount();
}

describe("readParagraphs", () => {
  test("returns text, list numbers, built-in styles and table membership in 2 syncs", async () => {
    const { host, gw } = setup();
    let result: Awaited<ReturnType<typeof gw.readParagraphs>> = [];
    expect(await syncsOf(host, async () => (result = await gw.readParagraphs()))).toBe(2);
    expect(result).toHaveLength(REPORT.length);
    expect(result[0]).toEqual({ text: REPORT[0]!.text, styleBuiltIn: "Title", inTable: false });
    expect(result[4]).toMatchObject({ listString: "1.", styleBuiltIn: "Normal" });
    expect(result[5]!.listString).toBe("2.");
    expect(result[3]!.listString).toBeUndefined();
    expect(result[6]!.text).toBe("");
    expect(result[9]!.inTable).toBe(true);
  });

  test("a document without list items costs a single sync", async () => {
    const { host, gw } = setup([{ text: "一、存在的问题" }, { text: "正文" }]);
    expect(await syncsOf(host, () => gw.readParagraphs())).toBe(1);
  });

  test("the number of syncs does not grow with a 2,000-paragraph document", async () => {
    const { host, gw } = setup(bigDocument(2000));
    let n = 0;
    expect(await syncsOf(host, async () => (n = (await gw.readParagraphs()).length))).toBe(2);
    expect(n).toBe(2000);
  });
});

describe("insertParagraphs", () => {
  const blocks = [
    {
      text: "一、存在的主要问题",
      style: { styleBuiltIn: "Heading1", fontName: "黑体", size: 16, bold: false },
    },
    { text: "（一）理论学习方面", style: { styleBuiltIn: "Heading2", fontName: "楷体", size: 16 } },
    {
      text: "正文一段。",
      style: { fontName: "仿宋", size: 16, firstLineIndent: 32, alignment: "Justified" as const },
    },
  ];

  test("an empty document is filled, not left with a leading blank paragraph", async () => {
    const { host, gw, texts } = setup([]);
    expect(await syncsOf(host, () => gw.insertParagraphs(blocks, "end"))).toBe(2);
    expect(texts()).toEqual(["一、存在的主要问题", "（一）理论学习方面", "正文一段。"]);
    const [h1, h2, body] = host.document.snapshot();
    expect(h1).toMatchObject({ styleBuiltIn: "Heading1", font: { name: "黑体", size: 16, bold: false } });
    expect(h2).toMatchObject({ styleBuiltIn: "Heading2", font: { name: "楷体" } });
    expect(body).toMatchObject({
      styleBuiltIn: "Normal",
      firstLineIndent: 32,
      font: { name: "仿宋", size: 16 },
    });
  });

  test("appends at the end; new paragraphs do not inherit the last paragraph's formatting", async () => {
    const { host, gw, texts } = setup([
      { text: "已有标题", styleBuiltIn: "Heading1", font: { bold: true, size: 22 }, alignment: "Centered" },
    ]);
    await gw.insertParagraphs([{ text: "补充内容" }], "end");
    expect(texts()).toEqual(["已有标题", "补充内容"]);
    expect(host.document.snapshot()[1]).toMatchObject({
      styleBuiltIn: "Normal",
      alignment: "Justified",
      font: { bold: false },
    });
  });

  test("inserts after a given paragraph when it still holds the expected text", async () => {
    const { host, gw, texts } = setup();
    expect(
      await syncsOf(host, () =>
        gw.insertParagraphs(blocks.slice(1), { after: 3, expectText: REPORT[3]!.text }),
      ),
    ).toBe(2);
    expect(texts().slice(3, 6)).toEqual([REPORT[3]!.text, "（一）理论学习方面", "正文一段。"]);
    expect(texts()).toHaveLength(REPORT.length + 2);
  });

  test("refuses with a Chinese message and changes nothing when the paragraph's text changed", async () => {
    const { host, gw, texts } = setup();
    host.document.editText(3, "（一）思想作风方面");
    const before = texts();
    const error = await gw
      .insertParagraphs(blocks, { after: 3, expectText: REPORT[3]!.text })
      .catch((e) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({ kind: "changed" });
    expect(error.message).toMatch(/文档已更改/);
    expect(texts()).toEqual(before);
  });

  test("at the cursor: after the cursor's paragraph, never splitting or overwriting its text", async () => {
    const { host, gw, texts } = setup();
    host.document.setSelection(1, 4, 8);
    await gw.insertParagraphs([{ text: "插入的一段" }], "cursor");
    expect(texts()[1]).toBe(REPORT[1]!.text);
    expect(texts()[2]).toBe("插入的一段");
    expect(texts()).toHaveLength(REPORT.length + 1);
  });

  test("at the cursor on a blank line: the blank paragraph is filled", async () => {
    const { gw, host, texts } = setup();
    host.document.setSelection(6);
    await gw.insertParagraphs([{ text: "甲" }, { text: "乙" }], "cursor");
    expect(texts().slice(5, 9)).toEqual([REPORT[5]!.text, "甲", "乙", REPORT[7]!.text]);
  });

  test("a read-only document gives a Chinese AccessDenied message and stays unchanged", async () => {
    const { gw, texts } = setup(REPORT, { readOnly: true });
    const error = await gw.insertParagraphs(blocks, "end").catch((e) => e);
    expect(error).toMatchObject({ kind: "readOnly", code: "AccessDenied" });
    expect(error.message).toMatch(/只读或受保护/);
    expect(texts()).toEqual(REPORT.map((p) => p.text));
  });

  test("inserting a skeleton into a 2,000-paragraph document still costs 2 syncs", async () => {
    const { host, gw } = setup(bigDocument(2000));
    expect(await syncsOf(host, () => gw.insertParagraphs(blocks, "end"))).toBe(2);
    expect(
      await syncsOf(host, () =>
        gw.insertParagraphs(blocks, { after: 1500, expectText: bigDocument(2000)[1500]!.text }),
      ),
    ).toBe(2);
  });
});

describe("selectParagraph", () => {
  test("selects the whole paragraph in 2 syncs", async () => {
    const { host, gw } = setup();
    expect(await syncsOf(host, () => gw.selectParagraph(5, REPORT[5]!.text))).toBe(2);
    expect(host.document.selection()).toMatchObject({ paragraph: 5, start: 0, end: REPORT[5]!.text.length });
  });

  test("selects exactly a span, even when the same characters occur earlier in the paragraph", async () => {
    const { host, gw } = setup([{ text: "学习学习再学习，学习不够自觉。" }]);
    const text = host.document.snapshot()[0]!.text;
    const offset = text.indexOf("学习不够");
    await gw.selectParagraph(0, text, { offset, length: 2 });
    expect(host.document.selection()).toMatchObject({
      paragraph: 0,
      start: offset,
      end: offset + 2,
      text: "学习",
    });
  });

  test("finds the paragraph again when paragraphs were inserted above it", async () => {
    const { host, gw } = setup();
    await host.Word.run(async (context) => {
      context.document.body.insertParagraph("新加的开头", "Start");
      await context.sync();
    });
    await gw.selectParagraph(5, REPORT[5]!.text, { offset: 0, length: 6 });
    expect(host.document.selection()).toMatchObject({
      paragraph: 6,
      start: 0,
      end: 6,
      text: REPORT[5]!.text.slice(0, 6),
    });
  });

  test("throws the Chinese 'document changed' error when the text is gone", async () => {
    const { host, gw } = setup();
    host.document.editText(5, "改写后的内容");
    await expect(gw.selectParagraph(5, REPORT[5]!.text)).rejects.toThrow(
      "文档已更改，找不到该段落，请重新检查",
    );
  });

  test("spans longer than Word's 255-character search limit are still selected exactly", async () => {
    const text = "开头。" + "反复强调的内容，".repeat(60) + "结尾。";
    const { host, gw } = setup([{ text: "前一段" }, { text }]);
    await gw.selectParagraph(1, text, { offset: 3, length: 400 });
    expect(host.document.selection()).toMatchObject({ paragraph: 1, start: 3, end: 403 });
  });

  test("a span deep inside repetitive text (past 255 characters) and mixed-case Latin are addressed exactly", async () => {
    const text = "会议".repeat(200) + "Word word WORD 的用法。";
    const { host, gw, texts } = setup([{ text }]);
    const at = text.indexOf("word");
    await gw.selectParagraph(0, text, { offset: at, length: 4 });
    expect(host.document.selection()).toMatchObject({ start: at, end: at + 4, text: "word" });
    await gw.replaceSpan(0, text, 301, 2, "【】");
    expect(texts()[0]).toBe(text.slice(0, 301) + "【】" + text.slice(303));
  });

  test("a span outside the paragraph is refused with a Chinese message", async () => {
    const { gw } = setup();
    await expect(gw.selectParagraph(2, REPORT[2]!.text, { offset: 5, length: 50 })).rejects.toMatchObject({
      kind: "invalid",
      message: expect.stringMatching(/超出了该段落/),
    });
  });
});

describe("replaceSpan", () => {
  test("replaces exactly those characters; the rest of the paragraph and its formatting stay", async () => {
    const paragraphs: HostParagraph[] = [
      { text: "前言" },
      { text: "1、学习不够系统，学习不够深入。", styleBuiltIn: "Heading3", font: { name: "仿宋", size: 16 } },
    ];
    const { host, gw, texts } = setup(paragraphs);
    const before = host.document.snapshot()[1]!;
    const text = paragraphs[1]!.text;
    const second = text.lastIndexOf("学习不够");
    expect(await syncsOf(host, () => gw.replaceSpan(1, text, second, 4, "钻研不够"))).toBe(2);
    expect(texts()).toEqual(["前言", "1、学习不够系统，钻研不够深入。"]);
    expect(host.document.snapshot()[1]).toEqual({ ...before, text: "1、学习不够系统，钻研不够深入。" });
    await gw.replaceSpan(1, texts()[1]!, 1, 1, ".");
    expect(texts()[1]).toBe("1.学习不够系统，钻研不够深入。");
  });

  test("deleting a duplicated word removes only the repeat", async () => {
    const { gw, texts } = setup([{ text: "认真学习全会全会精神。" }]);
    await gw.replaceSpan(0, "认真学习全会全会精神。", 6, 2, "");
    expect(texts()).toEqual(["认真学习全会精神。"]);
  });

  test("refuses when the paragraph no longer holds the expected text", async () => {
    const { host, gw, texts } = setup();
    host.document.editText(4, "别人改过的句子。");
    const error = await gw.replaceSpan(4, REPORT[4]!.text, 0, 2, "X").catch((e) => e);
    expect(error).toMatchObject({ kind: "changed" });
    expect(texts()[4]).toBe("别人改过的句子。");
  });
});

describe("readSelection and insertAtCursor", () => {
  test("reports the cursor's paragraph and the selected text", async () => {
    const { host, gw } = setup();
    host.document.setSelection(8, 3, 6);
    let sel: Awaited<ReturnType<typeof gw.readSelection>> = null;
    expect(await syncsOf(host, async () => (sel = await gw.readSelection()))).toBe(1);
    expect(sel).toEqual({ paragraph: 8, text: REPORT[8]!.text.slice(3, 6) });
  });

  test("tells paragraphs with the same text apart in at most 2 syncs", async () => {
    const { host, gw } = setup([
      { text: "" },
      { text: "同样的话" },
      { text: "" },
      { text: "同样的话" },
      { text: "" },
    ]);
    host.document.setSelection(3, 1);
    let sel: Awaited<ReturnType<typeof gw.readSelection>> = null;
    expect(await syncsOf(host, async () => (sel = await gw.readSelection()))).toBe(2);
    expect(sel).toEqual({ paragraph: 3, text: "" });
    host.document.setSelection(4);
    expect(await gw.readSelection()).toEqual({ paragraph: 4, text: "" });
  });

  test("insertAtCursor replaces the selection and can select a slot to fill", async () => {
    const { host, gw, texts } = setup([{ text: "我在工作中XX不够。" }]);
    host.document.setSelection(0, 5, 7);
    const snippet = "对群众诉求回应【具体事例】";
    // One sync reads where the cursor is (main text or not), one inserts.
    expect(await syncsOf(host, () => gw.insertAtCursor(snippet, { select: "【具体事例】" }))).toBe(2);
    expect(texts()).toEqual(["我在工作中对群众诉求回应【具体事例】不够。"]);
    expect(host.document.selection()).toMatchObject({ paragraph: 0, text: "【具体事例】" });
  });

  test("a multi-line snippet becomes paragraphs, and a slot on its second line is selected", async () => {
    const { host, gw, texts } = setup([{ text: "甲丙" }, { text: "丁" }]);
    host.document.setSelection(0, 1);
    await gw.insertAtCursor("第一行\n第二行【措施】", { select: "【措施】" });
    expect(texts()).toEqual(["甲第一行", "第二行【措施】丙", "丁"]);
    expect(host.document.selection()).toMatchObject({ paragraph: 1, start: 3, end: 7, text: "【措施】" });
  });

  test("without a slot the cursor ends after the inserted text", async () => {
    const { host, gw } = setup([{ text: "甲丙" }]);
    host.document.setSelection(0, 1);
    await gw.insertAtCursor("乙");
    expect(host.document.selection()).toMatchObject({ paragraph: 0, start: 2, end: 2 });
    expect(host.document.snapshot()[0]!.text).toBe("甲乙丙");
  });
});

describe("queue, settings, requirements and errors", () => {
  test("quick clicks do not overlap: verbs run one after another even in a strict host", async () => {
    const { host, gw, texts } = setup([{ text: "" }], { strictConcurrency: true, latencyMs: 5 });
    const queue = new OperationQueue();
    const g = createGateway(host, queue);
    const busy: boolean[] = [];
    queue.subscribe((b) => busy.push(b));
    const runs = [
      g.insertParagraphs([{ text: "第一" }], "end"),
      g.insertParagraphs([{ text: "第二" }], "end"),
      g.insertAtCursor("前缀"),
    ];
    expect(queue.isBusy()).toBe(true);
    await Promise.all(runs);
    expect(queue.isBusy()).toBe(false);
    expect(busy).toEqual([true, false]);
    // The cursor sat where "第一" went in, so it ends up after it; "第二" came after both.
    expect(texts()).toEqual(["第一前缀", "第二"]);
    void gw;
  });

  test("without the queue the strict host refuses overlapping calls (why the queue exists)", async () => {
    const { host } = setup(REPORT, { strictConcurrency: true, latencyMs: 5 });
    const a = createGateway(host, new OperationQueue());
    const b = createGateway(host, new OperationQueue());
    const results = await Promise.allSettled([a.readParagraphs(), b.readParagraphs()]);
    expect(results[1]).toMatchObject({
      status: "rejected",
      reason: { kind: "busy", message: "Word 正忙，请稍后再试" },
    });
  });

  test("a failing operation does not block the ones queued after it", async () => {
    const { host, gw, texts } = setup();
    const failing = gw.selectParagraph(0, "不存在的段落");
    const next = gw.insertParagraphs([{ text: "之后" }], "end");
    await expect(failing).rejects.toBeInstanceOf(GatewayError);
    await next;
    expect(texts().at(-1)).toBe("之后");
    void host;
  });

  test("settings are written to the document, saved and read back", async () => {
    const { gw, host } = setup();
    expect(gw.loadSetting("decisions")).toBeUndefined();
    await gw.saveSetting("decisions", [{ problem: "a", target: "b", kind: "cause", action: "confirm" }]);
    expect(gw.loadSetting<unknown[]>("decisions")).toHaveLength(1);
    expect(host.Office.context.document.settings.get("decisions")).toEqual([
      { problem: "a", target: "b", kind: "cause", action: "confirm" },
    ]);
  });

  test("saving settings in a read-only document fails with a Chinese message", async () => {
    const { gw } = setup(REPORT, { readOnly: true });
    await expect(gw.saveSetting("k", 1)).rejects.toThrow(/无法把设置保存到文档中/);
  });

  test("requirements reflect the host's sets; below WordApi 1.3 every verb explains what is needed", async () => {
    expect(
      setup(REPORT, { supportedSets: { WordApi: "1.4", WordApiDesktop: "1.1" } }).gw.requirements(),
    ).toEqual({
      wordApi13: true,
      wordApi14: true,
      wordApi15: false,
      wordApi16: false,
      desktop11: true,
      desktop13: false,
    });
    const { gw } = setup(REPORT, { supportedSets: { WordApi: "1.2" } });
    await expect(gw.readParagraphs()).rejects.toMatchObject({
      kind: "unsupported",
      message: expect.stringContaining("这个 Word 不支持本助手需要的 WordApi 1.3"),
    });
  });

  test("outside Word the default gateway says so in Chinese", async () => {
    const { gateway } = await import("../../src/word");
    await expect(gateway.readParagraphs()).rejects.toMatchObject({
      kind: "noHost",
      message: expect.stringMatching(/Word/),
    });
  });

  test("the default gateway uses the globals a host installs", async () => {
    const host = createHost([{ text: "全局" }]);
    const target = globalThis as Record<string, unknown>;
    host.install();
    try {
      const { gateway } = await import("../../src/word");
      await expect(gateway.readParagraphs()).resolves.toEqual([
        { text: "全局", styleBuiltIn: "Normal", inTable: false },
      ]);
    } finally {
      delete target.Word;
      delete target.Office;
    }
  });
});
