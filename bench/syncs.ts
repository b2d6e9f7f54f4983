/**
 * sync() round trips per gateway verb, on a small and on a ~300-page simulated document.
 * The budget (2 per user action) must hold whatever the size; also prints wall time on the host.
 */
import { createHost, type HostParagraph } from "../src/preview/host";
import { createGateway, OperationQueue } from "../src/word";
import { syncBudget } from "./sync-budget";

function documentOf(n: number): HostParagraph[] {
  const out: HostParagraph[] = [{ text: "2026年度组织生活会个人对照检查材料", styleBuiltIn: "Title" }];
  for (let i = 1; i < n; i++) {
    out.push(
      i % 12 === 0
        ? { text: `第${i}条：年底前完成整改并形成台账。`, isListItem: true, listString: `${i / 12}.` }
        : { text: `第${i}段：走访结对社区，了解群众诉求，每季度回访一次，把问题解决在基层。` },
    );
  }
  return out;
}

const budget = syncBudget();

async function measure(label: string, size: number): Promise<void> {
  const paragraphs = documentOf(size);
  const host = createHost(paragraphs);
  const gw = createGateway(host, new OperationQueue());
  const mid = Math.floor(size / 2);
  const midText = paragraphs[mid]!.text;
  host.document.setSelection(mid, 2, 6);
  const verbs: [string, () => Promise<unknown>][] = [
    ["readParagraphs", () => gw.readParagraphs()],
    ["readSelection", () => gw.readSelection()],
    ["insertParagraphs(end, 12 blocks)", () => gw.insertParagraphs(skeleton(), "end")],
    ["insertParagraphs(after)", () => gw.insertParagraphs(skeleton(), { after: mid, expectText: midText })],
    ["insertParagraphs(cursor)", () => gw.insertParagraphs(skeleton(), "cursor")],
    ["selectParagraph", () => gw.selectParagraph(mid, midText)],
    ["selectParagraph(span)", () => gw.selectParagraph(mid, midText, { offset: 4, length: 6 })],
    ["replaceSpan", () => gw.replaceSpan(mid, midText, 4, 2, "走访")],
    ["insertAtCursor", () => gw.insertAtCursor("【具体事例】", { select: "【具体事例】" })],
  ];
  console.log(`\n${label}: ${size} paragraphs`);
  for (const [name, run] of verbs) await budget.row(name, run, host);
}

function skeleton(): { text: string; style?: { styleBuiltIn: string } }[] {
  return Array.from({ length: 12 }, (_, i) => ({
    text: `骨架第${i + 1}行`,
    style: { styleBuiltIn: i % 4 ? "Normal" : "Heading1" },
  }));
}

async function main(): Promise<void> {
  await measure("small document", 25);
  await measure("300-page document", 2000);
  budget.finish("all verbs");
}

void main();
