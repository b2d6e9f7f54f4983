import { strToU8, zipSync } from "fflate";
import { readDocx } from "../../src/readers/read-docx";
import { refusalOf } from "../support/refusal";
import {
  REPORT_NUMBERING,
  autoNumbered,
  makeDocx,
  type DocxLevel,
  type DocxParagraph,
  type MakeDocxOptions,
} from "../support/make-docx";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** A package whose body XML is written by hand, for markup make-docx does not produce. */
function rawDocx(body: string): Uint8Array {
  return zipSync({
    "word/document.xml": strToU8(`<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
  });
}

const listStrings = (bytes: Uint8Array) => readDocx(bytes).map((p) => p.listString ?? "");

/** One single-level list of `count` paragraphs in format `numFmt`. */
function oneLevel(level: Omit<DocxLevel, "ilvl">, count = 3): string[] {
  const options: MakeDocxOptions = {
    numbering: {
      abstracts: [{ id: 1, levels: [{ ilvl: 0, ...level }] }],
      nums: [{ numId: 1, abstractId: 1 }],
    },
  };
  const paras: DocxParagraph[] = Array.from({ length: count }, (_, i) => ({
    text: `第${i}项`,
    num: { numId: 1 },
  }));
  return listStrings(makeDocx(paras, options));
}

describe("reading a .docx: text and order", () => {
  it("yields every body paragraph in order, empty ones too, with the built-in style", () => {
    const ps = readDocx(
      makeDocx([
        { text: "2025年度对照检查材料", style: "Title" },
        "",
        { text: "一、存在的问题", style: "Heading1" },
        "学习不够深入。",
      ]),
    );
    expect(ps.map((p) => p.text)).toEqual(["2025年度对照检查材料", "", "一、存在的问题", "学习不够深入。"]);
    expect(ps.map((p) => p.styleBuiltIn)).toEqual(["Title", "Normal", "Heading1", "Normal"]);
    expect(ps.some((p) => p.inTable)).toBe(false);
  });

  it("reads table cells in reading order and marks them inTable", () => {
    const ps = readDocx(
      makeDocx([
        "表前",
        {
          table: [
            [["问题"], ["措施", "第二段"]],
            [["学习不够"], [""]],
          ],
        },
        "表后",
      ]),
    );
    expect(ps.map((p) => p.text)).toEqual(["表前", "问题", "措施", "第二段", "学习不够", "", "表后"]);
    expect(ps.map((p) => p.inTable === true)).toEqual([false, true, true, true, true, true, false]);
  });

  it("keeps soft line breaks as \\n and tabs as \\t inside one paragraph", () => {
    const ps = readDocx(makeDocx([{ text: "第一行\n第二行\t末尾" }]));
    expect(ps).toHaveLength(1);
    expect(ps[0]?.text).toBe("第一行\n第二行\t末尾");
  });

  it("drops deleted tracked text and keeps inserted text", () => {
    const ps = readDocx(
      makeDocx([
        { runs: [{ text: "学习" }, { text: "不够", deleted: true }, { text: "缺乏计划", inserted: true }] },
      ]),
    );
    expect(ps[0]?.text).toBe("学习缺乏计划");
  });

  it("reads paragraphs inside content controls", () => {
    const ps = readDocx(makeDocx(["前", { sdt: ["控件内一", { table: [[["控件内表格"]]] }] }, "后"]));
    expect(ps.map((p) => p.text)).toEqual(["前", "控件内一", "控件内表格", "后"]);
    expect(ps[2]?.inTable).toBe(true);
  });

  it("renders symbols and non-breaking hyphens, and skips field codes and text boxes", () => {
    const ps = readDocx(
      rawDocx(
        `<w:p><w:r><w:t>A</w:t><w:noBreakHyphen/><w:t>B</w:t><w:sym w:font="Symbol" w:char="F0B7"/>` +
          `<w:softHyphen/></w:r>` +
          `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>` +
          `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
          `<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>` +
          `<w:r><w:br w:type="page"/><w:t>C</w:t></w:r></w:p>`,
      ),
    );
    expect(ps.map((p) => p.text)).toEqual(["A-B\u00b73C"]);
  });

  it("maps localized style ids by their English name, and custom styles to Other", () => {
    const ps = readDocx(
      makeDocx(
        [
          { text: "一级", style: "1" },
          { text: "自定义", style: "MyBody" },
          { text: "未声明的样式", style: "Heading2" },
        ],
        {
          styles: [
            { id: "1", name: "heading 1", basedOn: "Normal" },
            { id: "MyBody", name: "公文正文", basedOn: "Normal" },
          ],
        },
      ),
    );
    expect(ps.map((p) => p.styleBuiltIn)).toEqual(["Heading1", "Other", "Heading2"]);
  });
});

