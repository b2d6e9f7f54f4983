import { check } from "../../src/core/check";
import { snippetComparer } from "../../src/core/compare";
import { builtinSnippets } from "../../src/core/snippets";
import { lines } from "../core/fixtures";
import { marked, only } from "./helpers";

const snippets = snippetComparer();
const byId = (id: string) => builtinSnippets.find((s) => s.id === id)!.text;

/** A small report whose problem 1, cause （一） and measure （一） are given. */
function report(
  problem: string,
  cause = "对群众的急难愁盼感受不深，服务意识有所淡化。",
  measure = "（一）每月到窗口跟班服务一天，年底前梳理出办事堵点清单并逐项销号。",
) {
  return lines(
    "2025年度组织生活会个人对照检查材料",
    "一、存在的问题",
    "（一）担当作为方面",
    `1.${problem}`,
    "二、原因剖析",
    cause.startsWith("（") ? cause : `（一）${cause}`,
    "三、整改措施",
    measure,
    "孔令舟",
    "2025年12月1日",
  );
}

const findings = (paragraphs: ReturnType<typeof report>) =>
  only(check(paragraphs, { compare: { snippets } }).findings, "unedited-snippet");

test("a problem that is a library snippet with its slots simply deleted", () => {
  const bare = byId("problems-duty-01").replace(/，?【[^】]*】/g, "");
  const [found, ...rest] = findings(report(bare));
  expect(rest).toEqual([]);
  expect(found!.items).toEqual(["P1"]);
  expect(found!.severity).toBe("info");
  expect(found!.echo!.source).toBe("短语库");
  expect(found!.echo!.label).toBe("“攻坚克难勇气不足”");
  expect(found!.message).toMatch(/^问题1基本就是短语库中的“攻坚克难勇气不足”/);
  // The snippet's fixed words are marked on both sides, its slots on neither.
  expect(marked(found!.echo!.other)).toContain("迎难而上的勇气不够足");
  expect(marked(found!.echo!.other)).not.toContain("具体事例");
});

test("slots filled with a word or two still count as unedited", () => {
  const trivial = byId("problems-duty-01")
    .replace("【难点问题】", "难点问题")
    .replace("【具体事例】", "这方面还有差距");
  expect(findings(report(trivial)).map((f) => f.items)).toEqual([["P1"]]);
});

test("slots filled with the writer's own matter are the snippet put to use", () => {
  const filled = byId("problems-duty-01")
    .replace("【难点问题】", "老旧小区加装电梯的分摊纠纷")
    .replace(
      "【具体事例】",
      "比如今年4月幸福里小区3号楼的加装方案，我拖了两个多月才召集住户协商，群众跑了三趟",
    );
  expect(findings(report(filled))).toEqual([]);
});

test("slots still showing are left to the placeholder rule", () => {
  const result = check(report(byId("problems-duty-01")), { compare: { snippets } });
  expect(only(result.findings, "unedited-snippet")).toEqual([]);
  expect(only(result.findings, "placeholder").length).toBeGreaterThan(0);
});

test("a cause copied from the library with its slot for the writer's own thinking deleted", () => {
  const cause = builtinSnippets.find((s) => s.part === "causes")!.text.replace(/【[^】]*】。?/g, "");
  const found = findings(report("遇到难题有畏难情绪。今年5月社区改造方案拖了三周才拿出初稿。", cause));
  expect(found.map((f) => f.items)).toEqual([["C1"]]);
});

test("without the library given, the rule stays silent", () => {
  const bare = byId("problems-duty-01").replace(/，?【[^】]*】/g, "");
  expect(only(check(report(bare)).findings, "unedited-snippet")).toEqual([]);
});
