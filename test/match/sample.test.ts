/** Acceptance on the shared sample report; skipped where ../shared is absent (CI). */
import { check } from "../../src/core/check";
import { describeWithSample, sampleLines } from "../support/shared-sample";

function missing(lines: string[], rule: string): string[] {
  const result = check(lines.map((text) => ({ text })));
  const numbers = new Map(result.outline.problems.map((p) => [p.id, p.number]));
  return result.findings
    .filter((f) => f.rule === rule)
    .map((f) => numbers.get(f.items?.[0] ?? "") ?? "?")
    .sort((a, b) => Number(a) - Number(b));
}

describeWithSample("correspondence on the shared sample report", () => {
  const lines = sampleLines();
  // Drops the first paragraph starting with `item` after the part heading starting with `part`.
  const without = (part: string, item: string) => {
    const heading = lines.findIndex((line) => line.startsWith(part));
    const index = lines.findIndex((line, i) => i > heading && line.startsWith(item));
    expect(heading).toBeGreaterThan(0);
    expect(index).toBeGreaterThan(heading);
    return lines.filter((_, i) => i !== index);
  };

  it("flags only problem 10 as lacking a measure, and no other problem as lacking anything", () => {
    expect(missing(lines, "problem-without-measure")).toEqual(["10"]);
    expect(missing(lines, "problem-without-cause").filter((n) => n !== "10")).toEqual([]);
  });

  it("flags problems 1–3 when the first measure is deleted", () => {
    const flagged = missing(without("三、", "（一）"), "problem-without-measure");
    expect(flagged).toEqual(expect.arrayContaining(["1", "2", "3"]));
  });

  it("flags problems 4–5 when the second cause is deleted", () => {
    const flagged = missing(without("二、", "（二）"), "problem-without-cause");
    expect(flagged).toEqual(expect.arrayContaining(["4", "5"]));
    expect(flagged.filter((n) => !["4", "5", "10"].includes(n))).toEqual([]);
  });
});
