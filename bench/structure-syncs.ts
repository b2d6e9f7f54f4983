/**
 * sync() round trips of the 结构 tab's verbs on a small and a ~300-page simulated document, on WordApi 1.3
 * (run-in leads stay in the body font) and WordApiDesktop 1.3 (leads through nameFarEast), and 一键排版 once
 * more on the same text pasted with direct fonts on every paragraph (each one's own OOXML patched).
 * Budget: 2 per action, whatever the size; 一键排版 3 (read, find the run-in leads before anything is
 * written, write), each verb reading the document back for the live outline in its writing sync.
 */
import { readOutline } from "../src/core/outline/read-outline";
import { planElement } from "../src/core/compose/elements";
import { buildSkeleton } from "../src/core/compose/skeleton";
import { findTemplate } from "../src/core/compose/templates";
import { createHost, type HostOptions, type HostParagraph } from "../src/preview/host";
import { elementEdit, formattedBlocks, typesetPlan } from "../src/taskpane/structure/formats";
import { createFormatVerbs, createStructureVerbs, OperationQueue } from "../src/word";
import { syncBudget } from "./sync-budget";

/** 一键排版: read, find the run-in leads, write (a lead not found is reported, not a failed batch). */
const TYPESET_BUDGET = 3;

/** A report with `aspects` aspects of `perAspect` problems each, plus causes and measures. */
function report(aspects: number, perAspect: number): HostParagraph[] {
  const out: string[] = [
    "2026年度组织生活会个人对照检查材料",
    "按照通知要求，对照各方面查找不足，现汇报如下：",
    "一、查摆存在的主要问题",
  ];
  let n = 0;
  for (let a = 1; a <= aspects; a++) {
    out.push(
      `（${a}）第${a}个检视方面`.replace(
        /（(\d+)）/,
        (_, d) => `（${"一二三四五六七八九十"[Number(d) - 1] ?? "十"}）`,
      ),
    );
    for (let k = 0; k < perAspect; k++)
      out.push(`${++n}.学习坚持得不够。全年计划读书十二本，只读了五本，每月交流也常缺席。`);
  }
  out.push(
    "二、产生问题的原因",
    "（一）学习的自觉性减弱。把学习当成软任务。",
    "三、整改措施",
    "（一）每月读完一本理论书籍，年底前交两篇心得。",
  );
  return out.map((text) => ({ text }));
}

const budget = syncBudget();
const row = budget.row;
const template = findTemplate("2022-organization-life")!;

async function measure(label: string, paragraphs: HostParagraph[], opts: HostOptions): Promise<void> {
  console.log(`\n${label}: ${paragraphs.length} paragraphs`);
  const fresh = () => {
    const host = createHost(paragraphs, opts);
    const q = new OperationQueue();
    return { host, s: createStructureVerbs(host, q), f: createFormatVerbs(host, q) };
  };
  const skeleton = formattedBlocks(
    buildSkeleton(template, { variant: "personal", date: new Date(2026, 10, 28) }),
    {},
  );
  {
    const { host, s } = fresh();
    host.document.setSelection(paragraphs.length - 1, 0);
    await row(`插入完整框架 (${skeleton.length} paragraphs)`, () => s.insertBlocksAtCursor(skeleton), host);
  }
  for (const kind of ["problem", "aspect", "cause", "measure"] as const) {
    const { host, s } = fresh();
    const cursor = kind === "cause" ? paragraphs.length - 3 : kind === "measure" ? paragraphs.length - 1 : 5;
    host.document.setSelection(cursor, 1);
    await row(
      `新增 ${kind}`,
      () =>
        s.editAtCursor((ps, at) => {
          const plan = planElement(readOutline(ps), at, kind);
          return "error" in plan ? plan : elementEdit(plan, ps, {});
        }),
      host,
    );
  }
  {
    const { host, f } = fresh();
    let formatted = 0;
    await row(
      "一键排版 (whole document)",
      async () => {
        formatted = (await f.formatParagraphs({ scope: "document", plan: (ps) => typesetPlan(ps, {}) }))
          .formatted;
      },
      host,
      TYPESET_BUDGET,
    );
    console.log(`    ${formatted} paragraphs formatted`);
  }
  {
    const pasted = paragraphs.map((p) => ({ ...p, font: { name: "SimSun", nameFarEast: "宋体", size: 12 } }));
    const host = createHost(pasted, opts);
    const f = createFormatVerbs(host, new OperationQueue());
    let cleaned = 0;
    await row(
      "一键排版 (pasted, direct fonts)",
      async () => {
        cleaned = (await f.formatParagraphs({ scope: "document", plan: (ps) => typesetPlan(ps, {}) }))
          .cleaned;
      },
      host,
      TYPESET_BUDGET,
    );
    console.log(`    ${cleaned} paragraphs cleaned of direct fonts`);
  }
}

async function main(): Promise<void> {
  for (const [path, opts] of [
    ["WordApi 1.3", {}],
    ["WordApiDesktop 1.3 (nameFarEast)", { supportedSets: { WordApi: "1.3", WordApiDesktop: "1.3" } }],
  ] as const) {
    await measure(`${path}, small report`, report(6, 2), opts);
    await measure(`${path}, ~300-page report`, report(10, 200), opts);
  }
  budget.finish("all structure verbs (一键排版: its own 3)");
}

void main();
