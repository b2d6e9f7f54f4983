/** Character runs in the simulated host: a font on part of a paragraph, as Word keeps it. */
import { createHost, fontSegments, type HostOptions } from "../../src/preview/host";
import { createStructureVerbs, OperationQueue } from "../../src/word";

const DESKTOP: HostOptions = { supportedSets: { WordApi: "1.3", WordApiDesktop: "1.3" } };
const TEXT = "（一）读书不够系统。多是零散浏览。";
const LEAD = "（一）读书不够系统。";

type HostT = ReturnType<typeof createHost>;

/** [text, East Asian font, bold] of each piece of paragraph `i`. */
function pieces(host: HostT, i = 0): [string, string | undefined, boolean][] {
  const p = host.document.snapshot()[i]!;
  return fontSegments(p.text, p.font, p.runs).map((s) => [
    p.text.slice(s.start, s.end),
    s.font.nameFarEast,
    s.font.bold,
  ]);
}

/** A host whose first paragraph has its lead in 楷体 (set through Range.font, like the gateway does). */
async function withLead(text = TEXT, leadLength = LEAD.length): Promise<HostT> {
  const host = createHost([{ text, font: { name: "FangSong", nameFarEast: "仿宋" } }], DESKTOP);
  await host.Word.run(async (context) => {
    const p = context.document.body.paragraphs.getFirst();
    const lead = p.search(text.slice(0, leadLength), { matchCase: true }).getFirst();
    lead.font.nameFarEast = "楷体";
    await context.sync();
  });
  return host;
}

describe("simulated host: character runs", () => {
  test("a range's font is queued and reaches the document at sync, only for its characters", async () => {
    const host = createHost([{ text: TEXT }], DESKTOP);
    await host.Word.run(async (context) => {
      const range = context.document.body.paragraphs.getFirst().search(LEAD).getFirst();
      range.font.nameFarEast = "楷体";
      range.font.bold = true;
      expect(host.document.snapshot()[0]!.runs).toBeUndefined();
      await context.sync();
    });
    expect(pieces(host)).toEqual([
      [LEAD, "楷体", true],
      ["多是零散浏览。", undefined, false],
    ]);
  });

  test("a range's font reads only after load, and gives the font at its first character", async () => {
    const host = await withLead();
    await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      const body = p.search("多是").getFirst();
      expect(() => body.font.nameFarEast).toThrow(/not available/);
      body.font.load("nameFarEast");
      p.font.load("nameFarEast");
      await context.sync();
      expect(body.font.nameFarEast).toBe("仿宋");
      expect(p.font.nameFarEast).toBe("楷体");
    });
  });

  test("setting the whole paragraph's font replaces the run's override of that property", async () => {
    const host = await withLead();
    await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.font.bold = true;
      p.font.nameFarEast = "黑体";
      await context.sync();
    });
    expect(pieces(host)).toEqual([[TEXT, "黑体", true]]);
    expect(host.document.snapshot()[0]!.runs).toBeUndefined();
  });

  test("insertOoxml with two runs: the paragraph takes the last run's font, the first becomes a run", async () => {
    const host = createHost([{ text: "旧文字" }]);
    const run = (font: string, bold: string, text: string) =>
      `<w:r><w:rPr><w:rFonts w:ascii="${font}" w:eastAsia="${font}"/>${bold}<w:sz w:val="32"/></w:rPr>` +
      `<w:t xml:space="preserve">${text}</w:t></w:r>`;
    const xml =
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>' +
      run("楷体", "<w:b/>", LEAD) +
      run("仿宋", '<w:b w:val="0"/>', "多是零散浏览。") +
      "</w:p></w:body></w:document>";
    await host.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertOoxml(xml, "Replace");
      await context.sync();
    });
    const p = host.document.snapshot()[0]!;
    expect(p.font).toMatchObject({ name: "仿宋", nameFarEast: "仿宋", size: 16, bold: false });
    expect(pieces(host)).toEqual([
      [LEAD, "楷体", true],
      ["多是零散浏览。", "仿宋", false],
    ]);
  });
});

