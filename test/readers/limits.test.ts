/** The readers' budget (src/readers/limits.ts), in process: what is refused, with which reason, and what is tamed. */
import { readDocx } from "../../src/readers/read-docx";
import { refusalOf } from "../support/refusal";
import { deflateBomb, deflated, rawZip } from "../support/raw-zip";
import { docx, documentXml, para } from "../fuzz/hostile-files";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const numberingXml = (levels: string, nums = '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>') =>
  `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="1">${levels}</w:abstractNum>${nums}</w:numbering>`;
const level = (ilvl: number | string, fmt: string, text: string, start: number | string = 1) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;

const reason = (bytes: Uint8Array) => refusalOf(() => readDocx(bytes));

const numbers = (bytes: Uint8Array) => readDocx(bytes).map((p) => p.listString ?? "");

describe("the zip container", () => {
  it("inflates only the parts it reads: junk beside the body costs nothing", () => {
    const junk = deflateBomb("", "<x/>", 100, "");
    const bytes = rawZip([
      deflated("word/document.xml", documentXml(para("正文"))),
      { name: "word/media/junk.xml", data: junk.data, method: 8, size: junk.size },
    ]);
    expect(readDocx(bytes).map((p) => p.text)).toEqual(["正文"]);
  });

  it("refuses a body declared larger than the budget before inflating it", () => {
    const entry = deflated("word/document.xml", documentXml(para("正文")));
    expect(reason(rawZip([{ ...entry, size: 33 * 1024 * 1024 }]))).toMatch(/^文件过大：解压后/);
  });

  it("stops a body at the size it declares: a stream that inflates further is refused as damaged", () => {
    const bomb = deflateBomb(
      `<w:document xmlns:w="${W}"><w:body>`,
      para("膨胀"),
      40,
      "</w:body></w:document>",
    );
    const liar = rawZip([{ name: "word/document.xml", data: bomb.data, method: 8, size: 1000 }]);
    expect(reason(liar)).toMatch(/^文件已损坏/);
    const honest = rawZip([{ name: "word/document.xml", data: bomb.data, method: 8, size: bomb.size }]);
    expect(reason(honest)).toMatch(/^文件过大/);
  });

  it("refuses entries that share one stream of data", () => {
    const body = deflated("word/document.xml", documentXml(para("正文")));
    const bytes = rawZip([body, { ...body, name: "word/styles.xml", sharesWith: 0 }]);
    expect(reason(bytes)).toMatch(/多个条目共用同一段数据/);
  });

  it("refuses an entry whose data does not match its declared size as damaged", () => {
    const body = deflated("word/document.xml", documentXml(para("正文")));
    expect(reason(rawZip([{ ...body, size: body.size - 1 }]))).toMatch(/文件已损坏/);
  });
});

describe("XML", () => {
  const nested = (depth: number) =>
    docx({
      document: documentXml(
        "<w:sdt><w:sdtContent>".repeat(depth) + para("深处") + "</w:sdtContent></w:sdt>".repeat(depth),
      ),
    });

  it("reads paragraphs nested as deep as Word nests them, and refuses far deeper nesting", () => {
    expect(readDocx(nested(90)).map((p) => p.text)).toEqual(["深处"]);
    expect(reason(nested(100))).toMatch(/^结构嵌套过深：word\/document\.xml/);
  });

  it("decodes entities and character references but never expands a DTD's entities", () => {
    const body =
      `<!DOCTYPE w:document [<!ENTITY x "展开">]>` +
      `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&lt;甲&amp;乙&gt; &#x4e19; &x;</w:t></w:r></w:p></w:body></w:document>`;
    expect(readDocx(rawZip([deflated("word/document.xml", body)]))[0]?.text).toBe("<甲&乙> 丙 &x;");
  });

  it("refuses mismatched tags as a damaged part", () => {
    const body = `<w:document xmlns:w="${W}"><w:body><w:p></w:body></w:document>`;
    expect(reason(rawZip([deflated("word/document.xml", body)]))).toMatch(
      /word\/document\.xml 不是有效的 XML/,
    );
  });
});

