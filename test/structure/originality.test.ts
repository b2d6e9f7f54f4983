/**
 * Skeleton text is the team's own wording: no 12-character run of the real sample report may appear in
 * any skeleton, apart from the prescribed vocabulary every report shares (the notices' aspect names and
 * the usual part headings). Skips itself where the shared sample is absent (CI).
 */
import { readFileSync } from "fs";
import { buildSkeleton } from "../../src/core/compose/skeleton";
import { PART_HEADINGS, templates } from "../../src/core/compose/templates";
import { describeWithSample, SAMPLE_PATH } from "../support/shared-sample";
import { DATE } from "./helpers";

describeWithSample("skeletons against the sample report", () => {
  it("share no 12-character fragment with it", () => {
    const sample = readFileSync(SAMPLE_PATH, "utf8");
    const fragments = new Set<string>();
    for (let i = 0; i + 12 <= sample.length; i++) fragments.add(sample.slice(i, i + 12));
    const copied = new Set<string>();
    const fixed = [...templates.flatMap((t) => t.aspects), ...Object.values(PART_HEADINGS).flat()];
    for (const t of templates)
      for (const variant of t.variants)
        for (const b of buildSkeleton(t, { variant, date: DATE, caseStudy: true, priorYear: true })) {
          // Masked so that they neither match nor hide a copied neighbour.
          let text = b.text;
          for (const term of fixed) text = text.split(term).join("\u0000");
          for (let i = 0; i + 12 <= text.length; i++) {
            const piece = text.slice(i, i + 12);
            if (!piece.includes("\u0000") && fragments.has(piece)) copied.add(piece);
          }
        }
    expect([...copied]).toEqual([]);
  });
});
