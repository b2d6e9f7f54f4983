/** Acceptance on the shared sample report; skipped where ../shared is absent (CI). */
import { runWording, spanText } from "./helpers";
import { describeWithSample, sampleLines } from "../support/shared-sample";

describeWithSample("the shared 2021 sample report", () => {
  const paragraphs = sampleLines().map((text) => ({ text }));
  const findings = runWording(paragraphs);
  const problem2 = paragraphs.findIndex((p) => p.text.startsWith("2."));
  const aspect4 = paragraphs.findIndex((p) => p.text.startsWith("（四）"));
  const measure1 = paragraphs.findIndex((p, i) => i > 20 && p.text.startsWith("（一）"));

  it("corrects the plenary session named after the congress in problem 2", () => {
    const term = findings.filter((f) => f.rule === "term");
    expect(term).toHaveLength(1);
    expect(term[0]?.paragraph).toBe(problem2);
    expect(term[0]?.fix?.replacement).toBe("十九届六中全会");
  });

  it("finds the doubled 全会 in the fourth aspect heading and nothing else doubled", () => {
    const repeated = findings.filter((f) => f.rule === "repeated-text");
    expect(repeated.map((f) => [f.paragraph, spanText(paragraphs, f), f.fix?.replacement])).toEqual([
      [aspect4, "全会全会", "全会"],
    ]);
  });

  it("finds the stray * in the first measure", () => {
    const stray = findings.filter((f) => f.rule === "punctuation" && spanText(paragraphs, f) === "*");
    expect(stray.map((f) => [f.paragraph, f.fix?.replacement])).toEqual([[measure1, ""]]);
  });
});
