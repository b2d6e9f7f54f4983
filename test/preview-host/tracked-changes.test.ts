/**
 * 修订 in the simulated host, as Word on the web shows it: deleted text stays in `paragraph.text`, search
 * neither finds it nor matches across it, getReviewedText (1.4) gives the current text, the tracking mode
 * is a WordApi 1.4 property, and a deletion under tracking fires no paragraph event.
 */
import { createHost } from "../../src/preview/host";

const TRACKED = {
  // "不够深入" was deleted with tracking on; the user sees "学习党章党规，理解。".
  text: "学习党章党规，理解不够深入。",
  revisions: [{ kind: "deleted" as const, start: 9, end: 13 }],
};
const WORD_14 = { supportedSets: { WordApi: "1.4" } };
const WORD_16 = { supportedSets: { WordApi: "1.6" } };

describe("simulated host: tracked changes", () => {
  test("paragraph.text includes tracked deletions; getReviewedText gives the current or original text", async () => {
    const host = createHost([TRACKED], WORD_14);
    await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.load("text");
      const current = p.getReviewedText("Current");
      const original = p.getReviewedText("Original");
      await context.sync();
      expect(p.text).toBe("学习党章党规，理解不够深入。");
      expect(current.value).toBe("学习党章党规，理解。");
      expect(original.value).toBe("学习党章党规，理解不够深入。");
    });
  });

  test("search does not find deleted text and no match spans a deletion", async () => {
    const host = createHost([TRACKED], WORD_14);
    await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      const deleted = p.search("不够").getFirstOrNullObject();
      const across = p.search("理解。").getFirstOrNullObject();
      const before = p.search("理解").getFirstOrNullObject();
      before.load("text");
      await context.sync();
      expect(deleted.isNullObject).toBe(true);
      expect(across.isNullObject).toBe(true);
      expect(before.text).toBe("理解");
    });
  });

  test("changeTrackingMode loads and sets only where WordApi 1.4 is supported", async () => {
    const host = createHost([{ text: "正文" }], WORD_14);
    host.document.setTracking("TrackAll");
    await host.Word.run(async (context) => {
      context.document.load("changeTrackingMode");
      await context.sync();
      expect(context.document.changeTrackingMode).toBe("TrackAll");
    });
    const old = createHost([{ text: "正文" }]);
    const error = await old.Word.run(async (context) => {
      context.document.load("changeTrackingMode");
      await context.sync();
    }).catch((e) => e);
    expect(error).toMatchObject({ code: "InvalidArgument" });
  });

  test("with tracking on, a replacement keeps the old text marked deleted and the new one marked inserted", async () => {
    const host = createHost([{ text: "学习十九大精神" }], WORD_14);
    host.document.setTracking("TrackAll");
    await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.search("十九大").getFirst().insertText("二十大", "Replace");
      await context.sync();
      p.load("text");
      const current = p.getReviewedText();
      await context.sync();
      expect(p.text).toBe("学习十九大二十大精神");
      expect(current.value).toBe("学习二十大精神");
    });
    expect(host.document.snapshot()[0]!.revisions).toEqual([
      { kind: "deleted", start: 2, end: 5 },
      { kind: "inserted", start: 5, end: 8 },
    ]);
  });

  test("deleting what was inserted under tracking removes it outright, paragraphs included", async () => {
    const host = createHost([{ text: "正文" }], WORD_14);
    host.document.setTracking("TrackAll");
    await host.Word.run(async (context) => {
      const body = context.document.body;
      const added = body.insertParagraph("临时", "Start");
      const more = added.insertParagraph("再一段", "After");
      await context.sync();
      more.delete();
      added.search("临").getFirst().delete();
      await context.sync();
      added.delete();
      await context.sync();
    });
    expect(host.document.snapshot()).toMatchObject([{ text: "正文" }]);
    expect(host.document.snapshot()[0]!.revisions).toBeUndefined();
  });

  test("paragraph added and deleted events fire; a deletion under tracking fires none", async () => {
    const host = createHost([{ text: "一" }, { text: "二" }], WORD_16);
    const heard: string[] = [];
    await host.Word.run(async (context) => {
      for (const event of [
        context.document.onParagraphAdded,
        context.document.onParagraphChanged,
        context.document.onParagraphDeleted,
      ])
        event.add(async (e) => void heard.push(e.type));
      await context.sync();
    });
    const settle = () => new Promise((r) => setTimeout(r, 5));
    host.document.addParagraphAfter(1, "三");
    await settle();
    expect(heard).toEqual(["ParagraphAdded"]);
    host.document.removeParagraph(2);
    await settle();
    expect(heard).toEqual(["ParagraphAdded", "ParagraphDeleted"]);
    host.document.setTracking("TrackAll");
    heard.length = 0;
    host.document.deleteText(0, 0, 1);
    host.document.removeParagraph(1);
    await settle();
    expect(heard).toEqual([]);
    expect(host.document.snapshot().map((p) => p.text)).toEqual(["一", "二"]);
  });
});