describe("reading a .docx: Word automatic numbering", () => {
  it("computes report numbers and keeps them out of the text", () => {
    const lines = [
      "一、存在的问题",
      "（一）理论学习方面",
      "1.学习不深。",
      "2.学用脱节。",
      "（二）作风方面",
      "3.调研不多。",
    ];
    lines.push("二、原因分析", "（一）放松学习。", "三、整改措施", "（一）制定计划。", "（二）每月调研。");
    const { blocks, options } = autoNumbered(lines);
    expect(blocks.every((b) => !/^[一二三（1-9]/.test(b.text ?? ""))).toBe(true);
    const ps = readDocx(makeDocx(blocks, options));
    expect(ps.map((p) => p.listString)).toEqual([
      "一、",
      "（一）",
      "1.",
      "2.",
      "（二）",
      "3.",
      "二、",
      "（一）",
      "三、",
      "（一）",
      "（二）",
    ]);
    expect(ps.map((p) => (p.listString ?? "") + p.text)).toEqual(lines);
  });

  it("restarts lower levels when a higher level advances, unless w:lvlRestart says never", () => {
    const levels = (restart?: number): DocxLevel[] => [
      { ilvl: 0, numFmt: "chineseCounting", lvlText: "%1、" },
      {
        ilvl: 1,
        numFmt: "chineseCounting",
        lvlText: "（%2）",
        ...(restart !== undefined ? { restart } : {}),
      },
    ];
    const paras: DocxParagraph[] = [0, 1, 1, 0, 1].map((ilvl) => ({ text: "x", num: { numId: 1, ilvl } }));
    const make = (restart?: number) =>
      listStrings(
        makeDocx(paras, {
          numbering: { abstracts: [{ id: 1, levels: levels(restart) }], nums: [{ numId: 1, abstractId: 1 }] },
        }),
      );
    expect(make()).toEqual(["一、", "（一）", "（二）", "二、", "（一）"]);
    expect(make(0)).toEqual(["一、", "（一）", "（二）", "二、", "（三）"]);
  });

  it("numbers items continuously across aspects when their list is separate and shared", () => {
    const paras: DocxParagraph[] = [
      { text: "理论学习方面", num: { numId: 1, ilvl: 1 } },
      { text: "甲", num: { numId: 2, ilvl: 0 } },
      { text: "乙", num: { numId: 2, ilvl: 0 } },
      { text: "作风方面", num: { numId: 1, ilvl: 1 } },
      { text: "丙", num: { numId: 2, ilvl: 0 } },
    ];
    expect(listStrings(makeDocx(paras, { numbering: REPORT_NUMBERING }))).toEqual([
      "（一）",
      "1.",
      "2.",
      "（二）",
      "3.",
    ]);
  });

  it("restarts a list at w:startOverride, and continues a list that shares the abstract definition", () => {
    const numbering = {
      abstracts: REPORT_NUMBERING.abstracts,
      nums: [
        { numId: 2, abstractId: 2 },
        { numId: 5, abstractId: 2, startOverrides: { 0: 1 } },
        { numId: 6, abstractId: 2 },
      ],
    };
    const paras: DocxParagraph[] = [2, 2, 5, 5, 6].map((numId) => ({ text: "x", num: { numId, ilvl: 0 } }));
    expect(listStrings(makeDocx(paras, { numbering }))).toEqual(["1.", "2.", "1.", "2.", "3."]);
  });

  it("renders multi-level and worded level texts", () => {
    const numbering = {
      abstracts: [
        {
          id: 1,
          levels: [
            { ilvl: 0, numFmt: "decimal", lvlText: "第%1条" },
            { ilvl: 1, numFmt: "decimal", lvlText: "%1.%2" },
          ],
        },
      ],
      nums: [{ numId: 1, abstractId: 1 }],
    };
    const paras: DocxParagraph[] = [0, 1, 1, 0, 1].map((ilvl) => ({ text: "x", num: { numId: 1, ilvl } }));
    expect(listStrings(makeDocx(paras, { numbering }))).toEqual(["第1条", "1.1", "1.2", "第2条", "2.1"]);
  });

  it.each([
    ["decimal", "%1.", 9, ["9.", "10.", "11."]],
    ["chineseCounting", "%1、", 9, ["九、", "十、", "十一、"]],
    ["chineseCounting", "（%1）", 19, ["（十九）", "（二十）", "（二十一）"]],
    ["chineseCountingThousand", "%1、", 99, ["九十九、", "一百、", "一百零一、"]],
    ["ideographTraditional", "%1、", 1, ["甲、", "乙、", "丙、"]],
    ["ideographDigital", "%1", 9, ["九", "一〇", "一一"]],
    ["decimalEnclosedCircle", "%1", 19, ["⑲", "⑳", "㉑"]],
    ["decimalFullWidth", "%1．", 9, ["９．", "１０．", "１１．"]],
    ["lowerLetter", "%1)", 25, ["y)", "z)", "aa)"]],
    ["upperLetter", "%1.", 1, ["A.", "B.", "C."]],
    ["lowerRoman", "%1.", 3, ["iii.", "iv.", "v."]],
    ["upperRoman", "%1.", 8, ["VIII.", "IX.", "X."]],
    ["someFutureFormat", "%1.", 1, ["1.", "2.", "3."]],
  ])("formats %s with %s from %d", (numFmt, lvlText, start, expected) => {
    expect(oneLevel({ numFmt, lvlText, start })).toEqual(expected);
  });

  it("inherits numbering from the paragraph style and its basedOn chain", () => {
    const { blocks, options } = autoNumbered(
      ["一、存在的问题", "（一）学习方面", "1.学习少。", "2.笔记少。"],
      {
        viaStyle: true,
      },
    );
    expect(blocks.every((b) => b.num === undefined && b.style !== undefined)).toBe(true);
    options.styles = [...(options.styles ?? []), { id: "MyItem", name: "我的条目", basedOn: "ListNum1" }];
    blocks.push({ text: "调研少。", style: "MyItem" });
    const ps = readDocx(makeDocx(blocks, options));
    expect(ps.map((p) => p.listString)).toEqual(["一、", "（一）", "1.", "2.", "3."]);
    expect(ps.map((p) => p.styleBuiltIn)).toEqual(["Other", "Other", "Other", "Other", "Other"]);
  });

  it("takes the level from the w:pStyle bound to a level when the style gives only the list", () => {
    const numbering = {
      abstracts: [
        {
          id: 1,
          levels: [
            { ilvl: 0, numFmt: "chineseCounting", lvlText: "%1、", pStyle: "PartHead" },
            { ilvl: 1, numFmt: "chineseCounting", lvlText: "（%2）", pStyle: "AspectHead" },
          ],
        },
      ],
      nums: [{ numId: 1, abstractId: 1 }],
    };
    const styles = [
      { id: "PartHead", name: "部分标题", num: { numId: 1 } },
      { id: "AspectHead", name: "方面标题", num: { numId: 1 } },
    ];
    const paras = [
      { text: "问题", style: "PartHead" },
      { text: "学习", style: "AspectHead" },
      { text: "作风", style: "AspectHead" },
    ];
    expect(listStrings(makeDocx(paras, { numbering, styles }))).toEqual(["一、", "（一）", "（二）"]);
  });

  it("treats numId 0 as no numbering, even when the style has a list", () => {
    const { blocks, options } = autoNumbered(["1.甲", "2.乙"], { viaStyle: true });
    blocks.splice(1, 0, { text: "不编号", style: "ListNum1", num: { numId: 0 } });
    expect(listStrings(makeDocx(blocks, options))).toEqual(["1.", "", "2."]);
  });

  it("still reads the text when numbering.xml or styles.xml are missing", () => {
    const noNumbering = readDocx(
      makeDocx(
        [
          { text: "甲", num: { numId: 1 } },
          { text: "乙", style: "Heading1" },
        ],
        { omitStyles: true },
      ),
    );
    expect(noNumbering.map((p) => [p.text, p.listString, p.styleBuiltIn])).toEqual([
      ["甲", undefined, "Normal"],
      ["乙", undefined, "Heading1"],
    ]);
    const unknownNum = readDocx(
      makeDocx([{ text: "甲", num: { numId: 9 } }], { numbering: REPORT_NUMBERING }),
    );
    expect(unknownNum[0]?.listString).toBeUndefined();
  });
});

