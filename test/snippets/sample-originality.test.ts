/**
 * The library must be written in the team's own words: no 12-character run of the real sample report
 * may appear in it, apart from fixed political terms that every report has to spell the same way.
 * The sample lives outside the repository; without it (on CI) the test skips itself.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { builtinSnippets } from "../../src/core/snippets/library";

const SAMPLE = join(__dirname, "..", "..", "..", "shared", "samples", "2021-organization-life-report.txt");
const FIXED_TERMS = ["习近平新时代中国特色社会主义思想"];
const describeWithSample = existsSync(SAMPLE) ? describe : describe.skip;

describeWithSample("phrase library against the sample report", () => {
  it("shares no 12-character fragment with it", () => {
    const sample = readFileSync(SAMPLE, "utf8");
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
