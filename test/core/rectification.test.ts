import { readFileSync } from "node:fs";
import { join } from "node:path";
import { check } from "../../src/core/check";
import {
  RECTIFICATION_HEADERS,
  buildRectification,
  deadlineOf,
  deadlinesIn,
  rectificationGrid,
} from "../../src/core/check/rectification-list";
import { decisionFor } from "../../src/core/check/match";

const lines = readFileSync(join(__dirname, "../fixtures/check/flawed-water-bureau.txt"), "utf8")
  .trimEnd()
  .split(/\r?\n/);
const paragraphs = lines.map((text) => ({ text }));

describe("deadlines read from a measure", () => {
  test.each([
    ["2025年6月底前完成改版方案", ["2025年6月底前"]],
    ["６月３０日前报送台账", ["6月30日前"]],
    ["年底前通读原文", ["年底前"]],
    ["力争2026年底完成", ["2026年底前"]],
    ["明年上半年完成培训", ["明年上半年"]],
    ["3个月内整改到位", ["3个月内"]],
    ["每月至少走访2户群众", ["长期坚持"]],
    ["即日起先登记后借阅", ["立行立改"]],
    ["年底前完成，此后每季度自查一次", ["年底前", "长期坚持"]],
    ["认真学习，努力提高", []],
  ])("%s → %j", (text, expected) => {
    expect(deadlinesIn(text)).toEqual(expected);
  });

  test("a row with several measures names every concrete limit once, then 长期坚持", () => {
    expect(deadlineOf(["年底前完成A，每月复盘", "2026年4月底前完成B", "年底前完成C"])).toBe(
      "年底前；2026年4月底前；长期坚持",
    );
    expect(deadlineOf([])).toBe("");
  });
});

describe("buildRectification", () => {
  test("one row per problem with its linked causes, measures, time limit and the signer", () => {
    const rows = buildRectification(check(paragraphs));
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 4]);
    expect(rows[0]).toMatchObject({
      problem: "理论学习浮于表面，钻研不够深入。",
      causes: ["（一）理论学习的自觉性不强。"],
      deadline: "年底前；长期坚持",
      owner: "赵立群",
      status: "",
    });
    expect(rows[0]!.measures[0]).toMatch(/^（一）制定年度学习计划/);
    expect(rows[2]!.deadline).toBe("2026年4月底前");
    // Problem 4 has neither cause nor measure: the row stays, with empty cells for the writer to fill.
    expect(rows[3]).toMatchObject({ causes: [], measures: [], deadline: "" });
  });

  test("a link the writer confirmed appears in the list", () => {
    const first = check(paragraphs);
    const p4 = first.outline.problems[3]!;
    const m2 = first.outline.measures[1]!;
    const rows = buildRectification(check(paragraphs, { decisions: [decisionFor(p4, m2, "confirm")] }));
    expect(rows[3]!.measures).toEqual([expect.stringMatching(/^（二）强化党员身份意识/)]);
    expect(rows[3]!.deadline).toBe("长期坚持");
  });

  test("an unsigned report leaves 责任人 empty", () => {
    const unsigned = paragraphs.slice(0, -2);
    expect(buildRectification(check(unsigned)).every((r) => r.owner === "")).toBe(true);
  });

  test("the grid has the header row and joins several items per cell", () => {
    const grid = rectificationGrid(
      [
        {
          number: 1,
          problemId: "P1",
          problem: "问题甲。",
          causes: ["（一）原因甲。", "（二）原因乙。"],
          measures: ["（一）措施甲。"],
          deadline: "年底前",
          owner: "某某",
          status: "",
        },
      ],
      "；",
    );
    expect(grid[0]).toEqual([...RECTIFICATION_HEADERS]);
    expect(grid[1]).toEqual([
      "1",
      "问题甲。",
      "（一）原因甲。；（二）原因乙。",
      "（一）措施甲。",
      "年底前",
      "某某",
      "",
    ]);
  });
});
