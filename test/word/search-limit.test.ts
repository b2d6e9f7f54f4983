/**
 * Word refuses search strings over 255 characters, escapes counted (office-js #168, #1726): spans are cut
 * by their escaped length, never inside a surrogate pair, and still reach the right characters.
 */
import { createHost } from "../../src/preview/host";
import { OperationQueue, createGateway, planSpan } from "../../src/word";
import { escapeSearch } from "../../src/word/spans";
import { matchStarts } from "../../src/word/find-span";

test("chunks fit 255 characters once escaped and keep surrogate pairs whole", () => {
  const carets = planSpan("^".repeat(300) + "正文", 300, 2);
  expect(carets.before.map((c) => escapeSearch(c).length)).toEqual([254, 254, 92]);
  const rare = "𠀀".repeat(200);
  const plan = planSpan(rare, 0, rare.length);
  expect(plan.inside.join("")).toBe(rare);
  for (const c of plan.inside) {
    expect(c.length).toBeLessThanOrEqual(255);
    expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(c)).toBe(false);
  }
});

test("定位 after 300 carets selects the right characters (Word would refuse a 510-character search)", async () => {
  const text = "^".repeat(300) + "学用结合";
  const host = createHost([{ text }]);
  const gw = createGateway(host, new OperationQueue());
  await gw.selectParagraph(0, text, { offset: 300, length: 4 });
  expect(host.document.selection()).toMatchObject({ start: 300, end: 304 });
});

test("matchStarts finds the non-overlapping matches Word's search finds", () => {
  expect(matchStarts("学习学习学习", "学习")).toEqual([0, 2, 4]);
  expect(matchStarts("啊啊啊", "啊啊")).toEqual([0]);
  expect(matchStarts("正文", "")).toEqual([]);
});
