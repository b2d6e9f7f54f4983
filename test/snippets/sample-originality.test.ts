/**
 * The library must be written in the team's own words: no 12-character run of the real sample report
 * may appear in it, apart from fixed political terms that every report has to spell the same way.
 * The sample lives outside the repository; without it (on CI) the test skips itself.
 */
import { readFileSync } from "fs";
import { builtinSnippets } from "../../src/core/snippets/library";
import { describeWithSample, SAMPLE_PATH } from "../support/shared-sample";

const FIXED_TERMS = ["习近平新时代中国特色社会主义思想"];

describeWithSample("phrase library against the sample report", () => {
  it("shares no 12-character fragment with it", () => {
    const sample = readFileSync(SAMPLE_PATH, "utf8");
    const fragments = new Set<string>();
    for (let i = 0; i + 12 <= sample.length; i++) fragments.add(sample.slice(i, i + 12));
    const copied: string[] = [];
    for (const s of builtinSnippets) {
      // Fixed terms are masked so that they neither match nor hide a copied neighbour.
      let text = s.title + "\n" + s.text;
      for (const term of FIXED_TERMS) text = text.split(term).join("\u0000");
      for (let i = 0; i + 12 <= text.length; i++) {
        const piece = text.slice(i, i + 12);
        if (!piece.includes("\u0000") && fragments.has(piece)) copied.push(`${s.id}: ${piece}`);
      }
    }
    expect(copied).toEqual([]);
  });
});
