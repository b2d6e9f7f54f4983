import { readFileSync } from "fs";
import { check } from "../../src/core/check";
import type { Paragraph } from "../../src/core/types";
import { linesToParagraphs } from "./fixtures";
import { hasSample, SAMPLE_OUTLINE, SAMPLE_PATH } from "../support/shared-sample";

// The shared sample is not on CI: skip cleanly without it. Every behaviour here is also covered by our own fixtures.
const describeSample = hasSample ? describe : describe.skip;

describeSample("the shared 2021 sample report", () => {
  const sample = (): Paragraph[] => linesToParagraphs(readFileSync(SAMPLE_PATH, "utf8"));
  const rulesOf = (paragraphs: Paragraph[], rule: string) =>
    check(paragraphs).findings.filter((f) => f.rule === rule);
  const indexOf = (paragraphs: Paragraph[], start: string) =>
    paragraphs.findIndex((p) => p.text.startsWith(start));

  it("reads three parts, five aspects, ten problems, three causes and three measures", () => {
    const { outline } = check(sample());
    expect({
      roles: outline.parts.map((p) => p.role),
      aspects: outline.aspects.length,
      problems: outline.problems.map((p) => p.number),
      causes: outline.causes.length,
      measures: outline.measures.length,
    }).toEqual(SAMPLE_OUTLINE);
    expect(outline.announcedAspects?.count).toBe(5);
  });

  it("finds the missing title and signature, and nothing wrong with parts, numbers or the aspect count", () => {
    const rules = new Set(check(sample()).findings.map((f) => f.rule));
    expect(rules.has("missing-title")).toBe(true);
    expect(rules.has("missing-signature")).toBe(true);
    for (const rule of ["numbering", "missing-part", "aspect-count"]) expect(rules.has(rule)).toBe(false);
  });

  it("reports a deleted causes part where it belongs", () => {
    const doc = sample();
    const start = indexOf(doc, "二、");
    const end = indexOf(doc, "三、");
    doc.splice(start, end - start);
    expect(rulesOf(doc, "missing-part")).toMatchObject([{ paragraph: start }]);
  });

  it("reports a skipped problem number at its paragraph", () => {
    const doc = sample();
    // Drop problem 6: problem 7 now follows 5.
    const at = indexOf(doc, "6.");
    doc.splice(at, 1);
    const found = rulesOf(doc, "numbering");
    expect(found.map((f) => f.paragraph)).toEqual([at]);
    expect(found[0]!.message).toContain("跳号");
  });

  it("reports a repeated aspect number at its paragraph", () => {
    const doc = sample();
    const at = indexOf(doc, "（三）");
    doc[at] = { text: "（二）" + doc[at]!.text.slice(3) };
    const found = rulesOf(doc, "numbering");
    expect(found.map((f) => f.paragraph)).toContain(at);
    expect(found.find((f) => f.paragraph === at)!.message).toContain("重复");
  });

  it("reports an announced count that no longer matches, at the number", () => {
    const doc = sample();
    doc[0] = { text: doc[0]!.text.replace("5个方面", "6个方面") };
    const [finding] = rulesOf(doc, "aspect-count");
    expect(finding).toMatchObject({ paragraph: 0, offset: doc[0]!.text.indexOf("6个方面"), length: 4 });
  });
});
