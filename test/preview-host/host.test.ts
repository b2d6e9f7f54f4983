import { createHost, HostError } from "../../src/preview/host";
import { REPORT } from "../word/fixtures";

const texts = (host: ReturnType<typeof createHost>): string[] => host.document.snapshot().map((p) => p.text);

describe("simulated Word host: load/sync semantics", () => {
  test("queued changes reach the document only at sync", async () => {
    const host = createHost([{ text: "甲" }, { text: "乙" }]);
    await host.Word.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      first.insertParagraph("新增", "After");
      first.styleBuiltIn = "Heading1";
      expect(texts(host)).toEqual(["甲", "乙"]);
      expect(host.document.snapshot()[0]!.styleBuiltIn).toBe("Normal");
      await context.sync();
    });
    expect(texts(host)).toEqual(["甲", "新增", "乙"]);
    expect(host.document.snapshot()[0]!.styleBuiltIn).toBe("Heading1");
    expect(host.document.snapshot()[0]!.style).toBe("标题 1");
    expect(host.syncCount()).toBe(1);
  });

  test("reading a property that was not loaded throws PropertyNotLoaded, like Office.js", async () => {
    const host = createHost(REPORT);
    await host.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      expect(() => paragraphs.items).toThrow(/The property 'items' is not available/);
      paragraphs.load("items/text");
      expect(() => paragraphs.items).toThrow(HostError);
      await context.sync();
      expect(paragraphs.items[2]!.text).toBe("一、存在的主要问题");
      let error: unknown;
      try {
        void paragraphs.items[2]!.styleBuiltIn;
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({ code: "PropertyNotLoaded" });
      expect((error as Error).message).toContain('call "context.sync()"');
    });
  });

  test("load accepts strings, plain names on collections and object notation; set values are readable", async () => {
    const host = createHost(REPORT);
    await host.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("text,styleBuiltIn");
      const last = paragraphs.getLast();
      last.load({ select: "text", expand: "font/name" });
      const first = paragraphs.getFirst();
      first.load({ font: { size: true } });
      const fresh = context.document.body.insertParagraph("附", "End");
      fresh.alignment = "Centered";
      expect(fresh.alignment).toBe("Centered");
      await context.sync();
      expect(paragraphs.items[0]!.styleBuiltIn).toBe("Title");
      expect(last.text).toBe("2026年11月20日");
      expect(typeof last.font.name).toBe("string");
      expect(first.font.size).toBe(16);
      expect(() => first.font.bold).toThrow(/'bold'/);
    });
  });

  test("list items: listItemOrNullObject is a null object for ordinary paragraphs", async () => {
    const host = createHost(REPORT);
    await host.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/isListItem");
      await context.sync();
      const item = paragraphs.items[4]!.listItemOrNullObject.load("listString");
      const none = paragraphs.items[3]!.listItemOrNullObject.load("listString");
      await context.sync();
      expect(item.isNullObject).toBe(false);
      expect(item.listString).toBe("1.");
      expect(none.isNullObject).toBe(true);
      expect(() => none.listString).toThrow(HostError);
    });
  });

  test("every sync is counted, and the count can be reset", async () => {
    const host = createHost(REPORT);
    await host.Word.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    expect(host.syncCount()).toBe(2);
    host.resetSyncCount();
    expect(host.syncCount()).toBe(0);
  });

  test("a proxy kept from an earlier Word.run fails in a later one", async () => {
    const host = createHost(REPORT);
    const kept = await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.load("text");
      await context.sync();
      return p;
    });
    expect(kept.text).toBe(REPORT[0]!.text); // loaded values stay readable
    await expect(
      host.Word.run(async (context) => {
        kept.insertParagraph("迟到的插入", "After");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidObjectPath" });
    await expect(
      host.Word.run(async (context) => {
        context.document.getSelection().compareLocationWith(kept.getRange());
        await context.sync();
      }),
    ).rejects.toBeInstanceOf(HostError);
    expect(texts(host)).toEqual(REPORT.map((p) => p.text));
  });

  test("a read-only document rejects changes at sync with AccessDenied and stays as it was", async () => {
    const host = createHost(REPORT, { readOnly: true });
    const changed = jest.fn();
    host.document.subscribe(changed);
    await expect(
      host.Word.run(async (context) => {
        context.document.body.insertParagraph("不应出现", "End");
        context.document.body.paragraphs.getFirst().select();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(texts(host)).toEqual(REPORT.map((p) => p.text));
    expect(changed).not.toHaveBeenCalled();
    // Reading and selecting remain possible.
    await host.Word.run(async (context) => {
      context.document.body.paragraphs.getLast().select();
      await context.sync();
    });
    expect(host.document.selection().paragraph).toBe(REPORT.length - 1);
  });

  test("strictConcurrency refuses an overlapping Word.run", async () => {
    const host = createHost(REPORT, { strictConcurrency: true });
    const slow = host.Word.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    await expect(host.Word.run(async () => undefined)).rejects.toThrow(
      "Wait until the previous call completes.",
    );
    await slow;
    await expect(host.Word.run(async () => "ok")).resolves.toBe("ok");
  });

  test("insertText and search address characters; ranges follow edits made before them", async () => {
    const host = createHost([{ text: "甲乙丙乙丁" }]);
    await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      const hits = p.search("乙", { matchCase: true });
      hits.load("items/text");
      await context.sync();
      expect(hits.items.map((r) => r.text)).toEqual(["乙", "乙"]);
      p.insertText("【前】", "Start");
      hits.items[1]!.insertText("二", "Replace");
      await context.sync();
    });
    expect(texts(host)).toEqual(["【前】甲乙丙二丁"]);
  });

  test("search strings over 255 characters are refused like Word", async () => {
    const host = createHost([{ text: "长".repeat(300) }]);
    await expect(
      host.Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().search("长".repeat(256)).getFirst().select();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "SearchStringInvalidOrTooLong" });
  });

  test("subscribers hear about changes; snapshot and selection are plain data", async () => {
    const host = createHost(REPORT);
    const listener = jest.fn();
    host.document.subscribe(listener);
    await host.Word.run(async (context) => {
      context.document.body.paragraphs.load("items/text");
      await context.sync();
    });
    expect(listener).not.toHaveBeenCalled();
    await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getLast();
      p.getRange("Whole").select();
      await context.sync();
    });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(host.document.selection()).toEqual({
      paragraph: REPORT.length - 1,
      start: 0,
      end: "2026年11月20日".length,
      endParagraph: REPORT.length - 1,
      text: "2026年11月20日",
    });
  });

  test("install puts Word and Office globals in place; Office reports host, sets and settings", async () => {
    const stored: Record<string, string> = {};
    const { webStorage } = await import("../../src/preview/host");
    const storage = webStorage("doc-1", {
      getItem: (k) => stored[k] ?? null,
      setItem: (k, v) => void (stored[k] = v),
    });
    const host = createHost(REPORT, { supportedSets: { WordApi: "1.4" }, settingsStorage: storage });
    const target: Record<string, unknown> = {};
    host.install(target);
    expect(target.Word).toBe(host.Word);
    await expect(host.Office.onReady()).resolves.toEqual({ host: "Word", platform: "PC" });
    expect(host.Office.context.requirements.isSetSupported("WordApi", "1.3")).toBe(true);
    expect(host.Office.context.requirements.isSetSupported("WordApi", "1.5")).toBe(false);
    expect(host.Office.context.requirements.isSetSupported("WordApiDesktop", "1.1")).toBe(false);
    const settings = host.Office.context.document.settings;
    settings.set("template", { kind: "personal" });
    expect(stored["doc-1"]).toBeUndefined();
    const status = await new Promise((r) => settings.saveAsync((res) => r(res.status)));
    expect(status).toBe("succeeded");
    expect(JSON.parse(stored["doc-1"]!)).toEqual({ template: { kind: "personal" } });
    const again = createHost(REPORT, { settingsStorage: storage });
    expect(again.Office.context.document.settings.get("template")).toEqual({ kind: "personal" });
    expect(again.Office.context.document.settings.get("missing")).toBeNull();
  });
});