describe("reading a .docx: unusable files", () => {
  const reason = (bytes: Uint8Array) => refusalOf(() => readDocx(bytes));
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

  it("refuses a file that is not a zip", () => {
    expect(reason(strToU8("一、存在的问题\n1.学习不够"))).toMatch(/不是有效的 \.docx/);
  });

  it("refuses a zip without word/document.xml", () => {
    expect(reason(zipSync({ "readme.txt": strToU8("hello") }))).toMatch(/没有 Word 正文/);
  });

  it("refuses a truncated package as damaged", () => {
    const whole = makeDocx(["一、存在的问题"]);
    expect(reason(whole.subarray(0, Math.floor(whole.length / 2)))).toMatch(/损坏/);
  });

  it("says a password-protected document must be unlocked first", () => {
    const name = Array.from("EncryptionInfo").flatMap((c) => [c.charCodeAt(0), 0]);
    const bytes = new Uint8Array([...ole, ...new Array(504).fill(0), ...name, ...new Array(64).fill(0)]);
    expect(reason(bytes)).toMatch(/密码/);
  });

  it("says a legacy .doc must be saved as .docx", () => {
    const name = Array.from("WordDocument").flatMap((c) => [c.charCodeAt(0), 0]);
    expect(reason(new Uint8Array([...ole, ...new Array(504).fill(0), ...name]))).toMatch(
      /旧版 Word（\.doc）.*另存为/,
    );
  });
});
