import { check } from "../../src/core/check";
import { compareWithLastYear } from "../../src/core/compare";
import type { Paragraph } from "../../src/core/types";
import { fixture, marked, only } from "./helpers";

const lastYear = () => compareWithLastYear(fixture("last-year-2024.txt"));
const thisYear = fixture("this-year-2025.txt");

function run(paragraphs: Paragraph[] = thisYear) {
  return check(paragraphs, { compare: { lastYear: lastYear() } });
}

describe("copied-from-last-year", () => {
  test("the two problems and the measure kept from last year, each against its source", () => {
    const copies = only(run().findings, "copied-from-last-year");
    expect(copies.map((f) => [f.items, f.echo?.label])).toEqual([
      [["P1"], "问题1"],
      [["P3"], "问题4"],
      [["M1"], "措施（一）"],
    ]);
    expect(copies.every((f) => f.severity === "warning")).toBe(true);
    expect(copies[0]!.message).toMatch(/^问题1与上年度材料的问题1几乎一字不差（9\d%的文字相同）/);
  });

  test("定位 selects this year's text; both passages carry the shared part, the changed number left out", () => {
    const [p3] = only(run().findings, "copied-from-last-year").filter((f) => f.items?.[0] === "P3");
    const paragraph = thisYear[p3!.paragraph]!.text;
    expect(paragraph.slice(p3!.offset, p3!.offset! + p3!.length!)).toBe(paragraph.replace(/^3\./, ""));
    const echo = p3!.echo!;
    expect(echo.other.text).toContain("问题线索只有11条");
    expect(marked(echo.other)).toContain("日常巡查存在走过场现象");
    expect(marked(echo.own!)).toContain("日常巡查存在走过场现象");
    // 11 → 13: the changed digits are not part of a shared stretch.
    expect(marked(echo.own!)).not.toContain("13");
    expect(marked(echo.other)).not.toContain("11");
  });

  test("rewritten items on the same matters are not copies", () => {
    const flagged = only(run().findings, "copied-from-last-year").flatMap((f) => f.items ?? []);
    // M5 answers last year's 巡查 measure in new words; C1–C4 analyse the same roots anew.
    for (const id of ["P2", "P4", "P5", "C1", "C2", "C3", "C4", "M2", "M3", "M4", "M5"]) {
      expect(flagged).not.toContain(id);
    }
  });

  test("without last year's report the comparison rules stay silent", () => {
    const findings = check(thisYear).findings;
    expect(only(findings, "copied-from-last-year")).toEqual([]);
    expect(only(findings, "prior-measures-unreported")).toEqual([]);
  });
});

describe("prior-measures-unreported", () => {
  test("the two of last year's measures the 整改落实情况 part says nothing about, at its heading", () => {
    const found = only(run().findings, "prior-measures-unreported");
    expect(found.map((f) => f.echo?.label)).toEqual(["措施（三）", "措施（五）"]);
    expect(found.every((f) => f.paragraph === 2)).toBe(true);
    expect(found[0]!.message).toMatch(
      /^上年度的措施（三）“建立个人廉洁风险台账.*在本年度的整改落实情况部分中没有提到/,
    );
    expect(found[0]!.echo!.other.text).toMatch(/^建立个人廉洁风险台账/);
  });

  test("a report with no such part is told once, and last year's measures are looked for in the whole text", () => {
    // This year's report without its part 一 (paragraphs 2–6): the rest keeps its wording.
    const without = thisYear.filter((_, i) => i < 2 || i > 6);
    const found = only(run(without).findings, "prior-measures-unreported");
    expect(found[0]!.message).toMatch(
      /^本年度材料没有“上年度整改落实情况”部分，而上年度材料提出了5条整改措施/,
    );
    expect(found.filter((f) => f.message.startsWith("本年度材料没有"))).toHaveLength(1);
    expect(found[0]!.paragraph).toBe(1);
    // Problem 3 still speaks of the 巡查 of measure （四）; this year's own measures (plans) do not count.
    expect(found.slice(1).map((f) => f.echo?.label)).toEqual([
      "措施（一）",
      "措施（二）",
      "措施（三）",
      "措施（五）",
    ]);
  });

  test("a sentence that reports on a measure in other words counts", () => {
    const edited = [
      ...thisYear.slice(0, 7),
      { text: "（四）廉洁风险台账已经建立。全年有2次商户托人打听检查安排，我都当天向所领导报告并作了登记。" },
      ...thisYear.slice(7),
    ];
    const found = only(run(edited).findings, "prior-measures-unreported");
    expect(found.map((f) => f.echo?.label)).toEqual(["措施（五）"]);
  });
});
