import { strToU8, zipSync } from "fflate";
import { createHost } from "../../src/preview/host";

const texts = (host: ReturnType<typeof createHost>) => host.document.snapshot().map((p) => p.text);

describe("simulated host: tables, comments, new documents, paragraph events", () => {
  test("insertTable puts one in-table paragraph per cell after the anchor, applied at sync", async () => {
    const host = createHost([{ text: "标题" }, { text: "正文" }]);
    await host.Word.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      const table = first.insertTable(2, 2, "After", [
        ["甲", "乙"],
        ["丙", "丁"],
      ]);
      table.headerRowCount = 1;
      expect(texts(host)).toEqual(["标题", "正文"]);
      table.load("rowCount");
      await context.sync();
      expect(table.rowCount).toBe(2);
    });
    expect(texts(host)).toEqual(["标题", "甲", "乙", "丙", "丁", "正文"]);
    const cells = host.document.snapshot().slice(1, 5);
    expect(cells.map((c) => c.tableNestingLevel)).toEqual([1, 1, 1, 1]);
    expect(cells[3]!.table).toMatchObject({ row: 1, col: 1, rows: 2, cols: 2, headerRowCount: 1 });
    expect(host.document.snapshot()[5]!.table).toBeUndefined();
  });

  test("a table inserted after the last paragraph is followed by an empty paragraph, as in Word", async () => {
    const host = createHost([{ text: "末段" }]);
    await host.Word.run(async (context) => {
      context.document.body.paragraphs.getLast().insertTable(1, 2, "After", [["一", "二\n三"]]);
      await context.sync();
    });
    expect(texts(host)).toEqual(["末段", "一", "二\u000b三", ""]);
    // Reading the document sees the cells as table paragraphs.
    await host.Word.run(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load("items/tableNestingLevel");
      await context.sync();
      expect(ps.items.map((p) => p.tableNestingLevel)).toEqual([0, 1, 1, 0]);
    });
  });

  test("insertComment anchors a comment to the range; it follows later edits", async () => {
    const host = createHost([{ text: "学习十九大六中全会精神" }], { supportedSets: { WordApi: "1.4" } });
    await host.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.search("十九大六中全会", { matchCase: true }).getFirst().insertComment("应为党的十九届六中全会");
      await context.sync();
    });
    expect(host.document.comments()).toEqual([
      { paragraph: 0, start: 2, end: 9, text: "应为党的十九届六中全会" },
    ]);
    await host.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertText("认真", "Start");
      await context.sync();
    });
    expect(host.document.comments()[0]).toMatchObject({ start: 4, end: 11 });
  });

  test("createDocument(base64).open() records the document the add-in opened", async () => {
    const host = createHost([{ text: "x" }]);
    const file = docx("<w:p><w:r><w:t>新文档</w:t></w:r></w:p>");
    await host.Word.run(async (context) => {
      context.application.createDocument(file).open();
      expect(host.createdDocuments()).toEqual([]);
      await context.sync();
    });
    expect(host.createdDocuments()).toEqual([file]);
  });

  test.each([
    ["a control character in the text", "<w:p><w:r><w:t>甲\u0007乙</w:t></w:r></w:p>", /U\+0007/],
    [
      "a table without w:tblGrid",
      "<w:tbl><w:tblPr/><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p/>",
      /tblGrid/,
    ],
    ["text that is not XML", "<w:p><w:r><w:t>a < b</w:t></w:r></w:p>", /well-formed/],
  ])("a .docx Word cannot open (%s) fails at sync and opens nothing", async (_what, body, why) => {
    const host = createHost([{ text: "x" }]);
    const error = await host.Word.run(async (context) => {
      context.application.createDocument(docx(body)).open();
      await context.sync();
    }).catch((e) => e);
    expect(error).toMatchObject({ code: "GeneralException", message: expect.stringMatching(why) });
    expect(host.createdDocuments()).toEqual([]);
  });

  test("onParagraphChanged fires after text edits, not after cursor moves, until removed", async () => {
    const host = createHost([{ text: "甲" }, { text: "乙" }], { supportedSets: { WordApi: "1.6" } });
    const heard: string[] = [];
    const handle = await host.Word.run(async (context) => {
      const h = context.document.onParagraphChanged.add(async (e) => void heard.push(e.type));
      await context.sync();
      return h;
    });
    host.document.setSelection(1, 1);
    await new Promise((r) => setTimeout(r, 5));
    expect(heard).toEqual([]);
    host.document.editText(0, "甲乙");
    await new Promise((r) => setTimeout(r, 5));
    expect(heard).toEqual(["ParagraphChanged"]);
    await host.Word.run(handle.context, async (context) => {
      handle.remove();
      await context.sync();
    });
    host.document.editText(0, "甲乙丙");
    await new Promise((r) => setTimeout(r, 5));
    expect(heard).toHaveLength(1);
  });
});

/** A .docx whose body is `body` (only the parts Word needs to open it). */
function docx(body: string): string {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return Buffer.from(zipSync({ "word/document.xml": strToU8(xml) })).toString("base64");
}
