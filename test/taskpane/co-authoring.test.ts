/**
 * Two co-authors' panes on one document. Office keeps each pane's settings in memory and saveAsync writes
 * them whole, so a pane that writes without reading again undoes what the other saved (office-js #4354).
 */
import { createHost } from "../../src/preview/host";
import { createGateway, OperationQueue } from "../../src/word";
import { documentSettings } from "../../src/taskpane/document-settings";
import type { LinkDecision } from "../../src/core/types";

function twoPanes() {
  const host = createHost([{ text: "2026年度组织生活会个人对照检查材料" }]);
  const other = host.openPane();
  const a = documentSettings(createGateway(host, new OperationQueue()));
  const b = documentSettings(createGateway(other, new OperationQueue()));
  return { host, a, b };
}

const decision = (problem: string, action: LinkDecision["action"]): LinkDecision => ({
  problem,
  target: "（一）学习的自觉性减弱",
  kind: "cause",
  action,
});

test("decisions written in turn by two panes: neither loses the other's", async () => {
  const { host, a, b } = twoPanes();
  // Both panes opened the document before either wrote anything.
  expect(a.read("links")).toEqual([]);
  expect(b.read("links")).toEqual([]);
  await a.addDecision(decision("读书计划坚持得不好", "confirm"));
  await b.addDecision(decision("学用脱节", "remove"));
  await a.addIgnored("rule-a:1");
  await b.addIgnored("rule-b:2");
  await b.save("template", { id: "2026-organization-life", kind: "personal" });
  await a.save("lastYear", { name: "2025年材料.docx", print: "abc123" });
  const stored = host.Office.context.document.settings;
  stored.refreshAsync();
  expect(stored.get("links")).toEqual([
    decision("读书计划坚持得不好", "confirm"),
    decision("学用脱节", "remove"),
  ]);
  expect(stored.get("ignored")).toEqual(["rule-a:1", "rule-b:2"]);
  expect(stored.get("template")).toEqual({ id: "2026-organization-life", kind: "personal" });
  expect(stored.get("lastYear")).toMatchObject({ name: "2025年材料.docx" });
});

test("the same pair decided again by the other co-author: the later word replaces the earlier", async () => {
  const { a, b } = twoPanes();
  await a.addDecision(decision("读书计划坚持得不好", "confirm"));
  const merged = await b.addDecision(decision("读书计划坚持得不好", "remove"));
  expect(merged).toEqual([decision("读书计划坚持得不好", "remove")]);
});

test("two saves that cross: the pane whose save was undone merges again, both decisions are kept", async () => {
  const { host, a, b } = twoPanes();
  await Promise.all([
    a.addDecision(decision("读书计划坚持得不好", "confirm")),
    b.addDecision(decision("学用脱节", "remove")),
  ]);
  const stored = host.openPane().Office.context.document.settings;
  expect(stored.get("links")).toHaveLength(2);
});

test("a pane reads again what the other saved since it opened", async () => {
  const { a, b } = twoPanes();
  await b.addDecision(decision("学用脱节", "remove"));
  expect(a.read("links")).toEqual([]);
  await a.refresh();
  expect(a.read("links")).toEqual([decision("学用脱节", "remove")]);
});
