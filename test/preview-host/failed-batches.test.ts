/**
 * What makes real Word harsher than a kind simulator: a failing command does not undo the commands queued
 * before it, getFirst() on nothing fails at sync while getFirstOrNullObject() does not, the Find dialog
 * blocks searches, APIs newer than the host fail at sync, and the cursor can be outside the main text.
 */
import { createHost } from "../../src/preview/host";

const texts = (host: ReturnType<typeof createHost>) => host.document.snapshot().map((p) => p.text);

describe("simulated host: failed batches and null objects", () => {
  test("a command failing at sync leaves the commands queued before it applied, and later ones not", async () => {
    const host = createHost([{ text: "甲乙丙" }, { text: "丁戊" }]);
    const error = await host.Word.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      const second = context.document.body.paragraphs.getLast();
      first.search("乙").getFirst().insertText("二", "Replace");
      second.search("没有的字").getFirst().insertText("X", "Replace");
      second.insertText("后", "End");
      await context.sync();
    }).catch((e) => e);
    expect(error).toMatchObject({ code: "ItemNotFound" });
    expect(texts(host)).toEqual(["甲二丙", "丁戊"]);
  });

  test("getFirstOrNullObject on a search that found nothing is a null object; on a hit it is the range", async () => {
    const host = createHost([{ text: "学习党章党规" }]);
    await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      const missing = p.search("没有的字").getFirstOrNullObject();
      const found = p.search("党规").getFirstOrNullObject();
      missing.load("text");
      found.load("text");
      expect(() => found.isNullObject).toThrow(/not available/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(() => missing.text).toThrow();
      expect(found.isNullObject).toBe(false);
      expect(found.text).toBe("党规");
    });
  });

  test("a method called on a null object fails at sync", async () => {
    const host = createHost([{ text: "学习党章党规" }]);
    const error = await host.Word.run(async (context) => {
      context.document.body.paragraphs
        .getFirst()
        .search("没有")
        .getFirstOrNullObject()
        .insertText("X", "Replace");
      await context.sync();
    }).catch((e) => e);
    expect(error).toMatchObject({ code: "ItemNotFound" });
    expect(texts(host)).toEqual(["学习党章党规"]);
  });

  test("paragraph collections and neighbours have null-object forms", async () => {
    const host = createHost([{ text: "一" }, { text: "二" }]);
    await host.Word.run(async (context) => {
      const ps = context.document.body.paragraphs;
      const last = ps.getLastOrNullObject();
      const after = ps.getLast().getNextOrNullObject();
      const before = ps.getLast().getPreviousOrNullObject();
      last.load("text");
      before.load("text");
      await context.sync();
      expect(last.text).toBe("二");
      expect(after.isNullObject).toBe(true);
      expect(before.text).toBe("一");
    });
  });

  test("with the Find and Replace dialog open every search fails with SearchDialogIsOpen", async () => {
    const host = createHost([{ text: "学习党章党规" }]);
    host.document.setSearchDialog(true);
    const attempt = () =>
      host.Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().search("党规").getFirstOrNullObject().select();
        await context.sync();
      });
    await expect(attempt()).rejects.toMatchObject({ code: "SearchDialogIsOpen" });
    host.document.setSearchDialog(false);
    await expect(attempt()).resolves.toBeUndefined();
  });

  test("an API newer than the host's requirement sets fails at sync with ApiNotFound, after what came before", async () => {
    const host = createHost([{ text: "学习党章党规" }], { supportedSets: { WordApi: "1.3" } });
    const error = await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.insertText("认真", "Start");
      p.getRange("Whole").insertComment("批注");
      await context.sync();
    }).catch((e) => e);
    expect(error).toMatchObject({ code: "ApiNotFound" });
    expect(texts(host)).toEqual(["认真学习党章党规"]);
    expect(host.document.comments()).toEqual([]);
  });

  test("parentBody.type says whether the cursor is in the main text, a table cell or a header", async () => {
    const host = createHost([{ text: "正文" }]);
    const bodyType = () =>
      host.Word.run(async (context) => {
        const body = context.document.getSelection().parentBody;
        body.load("type");
        await context.sync();
        return body.type;
      });
    expect(await bodyType()).toBe("MainDoc");
    host.document.placeCursorIn("Header", "页眉");
    expect(await bodyType()).toBe("Header");
    // Inserting "after the cursor's paragraph" then lands in the header, not in the report.
    await host.Word.run(async (context) => {
      context.document.getSelection().paragraphs.getLast().insertParagraph("一、问题", "After");
      await context.sync();
    });
    expect(texts(host)).toEqual(["正文"]);
  });
});
