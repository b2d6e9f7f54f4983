import { readFileSync } from "fs";
import { join } from "path";
import weights from "../../src/core/check/match/weights.json";
import { CORPUS_DIR, corpusIds, readGold, readSplit } from "./corpus";
import { accuracy, allLinks, allVerdicts, precision, recall, scoreSplit } from "./score";

describe("the link corpus", () => {
  const ids = corpusIds();
  const split = readSplit();

  it("has at least 40 reports, each in exactly one split", () => {
    expect(ids.length).toBeGreaterThanOrEqual(40);
    const listed = [...split.fit, ...split.test];
    expect([...listed].sort()).toEqual(ids);
    expect(new Set(listed).size).toBe(listed.length);
    expect(split.test.length).toBeGreaterThanOrEqual(Math.floor(ids.length / 4));
  });

  describe.each(ids)("%s.gold.json", (id) => {
    const gold = readGold(id);
    const text = readFileSync(join(CORPUS_DIR, `${id}.txt`), "utf8");

    it("names its writer, year, meeting, kind and unit", () => {
      for (const field of ["year", "meeting", "unit", "writer"] as const)
        expect(gold.meta[field]).toEqual(expect.any(String));
      expect(["personal", "team"]).toContain(gold.meta.kind);
    });

    it("names every item by a key that occurs once in the text, in document order", () => {
      for (const list of ["problems", "causes", "measures"] as const) {
        expect(gold[list].length).toBeGreaterThan(0);
        const places = gold[list].map(({ key }) => {
          const at = text.indexOf(key);
          expect({ key, found: at >= 0, again: text.indexOf(key, at + 1) >= 0 }).toEqual({
            key,
            found: true,
            again: false,
          });
          return at;
        });
        expect(places).toEqual([...places].sort((a, b) => a - b));
      }
    });

    it("links each problem only to causes and measures it lists, each once", () => {
      const causes = new Set(gold.causes.map((c) => c.key));
      const measures = new Set(gold.measures.map((m) => m.key));
      for (const problem of gold.problems) {
        expect(problem.causes.filter((k) => !causes.has(k))).toEqual([]);
        expect(problem.measures.filter((k) => !measures.has(k))).toEqual([]);
        expect(new Set(problem.causes).size).toBe(problem.causes.length);
        expect(new Set(problem.measures).size).toBe(problem.measures.length);
      }
    });
  });
});

describe("the fitted weights", () => {
  it("were fitted on the fit split only", () => {
    expect([...weights.reports].sort()).toEqual([...readSplit().fit].sort());
    expect(weights.split).toBe("fit");
  });

  // A floor well below the fitted scores: it catches a change that breaks the matcher, not a small drift.
  it("keep the check's links and verdicts on the fit split above a floor", () => {
    const { total } = scoreSplit("fit");
    const links = allLinks(total);
    const verdicts = allVerdicts(total);
    expect({
      precision: precision(links) >= 0.85,
      recall: recall(links) >= 0.8,
      verdicts: accuracy(verdicts) >= 0.93,
      warningsFound: recall(verdicts) >= 0.3,
    }).toEqual({ precision: true, recall: true, verdicts: true, warningsFound: true });
  });
});
