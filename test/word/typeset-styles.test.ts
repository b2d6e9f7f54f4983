/**
 * 一键排版 by styles: the report's styles are defined once through an OOXML styles part and applied by
 * name; the body comes out at exact 28 pt lines; headings carry outline levels; what `paragraph.text` does
 * not show (hyperlinks, bookmarks, fields, bold words) survives; pasted direct fonts are removed from the
 * paragraph's own OOXML; the text never changes. On both requirement-set paths.
 */
import { formatOf } from "../../src/core/compose/typesetting";
import { SUBSTITUTE_FONTS } from "../../src/core/compose/official-fonts";
import { createHost, type HostOptions, type HostParagraph } from "../../src/preview/host";
import { typesetPlan } from "../../src/taskpane/structure/formats";
import { createFormatVerbs, OperationQueue } from "../../src/word";

const DESKTOP: HostOptions = { supportedSets: { WordApi: "1.3", WordApiDesktop: "1.3" } };
const PATHS: [string, HostOptions][] = [
  ["WordApi 1.3", {}],
  ["WordApiDesktop 1.3", DESKTOP],
];

const LINKED = "学习参照党章第三条，详见附件。日期：2026年11月20日";
const MARKS = [
  { kind: "hyperlink" as const, start: 4, end: 9, value: "https://example.org/dangzhang" },
  { kind: "bookmark" as const, start: 10, end: 14, value: "附件说明" },
  { kind: "field" as const, start: 18, end: 29, value: ' DATE \\@ "yyyy年M月d日" ' },
];
const PASTED = { name: "SimSun", nameFarEast: "宋体", size: 12 };

const REPORT: HostParagraph[] = [
  { text: "2026年度组织生活会个人对照检查材料" },
  { text: "一、存在的主要问题" },
  { text: "（一）理论学习方面" },
  { text: "1.学习计划执行不严格", font: PASTED },
  { text: LINKED, marks: MARKS, font: PASTED },
  { text: "平时学得少，着重点在这里。", runs: [{ start: 9, end: 12, font: { bold: true } }] },
  { text: "表格里的字", tableNestingLevel: 1 },
  { text: "林秋实" },
  { text: "2026年11月20日" },
];

function setup(paragraphs: HostParagraph[], opts: HostOptions = {}) {
  const host = createHost(paragraphs, opts);
  const format = createFormatVerbs(host, new OperationQueue());
  const typeset = (bold = {}) =>
    format.formatParagraphs({ scope: "document", plan: (ps) => typesetPlan(ps, { bold }) });
  return { host, format, typeset, snapshot: () => host.document.snapshot() };
}

describe.each(PATHS)("一键排版 by styles — %s", (_name, opts) => {
  test("each role gets its report style by name, in 2 syncs, the text unchanged", async () => {
    const { host, typeset, snapshot } = setup(REPORT, opts);
    host.resetSyncCount();
    const result = await typeset();
    expect(host.syncCount()).toBe(2);
    expect(host.discardedOps()).toBe(0);
    expect(result).toMatchObject({ formatted: 8, skipped: 1, kept: 0 });
    expect(snapshot().map((p) => p.text)).toEqual(REPORT.map((p) => p.text));
    expect(snapshot().map((p) => p.style)).toEqual([
      "对照-标题",
      "对照-一级",
      "对照-二级",
      "对照-三级",
      "对照-正文",
      "对照-正文",
      "正文",
      "对照-署名",
      "对照-署名",
    ]);
  });

  test("the styles carry the East Asian font, size, exact 28 pt lines, 2-character indent and outline levels", async () => {
    const { typeset, snapshot } = setup(REPORT, opts);
    await typeset();
    const [title, h1, h2, h3, body] = snapshot();
    expect(title).toMatchObject({ alignment: "Centered", firstLineIndent: 0, outlineLevel: 10 });
    expect(title!.font).toMatchObject({ nameFarEast: "方正小标宋简体", size: 22, bold: false });
    expect(h1).toMatchObject({ outlineLevel: 1, font: { name: "SimHei", nameFarEast: "黑体", size: 16 } });
    expect(h2).toMatchObject({ outlineLevel: 2, font: { nameFarEast: "楷体_GB2312" } });
    expect(h3).toMatchObject({ outlineLevel: 3, font: { nameFarEast: "仿宋_GB2312" } });
    expect(body).toMatchObject({ outlineLevel: 10, firstLineIndent: 32, alignment: "Justified" });
    for (const p of snapshot().filter((p) => p.style.startsWith("对照-")))
      expect(p).toMatchObject({ lineSpacing: 28, lineSpacingRule: "exact", spaceAfter: 0 });
    expect(snapshot()[7]).toMatchObject({ alignment: "Right", firstLineIndent: 0 });
  });

  test("a paragraph with a hyperlink, a bookmark and a field keeps all three; its pasted fonts go", async () => {
    const { typeset, snapshot } = setup(REPORT, opts);
    const result = await typeset();
    expect(result.cleaned).toBe(2);
    const p = snapshot()[4]!;
    expect(p.text).toBe(LINKED);
    expect(p.marks).toEqual(MARKS);
    expect(p.font).toMatchObject({ name: "FangSong", nameFarEast: "仿宋_GB2312", size: 16 });
    expect(snapshot()[3]!.font).toMatchObject({ nameFarEast: "仿宋_GB2312", size: 16 });
  });

  test("character formatting the writer chose stays: a bold word in body text is still bold", async () => {
    const { typeset, snapshot } = setup(REPORT, opts);
    await typeset();
    expect(snapshot()[5]!.runs).toEqual([{ start: 9, end: 12, font: { bold: true } }]);
  });

  test("bold per level is the user's choice, also when the document already has the styles", async () => {
    const { typeset, snapshot } = setup(REPORT, opts);
    await typeset();
    expect(snapshot()[2]!.font.bold).toBe(false);
    await typeset({ level2: true });
    expect(snapshot()[2]!.font.bold).toBe(true);
    expect(snapshot()[1]!.font.bold).toBe(false);
    await typeset({});
    expect(snapshot()[2]!.font.bold).toBe(false);
  });

  test("a second 一键排版 changes nothing and defines no style twice", async () => {
    const { host, typeset, snapshot } = setup(REPORT, opts);
    await typeset();
    const once = snapshot();
    const result = await typeset();
    expect(snapshot()).toEqual(once);
    expect(result.cleaned).toBe(0);
    expect(host.document.styles.list().map((s) => s.name)).toEqual([
      "对照-标题",
      "对照-一级",
      "对照-二级",
      "对照-三级",
      "对照-正文",
      "对照-署名",
    ]);
  });

  test("a paragraph holding a comment keeps its pasted fonts (re-inserting it could lose the comment) and is counted", async () => {
    const { host, typeset, snapshot } = setup(
      [
        { text: "正文一段。", font: PASTED },
        { text: "另一段。", font: PASTED },
      ],
      {
        ...opts,
        supportedSets: { ...opts.supportedSets, WordApi: "1.4" },
      },
    );
    await host.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().getRange("Whole").insertComment("请补充事例");
      await context.sync();
    });
    const result = await typeset();
    expect(result).toMatchObject({ formatted: 2, cleaned: 1, kept: 1 });
    expect(snapshot()[0]).toMatchObject({ style: "对照-正文", font: { nameFarEast: "宋体", size: 12 } });
    expect(snapshot()[1]!.font).toMatchObject({ nameFarEast: "仿宋_GB2312", size: 16 });
    expect(host.document.comments()).toMatchObject([{ paragraph: 0, start: 0, end: 5, text: "请补充事例" }]);
  });
});

