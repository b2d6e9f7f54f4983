/**
 * A run-in lead ("（一）学习不够经常。平时……") is the one place a character run is formatted: the paragraph
 * is body text (对照-正文), the lead keeps its heading's East Asian font through font.nameFarEast where
 * WordApiDesktop 1.3 has it; elsewhere it stays in the body font and the result says so. Bold per level
 * applies to the lead on both paths.
 */
import { formatBlocks } from "../../src/core/compose/typesetting";
import { createHost, fontSegments, type HostOptions, type HostParagraph } from "../../src/preview/host";
import { formattedBlocks, typesetPlan } from "../../src/taskpane/structure/formats";
import { createFormatVerbs, createStructureVerbs, OperationQueue } from "../../src/word";

const DESKTOP: HostOptions = { supportedSets: { WordApi: "1.3", WordApiDesktop: "1.3" } };

const RUN_IN_2 = "（一）理论学习不够经常。平时忙于手头事务，整本读书的时间常被挤掉。";
const LEAD_2 = "（一）理论学习不够经常。";
const RUN_IN_1 = "二、基本情况。今年以来我在青禾街道负责社区服务工作。";
const LEAD_1 = "二、基本情况。";

const REPORT: HostParagraph[] = [
  { text: "2026年度组织生活会个人对照检查材料" },
  { text: "一、存在的问题" },
  { text: RUN_IN_2 },
  { text: "（二）工作作风方面" },
  { text: "1.调研走访偏少。全年只到联系点去过三次。" },
  { text: RUN_IN_1 },
  { text: "今后我将按季度回访联系点，逐项记录整改进度。" },
];

/** A paragraph as pieces of text with the fonts they are drawn in. */
function pieces(host: ReturnType<typeof createHost>, index: number) {
  const p = host.document.snapshot()[index]!;
  return fontSegments(p.text, p.font, p.runs).map((s) => ({
    text: p.text.slice(s.start, s.end),
    name: s.font.name,
    eastAsia: s.font.nameFarEast,
    size: s.font.size,
    bold: s.font.bold,
  }));
}

function setup(opts: HostOptions, paragraphs = REPORT) {
  const host = createHost(paragraphs, opts);
  const queue = new OperationQueue();
  return {
    host,
    format: createFormatVerbs(host, queue),
    structure: createStructureVerbs(host, queue),
  };
}

