/**
 * aspect-coverage: a prescribed aspect with no problem under it.
 *
 * Expected aspects come from the chosen template (`options.expect.aspects`) or else the opening's list
 * (对照A、B和C3个方面). Each needs at least one problem under a heading that matches it; paraphrased headings
 * match by shared character bigrams (政治信仰 ↔ 在政治信仰方面). One finding per uncovered aspect, on the
 * problems part heading.
 *
 * Why: every aspect the notice prescribes must be checked against; an aspect left out looks like an area the
 * writer chose not to examine.
 *
 * WRONG: the opening lists 政治信仰、党员意识、纪律作风, the problems part has no heading about 纪律作风.
 * RIGHT: add （三）纪律作风方面 with at least one concrete problem.
 */
import type { Outline, Rule, RuleContext, RuleFinding } from "../../types";
import { MATCH_THRESHOLD, aspectSimilarity, openingAspects } from "../detectors/expected-aspects";
import { headParagraphs } from "../detectors/item-text";

export const aspectCoverageRule: Rule = {
  id: "aspect-coverage",
  name: "方面覆盖",
  category: "wording",
  severity: "warning",
  check,
};

function check({ outline, options }: RuleContext): RuleFinding[] {
  const expected = expectedAspects(outline, options.expect?.aspects);
  const problemsPart = outline.parts.find((p) => p.role === "problems");
  if (!expected.length || !problemsPart) return [];
  const fromTemplate = !!options.expect?.aspects?.length;
  const findings: RuleFinding[] = [];
  for (const name of expected) {
    let covered: boolean;
    let headingFound = false;
    if (outline.aspects.length) {
      const matching = outline.aspects
        .map((a, i) => ({ i, score: aspectSimilarity(name, a.name || a.heading) }))
        .filter((m) => m.score >= MATCH_THRESHOLD);
      headingFound = matching.length > 0;
      covered = matching.some((m) => problemsUnder(outline, m.i) > 0);
    } else {
      // No aspect headings: accept a problem whose lead sentence names the aspect.
      covered = outline.problems.some((p) => aspectSimilarity(name, p.title) >= MATCH_THRESHOLD);
    }
    if (covered) continue;
    const source = fromTemplate ? "所选模板" : "开头";
    findings.push({
      paragraph: problemsPart.paragraph,
      message: headingFound
        ? `${source}列出的“${name}”方面在查摆问题部分有标题，但标题下没有列出具体问题。请在该标题下至少写一条问题。`
        : `${source}列出的“${name}”方面在查摆问题部分（第${problemsPart.paragraph + 1}段起）没有对应的内容。` +
          `请在“${problemsPart.heading}”下增加“（X）在${name}方面”的标题，并至少查摆一条具体问题。`,
    });
  }
  return findings;
}

function expectedAspects(outline: Outline, chosen: string[] | undefined): string[] {
  if (chosen?.length) return chosen;
  for (const i of headParagraphs(outline)) {
    const names = openingAspects(outline.paragraphs[i]?.text ?? "");
    if (names) return names;
  }
  return [];
}

/** Problems under aspect `index`: by the reader's assignment, else by paragraph range. */
function problemsUnder(outline: Outline, index: number): number {
  const aspect = outline.aspects[index];
  if (!aspect) return 0;
  return outline.problems.filter((p) =>
    p.aspect !== undefined ? p.aspect === index : p.paragraph >= aspect.start && p.paragraph < aspect.end,
  ).length;
}