test("an exact line spacing is what the style gives: Paragraph.lineSpacing = 28 alone would be 2.33 lines", async () => {
  const { host, typeset, snapshot } = setup([{ text: "正文。" }]);
  await host.Word.run(async (context) => {
    const p = context.document.body.paragraphs.getFirst();
    p.lineSpacing = 28;
    await context.sync();
  });
  expect(snapshot()[0]).toMatchObject({ lineSpacing: 28, lineSpacingRule: "multiple" });
  await typeset();
  expect(snapshot()[0]).toMatchObject({ lineSpacing: 28, lineSpacingRule: "exact" });
});

test("the styles a document already has keep their definition; headings still get the chosen bold", async () => {
  const { typeset, snapshot } = setup([{ text: "一、存在的问题" }, { text: "（一）学习方面" }]);
  await typeset({ level1: true });
  expect(snapshot()[0]!.font.bold).toBe(true);
  await typeset({ level1: false, level2: true });
  expect(snapshot().map((p) => p.font.bold)).toEqual([false, true]);
});

test.each(PATHS)(
  "with the substitutes chosen, the styles are defined in 楷体 and 仿宋 (title and 黑体 unchanged) — %s",
  async (_name, opts) => {
    const { host, format, snapshot } = setup([...REPORT, { text: "（二）学习不够经常。平时学得少。" }], opts);
    await format.formatParagraphs({
      scope: "document",
      plan: (ps) => typesetPlan(ps, { fonts: SUBSTITUTE_FONTS }),
    });
    const [title, h1, h2, h3, body] = snapshot();
    expect(title!.font.nameFarEast).toBe("方正小标宋简体");
    expect(h1!.font.nameFarEast).toBe("黑体");
    expect(h2!.font).toMatchObject({ name: "KaiTi", nameFarEast: "楷体" });
    expect(h3!.font.nameFarEast).toBe("仿宋");
    expect(body!.font).toMatchObject({ name: "FangSong", nameFarEast: "仿宋" });
    expect(host.document.styles.list().map((s) => s.name)).toContain("对照-二级");
    // A run-in lead keeps its level's font, the substitute, where this Word can set it (else the body's).
    const runIn = snapshot()[REPORT.length]!;
    expect(runIn.style).toBe("对照-正文");
    const lead = runIn.runs?.[0]?.font.nameFarEast ?? runIn.font.nameFarEast;
    expect(lead).toBe(opts.supportedSets?.WordApiDesktop ? "楷体" : "仿宋");
  },
);

test("formatOf names the style and tells headings from body text", () => {
  expect(formatOf("level1").style).toEqual({
    id: "DuizhaoLevel1",
    name: "对照-一级",
    outlineLevel: 1,
    next: "DuizhaoBody",
  });
  expect(formatOf("level1").heading).toBe(true);
  expect(formatOf("body")).toMatchObject({ heading: false, style: { name: "对照-正文" } });
  expect(formatOf("date").style).toEqual(formatOf("signature").style);
});

test("with 修订 on, 一键排版 changes no text and leaves no tracked change: pasted fonts stay and are counted", async () => {
  const { host, typeset, snapshot } = setup(REPORT, { supportedSets: { WordApi: "1.4" } });
  host.document.setTracking("TrackAll");
  const result = await typeset();
  expect(snapshot().map((p) => p.text)).toEqual(REPORT.map((p) => p.text));
  expect(snapshot().filter((p) => p.revisions)).toEqual([]);
  expect(result).toMatchObject({ formatted: 8, cleaned: 0, kept: 2 });
  expect(snapshot()[4]).toMatchObject({ style: "对照-正文", marks: MARKS });
});
