/**
 * The simulated host's paragraphs can hold a hyperlink, a bookmark and a field: none shows in
 * `paragraph.text`, getOoxml returns them, putting that OOXML back keeps them, and re-typing the paragraph
 * from its text loses them (as in Word).
 */
import { createHost, type HostParagraph } from "../../src/preview/host";

const TEXT = "学习参照党章第三条，详见附件。日期：2026年11月20日";
const RICH: HostParagraph = {
  text: TEXT,
  font: { name: "SimSun", nameFarEast: "宋体", size: 12 },
  marks: [
    { kind: "hyperlink", start: 4, end: 9, value: "https://example.org/dangzhang" },
    { kind: "bookmark", start: 10, end: 14, value: "附件说明" },
    { kind: "field", start: 18, end: 29, value: ' DATE \\@ "yyyy年M月d日" ' },
  ],
};

const plainPackage = (text: string) =>
  '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml" pkg:contentType="application/xml"><pkg:xmlData>' +
  `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>` +
  "</pkg:xmlData></pkg:part></pkg:package>";

async function paragraphOoxml(host: ReturnType<typeof createHost>): Promise<string> {
  return host.Word.run(async (context) => {
    const ooxml = context.document.body.paragraphs.getFirst().getOoxml();
    await context.sync();
    return ooxml.value;
  });
}

async function replaceWith(host: ReturnType<typeof createHost>, ooxml: string): Promise<void> {
  await host.Word.run(async (context) => {
    context.document.body.paragraphs.getFirst().insertOoxml(ooxml, "Replace");
    await context.sync();
  });
}

describe("simulated host: hyperlinks, bookmarks and fields", () => {
  test("paragraph.text shows only the text; getOoxml has the link, its address, the bookmark and the field code", async () => {
    const host = createHost([RICH]);
    const texts = await host.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      return paragraphs.items.map((p) => p.text);
    });
    expect(texts).toEqual([TEXT]);
    const xml = await paragraphOoxml(host);
    expect(xml).toMatch(/<w:hyperlink r:id="(rId\d+)">.*党章第三条.*<\/w:hyperlink>/);
    expect(xml).toContain('Target="https://example.org/dangzhang" TargetMode="External"');
    expect(xml).toContain('<w:bookmarkStart w:id="1" w:name="附件说明"/>');
    expect(xml).toContain("DATE");
    expect(xml).toContain('w:eastAsia="宋体"');
  });

  test("a comment's anchor is in the paragraph's OOXML too", async () => {
    const host = createHost([RICH], { supportedSets: { WordApi: "1.4" } });
    await host.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().search("详见附件").getFirst().insertComment("附件未附");
      await context.sync();
    });
    expect(await paragraphOoxml(host)).toMatch(
      /<w:commentRangeStart w:id="0"\/>.*详见附件.*<w:commentRangeEnd w:id="0"\/><w:r><w:commentReference w:id="0"\/><\/w:r>/,
    );
  });

  test("the paragraph's own OOXML put back in its place keeps all three", async () => {
    const host = createHost([RICH]);
    await replaceWith(host, await paragraphOoxml(host));
    const p = host.document.snapshot()[0]!;
    expect(p.text).toBe(TEXT);
    expect(p.marks).toEqual(RICH.marks);
    expect(p.font).toMatchObject({ nameFarEast: "宋体", size: 12 });
  });

  test("re-typing the paragraph from its text loses them", async () => {
    const host = createHost([RICH]);
    await replaceWith(host, plainPackage(TEXT));
    expect(host.document.snapshot()[0]!.text).toBe(TEXT);
    expect(host.document.snapshot()[0]!.marks).toBeUndefined();
  });

  test("marks follow edits before them; a mark whose words are replaced goes", async () => {
    const host = createHost([RICH]);
    await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.insertText("认真", "Start");
      p.search("党章第三条").getFirst().insertText("新的链接文字", "Replace");
      await context.sync();
    });
    const marks = host.document.snapshot()[0]!.marks!;
    expect(marks.map((m) => m.kind)).toEqual(["bookmark", "field"]);
    expect(marks[0]).toMatchObject({ value: "附件说明" });
    const text = host.document.snapshot()[0]!.text;
    expect(text.slice(marks[0]!.start, marks[0]!.end)).toBe("详见附件");
  });

  test("a paragraph mark typed inside the paragraph keeps each mark with its words", async () => {
    const host = createHost([RICH]);
    await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.search("详见附件").getFirst().insertText("\n", "Before");
      await context.sync();
    });
    const [head, rest] = host.document.snapshot();
    const words = (p: typeof head) => p!.marks!.map((m) => [m.kind, p!.text.slice(m.start, m.end)]);
    expect(words(head)).toEqual([["hyperlink", "党章第三条"]]);
    expect(words(rest)).toEqual([
      ["bookmark", "详见附件"],
      ["field", "2026年11月20日"],
    ]);
  });
});
