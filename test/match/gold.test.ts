import { add, emptyCounts, goldFixtures, precision, recall, scoreFixture } from "./gold";

describe("matcher on the gold-labelled reports", () => {
  const fixtures = goldFixtures();

  it("has at least 8 labelled reports", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
  });

  it("finds the hand-labelled links with precision and recall of at least 0.9", () => {
    const counts = emptyCounts();
    const errors: string[] = [];
    for (const fixture of fixtures) {
      const scored = scoreFixture(fixture);
      add(counts, scored.links.cause);
      add(counts, scored.links.measure);
      errors.push(...scored.errors);
    }
    // The differences are printed on failure to show which links moved.
    expect({ precision: precision(counts) >= 0.9, recall: recall(counts) >= 0.9, errors }).toEqual({
      precision: true,
      recall: true,
      errors: expect.any(Array),
    });
  });
});