describe("simulated host: text edits and runs", () => {
  async function edit(host: HostT, act: (p: Word.Paragraph) => void): Promise<void> {
    await host.Word.run(async (context) => {
      act(context.document.body.paragraphs.getFirst() as unknown as Word.Paragraph);
      await context.sync();
    });
  }

  test("text inserted before the run moves it; text typed inside it grows it", async () => {
    const host = await withLead();
    await edit(host, (p) => p.getRange("End").insertText("补充。", "Start"));
    await edit(host, (p) => p.search("不够").getFirst().insertText("还", "Before"));
    expect(pieces(host)).toEqual([
      ["（一）读书还不够系统。", "楷体", false],
      ["多是零散浏览。补充。", "仿宋", false],
    ]);
    await edit(host, (p) => p.insertText("★", "Start"));
    expect(pieces(host)[0]).toEqual(["★（一）读书还不够系统。", "楷体", false]);
  });

  test("renumbering （一） to （二） keeps the lead's font (the replaced text takes the first character's)", async () => {
    const host = await withLead();
    const structure = createStructureVerbs(host, new OperationQueue());
    await structure.applyStructureEdit({
      edits: [{ paragraph: 0, expectText: TEXT, offset: 0, length: 3, replacement: "（二）" }],
    });
    expect(pieces(host)).toEqual([
      ["（二）读书不够系统。", "楷体", false],
      ["多是零散浏览。", "仿宋", false],
    ]);
  });

  test("deleting the lead's text removes its run; splitting the paragraph keeps each run on its piece", async () => {
    const host = await withLead();
    await edit(host, (p) => p.search(LEAD).getFirst().delete());
    expect(pieces(host)).toEqual([["多是零散浏览。", "仿宋", false]]);

    const split = await withLead();
    await edit(split, (p) => p.search("多是").getFirst().insertText("\n", "Before"));
    expect(split.document.snapshot().map((p) => p.text)).toEqual([LEAD, "多是零散浏览。"]);
    expect(pieces(split, 0)).toEqual([[LEAD, "楷体", false]]);
    expect(pieces(split, 1)).toEqual([["多是零散浏览。", "仿宋", false]]);
    expect(split.document.snapshot()[1]!.runs).toBeUndefined();
  });

  test("a paragraph inserted after one with runs starts without them", async () => {
    const host = await withLead();
    await edit(host, (p) => void p.insertParagraph("新的一段文字", "After"));
    expect(host.document.snapshot()[1]!.runs).toBeUndefined();
    expect(pieces(host, 0)[0]).toEqual([LEAD, "楷体", false]);
  });
});

describe("simulated host: a paragraph mark typed inside a paragraph", () => {
  test("splits it as Word does: each piece keeps its characters' fonts and the paragraph's format", async () => {
    const text = "一、存在的问题（一）读书不够系统。多是零散浏览。";
    const host = createHost(
      [{ text, firstLineIndent: 32, font: { name: "FangSong", nameFarEast: "仿宋" } }],
      DESKTOP,
    );
    await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      const lead = p.search("（一）读书不够系统。", { matchCase: true }).getFirst();
      lead.font.nameFarEast = "楷体";
      await context.sync();
      lead.getRange("Start").insertText("\n", "Start");
      await context.sync();
    });
    const doc = host.document.snapshot();
    expect(doc.map((p) => [p.text, p.firstLineIndent])).toEqual([
      ["一、存在的问题", 32],
      ["（一）读书不够系统。多是零散浏览。", 32],
    ]);
    expect(pieces(host, 0)).toEqual([["一、存在的问题", "仿宋", false]]);
    expect(pieces(host, 1)).toEqual([
      ["（一）读书不够系统。", "楷体", false],
      ["多是零散浏览。", "仿宋", false],
    ]);
  });
});
