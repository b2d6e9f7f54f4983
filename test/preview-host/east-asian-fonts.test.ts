import { createHost } from "../../src/preview/host";

/** One paragraph, centred, indented 32 pt, exact 28 pt lines, its text in one run of 16 pt bold 仿宋_GB2312. */
const PACKAGE =
  '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml" pkg:contentType="application/xml"><pkg:xmlData>' +
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>' +
  '<w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640"/><w:jc w:val="center"/></w:pPr>' +
  '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:b/><w:sz w:val="32"/></w:rPr>' +
  '<w:t xml:space="preserve">新</w:t><w:tab/><w:t xml:space="preserve">文字 &amp; &lt;标记&gt;</w:t></w:r>' +
  "</w:p></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>";

describe("simulated host: East Asian fonts", () => {
  test("insertOoxml(…, 'Replace') re-types the paragraph at sync, keeping it and its neighbours", async () => {
    const host = createHost([{ text: "前" }, { text: "旧的文字" }, { text: "后" }]);
    await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs;
      p.load("items");
      await context.sync();
      p.items[1]!.insertOoxml(PACKAGE, "Replace");
      // Queued, not applied yet.
      expect(host.document.snapshot()[1]!.text).toBe("旧的文字");
      await context.sync();
    });
    const s = host.document.snapshot();
    expect(s.map((p) => p.text)).toEqual(["前", "新\t文字 & <标记>", "后"]);
    expect(s[1]).toMatchObject({
      alignment: "Centered",
      firstLineIndent: 32,
      lineSpacing: 28,
      lineSpacingRule: "exact",
    });
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
