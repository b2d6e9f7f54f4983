import type { Outline, Rule, RuleFinding } from "../../types";
import { MATCH_THRESHOLD, aspectSimilarity, openingAspects } from "../detectors/expected-aspects";
import { headParagraphs } from "../detectors/item-text";

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

/** Every prescribed aspect needs at least one problem under a heading that matches it. */
export const aspectCoverageRule: Rule = {
  id: "aspect-coverage",
  category: "wording",
  severity: "warning",
  name: "方面覆盖",
  check({ outline, options }) {
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
  },
};
