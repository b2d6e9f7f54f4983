/**
 * The simulated host's styles: defined by an OOXML styles part (East Asian font, exact line spacing,
 * outline level), applied by name, kept when the document already has them; line spacing set through
 * the API has no rule; applying a style keeps direct run formatting and list membership.
 */
import { createHost, type HostParagraph } from "../../src/preview/host";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function part(name: string, xml: string): string {
  return `<pkg:part pkg:name="${name}" pkg:contentType="application/xml"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
}

const KAITI = (bold: boolean) =>
  `<w:style w:type="paragraph" w:customStyle="1" w:styleId="Lv2"><w:name w:val="测试-二级"/><w:basedOn w:val="Base"/>` +
  `<w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:ascii="KaiTi" w:hAnsi="KaiTi" w:eastAsia="楷体_GB2312"/>` +
  `${bold ? "<w:b/>" : ""}</w:rPr></w:style>`;
const BASE =
  `<w:style w:type="paragraph" w:customStyle="1" w:styleId="Base"><w:name w:val="测试-正文"/><w:basedOn w:val="Normal"/>` +
  `<w:pPr><w:spacing w:before="0" w:after="0" w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/></w:pPr>` +
  `<w:rPr><w:rFonts w:ascii="FangSong" w:hAnsi="FangSong" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:style>`;
const UNUSED = `<w:style w:type="paragraph" w:styleId="Nobody"><w:name w:val="测试-无人用"/></w:style>`;

const RELS =
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>';

/** A package whose paragraphs use `styleIds` and whose styles part holds `styles` (related, unless told). */
function stylesPackage(styles: string, styleIds: string[], related = true): string {
  const body = styleIds.map((id) => `<w:p><w:pPr><w:pStyle w:val="${id}"/></w:pPr></w:p>`).join("");
  return (
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    part("/word/document.xml", `<w:document ${W}><w:body>${body}<w:p/></w:body></w:document>`) +
    part("/word/_rels/document.xml.rels", related ? RELS : "<Relationships/>") +
    part("/word/styles.xml", `<w:styles ${W}>${styles}</w:styles>`) +
    "</pkg:package>"
  );
}

/** Inserts the package in a paragraph added at the start, then removes it: only the styles stay. */
async function defineStyles(host: ReturnType<typeof createHost>, pkg: string): Promise<void> {
  await host.Word.run(async (context) => {
    const carrier = context.document.body.insertParagraph("", "Start");
    carrier.insertOoxml(pkg, "Replace").delete();
    carrier.delete();
    await context.sync();
  });
}

async function setStyle(host: ReturnType<typeof createHost>, index: number, name: string): Promise<void> {
  await host.Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items");
    await context.sync();
    paragraphs.items[index]!.style = name;
    await context.sync();
  });
}

const DOC: HostParagraph[] = [{ text: "（一）学习方面" }, { text: "平时学得少。" }];

describe("simulated host: styles from an OOXML styles part", () => {
  test("a package brings the styles its paragraphs use; the carrier paragraphs leave no trace", async () => {
    const host = createHost(DOC);
    await defineStyles(host, stylesPackage(BASE + KAITI(false) + UNUSED, ["Lv2"]));
    expect(host.document.snapshot().map((p) => p.text)).toEqual(DOC.map((p) => p.text));
    expect(host.document.styles.list().map((s) => s.name)).toEqual(["测试-正文", "测试-二级"]);
  });

  test("a styles part the document part does not relate to is not read", async () => {
    const host = createHost(DOC);
    await defineStyles(host, stylesPackage(BASE + KAITI(false), ["Lv2"], false));
    expect(host.document.styles.list()).toEqual([]);
  });

  test("applied by name: East Asian font, exact 28 pt lines, 2-character indent, outline level, from the base style", async () => {
    const host = createHost(DOC);
    await defineStyles(host, stylesPackage(BASE + KAITI(false), ["Lv2"]));
    await setStyle(host, 0, "测试-二级");
    const p = host.document.snapshot()[0]!;
    expect(p).toMatchObject({
      style: "测试-二级",
      styleBuiltIn: "Other",
      lineSpacing: 28,
      lineSpacingRule: "exact",
      firstLineIndent: 32,
      alignment: "Justified",
      outlineLevel: 2,
      spaceAfter: 0,
    });
    expect(p.font).toMatchObject({ name: "KaiTi", nameFarEast: "楷体_GB2312", size: 16, bold: false });
  });

  test("a style the document already has keeps its own definition (Word's resident definition wins)", async () => {
    const host = createHost(DOC);
    await defineStyles(host, stylesPackage(BASE + KAITI(false), ["Lv2"]));
    await defineStyles(host, stylesPackage(BASE + KAITI(true), ["Lv2"]));
    await setStyle(host, 0, "测试-二级");
    expect(host.document.snapshot()[0]!.font.bold).toBe(false);
  });

  test("a name the document does not define fails at sync with ItemNotFound", async () => {
    const host = createHost(DOC);
    const error = await setStyle(host, 0, "测试-二级").catch((e) => e);
    expect(error).toMatchObject({ code: "ItemNotFound" });
    expect(host.document.snapshot()[0]!.style).toBe("正文");
  });

  test("applying a style keeps direct run fonts (pasted text) and the paragraph's list membership", async () => {
    const host = createHost([
      { text: "粘贴来的文字", font: { name: "SimSun", nameFarEast: "宋体", size: 12 }, listString: "1." },
    ]);
    await defineStyles(host, stylesPackage(BASE, ["Base"]));
    await setStyle(host, 0, "测试-正文");
    const p = host.document.snapshot()[0]!;
    expect(p.font).toMatchObject({ nameFarEast: "宋体", size: 12 });
    expect(p).toMatchObject({ lineSpacingRule: "exact", isListItem: true, listString: "1." });
  });

  test("paragraph.lineSpacing = 28 is a multiple (28/12 lines) unless the paragraph is already exact", async () => {
    const host = createHost(DOC);
    await defineStyles(host, stylesPackage(BASE, ["Base"]));
    await setStyle(host, 1, "测试-正文");
    await host.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items");
      await context.sync();
      for (const p of paragraphs.items) p.lineSpacing = 28;
      await context.sync();
    });
    const [plain, exact] = host.document.snapshot();
    expect(plain).toMatchObject({ lineSpacing: 28, lineSpacingRule: "multiple" });
    expect(exact).toMatchObject({ lineSpacing: 28, lineSpacingRule: "exact" });
  });

  test("styles based on each other in a loop are defined and applied (the loop is not followed round)", async () => {
    const loop = (id: string, base: string, jc: string) =>
      `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="测试-${id}"/><w:basedOn w:val="${base}"/>` +
      `<w:pPr><w:jc w:val="${jc}"/></w:pPr></w:style>`;
    const host = createHost(DOC);
    await defineStyles(host, stylesPackage(loop("A", "B", "center") + loop("B", "A", "both"), ["A"]));
    await setStyle(host, 0, "测试-A");
    expect(
      host.document.styles
        .list()
        .map((s) => s.name)
        .sort(),
    ).toEqual(["测试-A", "测试-B"]);
    expect(host.document.snapshot()[0]).toMatchObject({ style: "测试-A", alignment: "Centered" });
  });

  test("a chain of 30,000 basedOn styles is inserted and applied, the nearest base's format first", async () => {
    const n = 30_000;
    const own = (i: number) =>
      i === 1
        ? '<w:pPr><w:jc w:val="both"/></w:pPr>'
        : i === n - 1
          ? '<w:pPr><w:jc w:val="center"/></w:pPr>'
          : "";
    const chain = Array.from(
      { length: n },
      (_, i) =>
        `<w:style w:type="paragraph" w:styleId="S${i}"><w:name w:val="链${i}"/>` +
        (i + 1 < n ? `<w:basedOn w:val="S${i + 1}"/>` : "") +
        `${own(i)}</w:style>`,
    ).join("");
    const host = createHost(DOC);
    await defineStyles(host, stylesPackage(chain, ["S0"]));
    await setStyle(host, 0, "链0");
    expect(host.document.snapshot()[0]).toMatchObject({ style: "链0", alignment: "Justified" });
  });
});

describe("simulated host: lists and inserted paragraphs", () => {
  test("a paragraph inserted after a list item joins the list until detachFromList", async () => {
    const host = createHost([{ text: "学习不够", listString: "1.", listLevel: 0 }, { text: "后文" }]);
    await host.Word.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      const added = first.insertParagraph("（二）作风方面", "After");
      const kept = added.insertParagraph("（三）纪律方面", "After");
      added.detachFromList();
      void kept;
      await context.sync();
    });
    const s = host.document.snapshot();
    expect(s[1]).toMatchObject({ text: "（二）作风方面", isListItem: false, listString: "" });
    expect(s[2]).toMatchObject({ text: "（三）纪律方面", isListItem: true });
    expect(s[2]!.listString).not.toBe("");
  });

  test("Paragraph.delete removes the paragraph; the only paragraph is emptied instead", async () => {
    const host = createHost([{ text: "甲" }, { text: "乙" }]);
    await host.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().delete();
      await context.sync();
      context.document.body.paragraphs.getFirst().delete();
      await context.sync();
    });
    expect(host.document.snapshot().map((p) => p.text)).toEqual([""]);
  });

  test("a table inserted after a centred bold paragraph takes its centring and bold until told otherwise", async () => {
    const host = createHost([{ text: "正文" }]);
    await host.Word.run(async (context) => {
      const title = context.document.body.insertParagraph("整改清单", "End");
      title.alignment = "Centered";
      title.font.bold = true;
      title.insertTable(2, 2, "After", [
        ["序号", "问题"],
        ["1", "学习少"],
      ]);
      await context.sync();
    });
    const cells = host.document.snapshot().filter((p) => p.table);
    expect(cells.map((c) => [c.alignment, c.font.bold])).toEqual(Array(4).fill(["Centered", true]));
    await host.Word.run(async (context) => {
      const title = context.document.body.paragraphs.getLast();
      void title;
      const table = context.document.body.paragraphs.getFirst().insertTable(1, 1, "Before", [["x"]]);
      table.horizontalAlignment = "Left";
      table.font.bold = false;
      table.rows.getFirst().font.bold = true;
      await context.sync();
    });
    expect(host.document.snapshot()[0]).toMatchObject({ alignment: "Left", font: { bold: true } });
  });
});