describe("list numbering within Word's own bounds", () => {
  const listed = (n: number, ilvl: number | string = 0) =>
    documentXml(
      Array.from(
        { length: n },
        (_, i) =>
          `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>第${i}项</w:t></w:r></w:p>`,
      ).join(""),
    );

  it("ignores levels outside 0–8, in the definition and on the paragraph", () => {
    const numbering = numberingXml(level(0, "decimal", "%1.") + level(4294967294, "decimal", "%1.%2."));
    expect(numbers(docx({ document: listed(2, 4294967294), numbering }))).toEqual(["", ""]);
    expect(numbers(docx({ document: listed(2, 9), numbering }))).toEqual(["", ""]);
    expect(numbers(docx({ document: listed(2), numbering }))).toEqual(["1.", "2."]);
  });

  it("clamps w:start and w:startOverride to 0–32767", () => {
    const huge = numberingXml(level(0, "decimal", "%1.", "13000000000"));
    expect(numbers(docx({ document: listed(2), numbering: huge }))).toEqual(["32767.", "32768."]);
    const below = numberingXml(
      level(0, "decimal", "%1."),
      '<w:num w:numId="1"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="-5"/></w:lvlOverride></w:num>',
    );
    expect(numbers(docx({ document: listed(2), numbering: below }))).toEqual(["0.", "1."]);
  });

  it("shows letters beyond ten repeats as digits rather than a string of thousands of letters", () => {
    const letters = numberingXml(level(0, "lowerLetter", "%1)", 259));
    expect(numbers(docx({ document: listed(3), numbering: letters }))).toEqual([
      "y".repeat(10) + ")",
      "z".repeat(10) + ")",
      "261)",
    ]);
  });

  it("cuts a level text, and the number it makes, at 255 characters", () => {
    const long = numberingXml(level(0, "decimal", "%1".repeat(100_000)));
    // 255 characters of "%1%1…" keep 127 placeholders and a lone "%".
    expect(numbers(docx({ document: listed(2), numbering: long }))).toEqual([
      "1".repeat(127) + "%",
      "2".repeat(127) + "%",
    ]);
    const wide = numberingXml(level(0, "chineseCountingThousand", "%1".repeat(120), 32767));
    expect(numbers(docx({ document: listed(1), numbering: wide }))[0]).toHaveLength(255);
  });
});

describe("style chains", () => {
  const chain = (length: number) =>
    `<w:styles xmlns:w="${W}">` +
    Array.from(
      { length },
      (_, i) =>
        `<w:style w:type="paragraph" w:styleId="S${i}"><w:name w:val="S${i}"/>` +
        (i + 1 < length
          ? `<w:basedOn w:val="S${i + 1}"/>`
          : '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>') +
        "</w:style>",
    ).join("") +
    "</w:styles>";
  const numbering = numberingXml(level(0, "decimal", "%1."));

  it("inherits list numbering along a basedOn chain of a few styles", () => {
    const bytes = docx({ document: documentXml(para("甲", { style: "S0" })), styles: chain(10), numbering });
    expect(numbers(bytes)).toEqual(["1."]);
  });

  it("cuts a chain longer than 16 styles, and a cycle, instead of walking it", () => {
    const long = docx({
      document: documentXml(para("甲", { style: "S0" })),
      styles: chain(30_000),
      numbering,
    });
    expect(numbers(long)).toEqual([""]);
    const cycle = `<w:styles xmlns:w="${W}"><w:style w:styleId="A"><w:basedOn w:val="B"/></w:style><w:style w:styleId="B"><w:basedOn w:val="A"/></w:style></w:styles>`;
    expect(
      readDocx(docx({ document: documentXml(para("甲", { style: "A" })), styles: cycle }))[0]?.text,
    ).toBe("甲");
  });
});

describe("paragraphs", () => {
  it("refuses more paragraphs than any report has", () => {
    expect(reason(docx({ document: documentXml("<w:p/>".repeat(100_001)) }))).toMatch(/^段落过多/);
  });
});