describe("run-in leads where WordApiDesktop 1.3 has font.nameFarEast", () => {
  test("the lead of a level-2 entry is 楷体, the rest 仿宋 from the body style, all 三号, text unchanged, 3 syncs", async () => {
    const { host, format } = setup(DESKTOP);
    host.resetSyncCount();
    const result = await format.formatParagraphs({ scope: "document", plan: (ps) => typesetPlan(ps, {}) });
    // Read, find the leads (before anything is written), write.
    expect(host.syncCount()).toBe(3);
    expect(host.discardedOps()).toBe(0);
    expect(result).toMatchObject({ method: "nameFarEast", formatted: 7, leadsInBodyFont: 0 });
    expect(host.document.snapshot().map((p) => p.text)).toEqual(REPORT.map((p) => p.text));
    expect(host.document.snapshot()[2]!.style).toBe("对照-正文");
    expect(pieces(host, 2)).toEqual([
      { text: LEAD_2, name: "KaiTi", eastAsia: "楷体_GB2312", size: 16, bold: false },
      {
        text: RUN_IN_2.slice(LEAD_2.length),
        name: "FangSong",
        eastAsia: "仿宋_GB2312",
        size: 16,
        bold: false,
      },
    ]);
  });

  test("a heading standing alone is one font: 黑体 for 一、, 楷体 for （二）; level 3 stays 仿宋 whole", async () => {
    const { host, format } = setup(DESKTOP);
    await format.formatParagraphs({ scope: "document", plan: (ps) => typesetPlan(ps, {}) });
    expect(pieces(host, 1)).toEqual([
      { text: "一、存在的问题", name: "SimHei", eastAsia: "黑体", size: 16, bold: false },
    ]);
    expect(pieces(host, 3)).toEqual([
      { text: "（二）工作作风方面", name: "KaiTi", eastAsia: "楷体_GB2312", size: 16, bold: false },
    ]);
    expect(pieces(host, 4).map((p) => p.eastAsia)).toEqual(["仿宋_GB2312"]);
    expect(pieces(host, 6).map((p) => p.eastAsia)).toEqual(["仿宋_GB2312"]);
  });

  test("a run-in level-1 entry keeps 黑体 for its lead", async () => {
    const { host, format } = setup(DESKTOP);
    await format.formatParagraphs({ scope: "document", plan: (ps) => typesetPlan(ps, {}) });
    expect(pieces(host, 5).map((p) => [p.text, p.eastAsia])).toEqual([
      [LEAD_1, "黑体"],
      [RUN_IN_1.slice(LEAD_1.length), "仿宋_GB2312"],
    ]);
  });

  test("formatting twice leaves the same runs (a second 一键排版 changes nothing)", async () => {
    const { host, format } = setup(DESKTOP);
    const plan = { scope: "document" as const, plan: (ps: { text: string }[]) => typesetPlan(ps, {}) };
    await format.formatParagraphs(plan);
    const once = host.document.snapshot();
    await format.formatParagraphs(plan);
    expect(host.document.snapshot()).toEqual(once);
  });

  test("skeleton blocks with a lead are inserted with the lead in its heading font", async () => {
    const { host, structure } = setup(DESKTOP, [{ text: "" }]);
    const blocks = [
      { text: "一、存在的问题", role: "level1" as const },
      { text: "（一）学风不够扎实。读书多停在摘抄，联系实际思考少。", role: "level2" as const, lead: 10 },
    ];
    expect(formatBlocks(blocks)[1]!.lead).toBeDefined();
    const result = await structure.insertBlocksAtCursor(formattedBlocks(blocks, {}));
    expect(result.leadsInBodyFont).toBe(0);
    expect(host.document.snapshot().map((p) => p.text)).toEqual(blocks.map((b) => b.text));
    expect(pieces(host, 1).map((p) => [p.text, p.eastAsia])).toEqual([
      ["（一）学风不够扎实。", "楷体_GB2312"],
      ["读书多停在摘抄，联系实际思考少。", "仿宋_GB2312"],
    ]);
    expect(pieces(host, 0).map((p) => p.eastAsia)).toEqual(["黑体"]);
  });
});

describe("run-in leads on WordApi 1.3", () => {
  test("the lead stays in the body font, the result counts it for the pane's note, the text is unchanged", async () => {
    const { host, format } = setup({});
    const result = await format.formatParagraphs({ scope: "document", plan: (ps) => typesetPlan(ps, {}) });
    expect(result).toMatchObject({ method: "ooxml", formatted: 7, leadsInBodyFont: 2 });
    expect(host.document.snapshot().map((p) => p.text)).toEqual(REPORT.map((p) => p.text));
    expect(new Set(pieces(host, 2).map((p) => p.eastAsia))).toEqual(new Set(["仿宋_GB2312"]));
    expect(pieces(host, 3).map((p) => p.eastAsia)).toEqual(["楷体_GB2312"]);
  });

  test("the skeleton's leads stay in the body font too, and are counted", async () => {
    const { structure } = setup({}, [{ text: "" }]);
    const blocks = [{ text: "（一）学风不够扎实。读书多停在摘抄。", role: "level2" as const, lead: 10 }];
    expect(await structure.insertBlocksAtCursor(formattedBlocks(blocks, {}))).toMatchObject({
      leadsInBodyFont: 1,
    });
  });
});

describe.each([
  ["WordApi 1.3", {}],
  ["WordApiDesktop 1.3", DESKTOP],
])("bold per level on a run-in entry — %s", (_name, opts) => {
  test("bold level 2 bolds only the lead", async () => {
    const { host, format } = setup(opts);
    await format.formatParagraphs({
      scope: "document",
      plan: (ps) => typesetPlan(ps, { bold: { level2: true } }),
    });
    expect(pieces(host, 2).map((p) => [p.text, p.bold])).toEqual([
      [LEAD_2, true],
      [RUN_IN_2.slice(LEAD_2.length), false],
    ]);
  });
});
