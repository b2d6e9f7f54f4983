import { createHost } from "../../src/preview/host";
import { paragraphPackage } from "../../src/word/paragraph-package";

const FORMAT = {
  fontName: "Times New Roman",
  eastAsianFont: "仿宋_GB2312",
  size: 16,
  bold: true,
  alignment: "Centered" as const,
  firstLineIndent: 32,
  lineSpacing: 28,
};

describe("simulated host: East Asian fonts", () => {
  test("insertOoxml(…, 'Replace') re-types the paragraph at sync, keeping it and its neighbours", async () => {
    const host = createHost([{ text: "前" }, { text: "旧的文字" }, { text: "后" }]);
    await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs;
      p.load("items");
      await context.sync();
      p.items[1]!.insertOoxml(paragraphPackage("新\t文字 & <标记>", FORMAT), "Replace");
      // Queued, not applied yet.
      expect(host.document.snapshot()[1]!.text).toBe("旧的文字");
      await context.sync();
    });
    const s = host.document.snapshot();
    expect(s.map((p) => p.text)).toEqual(["前", "新\t文字 & <标记>", "后"]);
    expect(s[1]).toMatchObject({ alignment: "Centered", firstLineIndent: 32, lineSpacing: 28 });
    expect(s[1]!.font).toMatchObject({
      name: "Times New Roman",
      nameFarEast: "仿宋_GB2312",
      size: 16,
      bold: true,
    });
    expect(s[0]!.font.nameFarEast).toBeUndefined();
  });

  test("invalid OOXML fails at sync with InvalidArgument and changes nothing", async () => {
    const host = createHost([{ text: "原文" }]);
    const error = await host.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertOoxml("<w:document", "Replace");
      await context.sync();
    }).catch((e) => e);
    expect(error).toMatchObject({ code: "InvalidArgument" });
    expect(host.document.snapshot()[0]!.text).toBe("原文");
  });

  test("font.nameFarEast loads and sets only where WordApiDesktop 1.3 is supported", async () => {
    const desktop = createHost([{ text: "正文", font: { name: "Calibri" } }], {
      supportedSets: { WordApi: "1.3", WordApiDesktop: "1.3" },
    });
    const names = await desktop.Word.run(async (context) => {
      const font = context.document.body.paragraphs.getFirst().font;
      font.load("name,nameFarEast");
      await context.sync();
      const before = font.nameFarEast;
      font.nameFarEast = "楷体";
      await context.sync();
      return { before, latin: font.name };
    });
    // An East Asian font never set reads as the Latin one.
    expect(names).toEqual({ before: "Calibri", latin: "Calibri" });
    expect(desktop.document.snapshot()[0]!.font).toMatchObject({ name: "Calibri", nameFarEast: "楷体" });

    const plain = createHost([{ text: "正文" }]);
    const error = await plain.Word.run(async (context) => {
      const font = context.document.body.paragraphs.getFirst().font;
      font.load("nameFarEast");
      await context.sync();
    }).catch((e) => e);
    expect(error).toMatchObject({ code: "InvalidArgument" });
  });
});
