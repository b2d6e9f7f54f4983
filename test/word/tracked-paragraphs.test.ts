/**
 * 重新编号, new items and 分段 rewrite text: a paragraph that holds tracked changes (修订) is refused with the
 * reason, and the other paragraphs are written.
 */
import { createHost, type HostParagraph } from "../../src/preview/host";
import { OperationQueue, createCheckVerbs, createGateway, createStructureVerbs } from "../../src/word";

const REASON = /写入前请先接受或拒绝该段的修订/;

const DOC: HostParagraph[] = [
  { text: "一、存在的主要问题" },
  { text: "（一）理论学习方面" },
  { text: "1.自学计划执行不严。原定每周两次自学，有五周没有做到。" },
  // "很" was deleted with tracking on: the user reads "3.笔记流于形式。摘抄多，思考少。"
  { text: "3.笔记流于形式。摘抄多，很思考少。", revisions: [{ kind: "deleted", start: 13, end: 14 }] },
  { text: "5.带头作用不够。志愿服务全年只参加了两次。" },
  // "全年" was typed with tracking on.
  { text: "6.调研不深。全年只走访了三户。", revisions: [{ kind: "inserted", start: 6, end: 8 }] },
];

function setup() {
  const host = createHost(DOC, { supportedSets: { WordApi: "1.4" } });
  host.document.setTracking("TrackAll");
  const queue = new OperationQueue();
  return {
    host,
    gw: createGateway(host, queue),
    structure: createStructureVerbs(host, queue),
    check: createCheckVerbs(host, queue),
  };
}

test("重新编号 refuses the two paragraphs with tracked changes, names them, and renumbers the other", async () => {
  const { gw, structure } = setup();
  const read = await gw.readParagraphs();
  const edit = (paragraph: number, replacement: string) => ({
    paragraph,
    expectText: read[paragraph]!.text,
    offset: 0,
    length: 1,
    replacement,
  });
  const result = await structure.applyStructureEdit({ edits: [edit(3, "2"), edit(4, "3"), edit(5, "4")] });
  expect(result.refused.map((r) => r.paragraph)).toEqual([3, 5]);
  expect(result.refused.every((r) => REASON.test(r.reason))).toBe(true);
  expect(result.edited).toBe(1);
  const after = await gw.readParagraphs();
  expect(after.map((p) => p.text.slice(0, 2))).toEqual(["一、", "（一", "1.", "3.", "3.", "6."]);
});

test("新增问题 after a tracked paragraph: the new item goes in, the tracked one keeps its number", async () => {
  const { gw, structure, host } = setup();
  host.document.setSelection(2, 1);
  const result = await structure.editAtCursor((paragraphs) => ({
    edits: [3, 4].map((paragraph) => ({
      paragraph,
      expectText: paragraphs[paragraph]!.text,
      offset: 0,
      length: 1,
      replacement: String(paragraph),
    })),
    insert: { after: 2, expectText: paragraphs[2]!.text, blocks: [{ text: "2.【新问题】。" }] },
  }));
  expect(result.refused).toEqual([{ paragraph: 3, reason: expect.stringMatching(REASON) }]);
  const after = (await gw.readParagraphs()).map((p) => p.text);
  expect(after[3]).toBe("2.【新问题】。");
  expect(after[4]).toBe("3.笔记流于形式。摘抄多，思考少。");
  expect(after[5]).toBe("4.带头作用不够。志愿服务全年只参加了两次。");
});

test("分段 on a paragraph with tracked changes is refused with the reason and changes nothing", async () => {
  const { gw, check, host } = setup();
  const text = (await gw.readParagraphs())[3]!.text;
  await expect(check.splitParagraph(3, text, [9])).rejects.toThrow(REASON);
  expect(host.document.snapshot().length).toBe(DOC.length);
});
