/**
 * 一键排版 and the skeleton keep a run-in lead ("（一）学习不够经常。平时……") in its heading font, the rest of
 * the paragraph in 仿宋, on both ways Word sets East Asian fonts.
 */
import { formatBlocks } from "../../src/core/compose/typesetting";
import { createHost, fontSegments, type HostOptions, type HostParagraph } from "../../src/preview/host";
import { formattedBlocks, typesetPlan } from "../../src/taskpane/structure/formats";
import { createFormatVerbs, createStructureVerbs, OperationQueue } from "../../src/word";
import { paragraphXml } from "../../src/word/paragraph-package";

const DESKTOP: HostOptions = { supportedSets: { WordApi: "1.3", WordApiDesktop: "1.3" } };
const PATHS: [string, HostOptions, string][] = [
  ["WordApi 1.3 (OOXML)", {}, "ooxml"],
  ["WordApiDesktop 1.3 (nameFarEast)", DESKTOP, "nameFarEast"],
];

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

describe.each(PATHS)("一键排版 with run-in leads — %s", (_name, opts, method) => {
  test("the lead of a level-2 entry is 楷体, the rest 仿宋, all 三号, text unchanged, 2 syncs", async () => {
    const { host, format } = setup(opts);
    host.resetSyncCount();
    const result = await format.formatParagraphs({
      scope: "document",
      plan: (ps) => typesetPlan(ps, {}),
    });
    expect(host.syncCount()).toBe(2);
    expect(host.discardedOps()).toBe(0);
    expect(result).toMatchObject({ method, formatted: 7, partial: 0 });
    expect(host.document.snapshot().map((p) => p.text)).toEqual(REPORT.map((p) => p.text));
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
    const { host, format } = setup(opts);
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
    const { host, format } = setup(opts);
    await format.formatParagraphs({ scope: "document", plan: (ps) => typesetPlan(ps, {}) });
    expect(pieces(host, 5).map((p) => [p.text, p.eastAsia])).toEqual([
      [LEAD_1, "黑体"],
      [RUN_IN_1.slice(LEAD_1.length), "仿宋_GB2312"],
    ]);
  });

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

  test("formatting twice leaves the same runs (a second 一键排版 changes nothing)", async () => {
    const { host, format } = setup(opts);
    const plan = { scope: "document" as const, plan: (ps: { text: string }[]) => typesetPlan(ps, {}) };
    await format.formatParagraphs(plan);
    const once = host.document.snapshot();
    await format.formatParagraphs(plan);
    expect(host.document.snapshot()).toEqual(once);
  });

  test("skeleton blocks with a lead are inserted with the lead in its heading font", async () => {
    const { host, structure } = setup(opts, [{ text: "" }]);
    const blocks = [
      { text: "一、存在的问题", role: "level1" as const },
      { text: "（一）学风不够扎实。读书多停在摘抄，联系实际思考少。", role: "level2" as const, lead: 10 },
    ];
    expect(formatBlocks(blocks)[1]!.lead).toBeDefined();
    await structure.insertBlocksAtCursor(formattedBlocks(blocks, {}));
    expect(host.document.snapshot().map((p) => p.text)).toEqual(blocks.map((b) => b.text));
    expect(pieces(host, 1).map((p) => [p.text, p.eastAsia])).toEqual([
      ["（一）学风不够扎实。", "楷体_GB2312"],
      ["读书多停在摘抄，联系实际思考少。", "仿宋_GB2312"],
    ]);
    expect(pieces(host, 0).map((p) => p.eastAsia)).toEqual(["黑体"]);
  });
});

describe("paragraphXml with a lead", () => {
  const format = typesetPlan([{ text: RUN_IN_2 }], {})[0]!;

  test("emits two runs: the lead's fonts, then the body's, same size", () => {
    expect(format.lead).toMatchObject({ length: LEAD_2.length, eastAsianFont: "楷体_GB2312" });
    const xml = paragraphXml(RUN_IN_2, format);
    const runs = [...xml.matchAll(/<w:r>(.*?)<\/w:r>/g)].map((m) => m[1]!);
    expect(runs).toHaveLength(2);
    expect(runs[0]).toContain('w:ascii="KaiTi" w:hAnsi="KaiTi" w:eastAsia="楷体_GB2312"');
    expect(runs[0]).toContain(`<w:t xml:space="preserve">${LEAD_2}</w:t>`);
    expect(runs[1]).toContain('w:eastAsia="仿宋_GB2312"');
    expect(runs[1]).toContain(`<w:t xml:space="preserve">${RUN_IN_2.slice(LEAD_2.length)}</w:t>`);
    for (const r of runs) expect(r).toContain('<w:sz w:val="32"/>');
  });

  test("a tab inside the lead stays in the lead's run; a soft break after it in the body's", () => {
    const text = "（一）学习\t不够。其后\u000b另起一行";
    const xml = paragraphXml(text, { ...format, lead: { ...format.lead!, length: 9 } });
    const runs = [...xml.matchAll(/<w:r>(.*?)<\/w:r>/g)].map((m) => m[1]!);
    expect(runs[0]).toContain("<w:tab/>");
    expect(runs[0]).not.toContain("<w:br/>");
    expect(runs[1]).toContain("<w:br/>");
  });

  test("without a lead, or a lead covering everything, there is one run", () => {
    expect(paragraphXml(RUN_IN_2, { ...format, lead: undefined }).match(/<w:r>/g)).toHaveLength(1);
    const whole = paragraphXml("（一）标题", { ...format, lead: { ...format.lead!, length: 99 } });
    expect(whole.match(/<w:r>/g)).toHaveLength(1);
    expect(whole).toContain('w:eastAsia="楷体_GB2312"');
  });
});
