/** Settings stored in a document are read entry by entry: the malformed ones dropped and counted, the rest kept. */
import {
  STORED_LIMITS,
  storedDecisions,
  storedExpectation,
  storedIgnored,
  storedLastYear,
  storedTitleYear,
} from "../../src/core/check/stored-settings";

const good = { problem: "学习缺乏计划", target: "制定个人学习计划", kind: "measure", action: "confirm" };

describe("stored link decisions", () => {
  it.each([
    ["[null]", [null]],
    ["[{}]", [{}]],
    ['kind "x"', [{ ...good, kind: "x" }]],
    ["an unknown action", [{ ...good, action: "maybe" }]],
    ["an empty fingerprint", [{ ...good, problem: "" }]],
    ["a number for a fingerprint", [{ ...good, target: 3 }]],
    ["a fingerprint of 10,000 characters", [{ ...good, problem: "学".repeat(10_000) }]],
  ])("drops %s and keeps the valid entries beside it", (_label, bad) => {
    expect(storedDecisions([good, ...bad, good])).toEqual({ value: [good, good], dropped: 1 });
  });

  it("reads a missing setting as no decisions, and a non-list as one dropped entry", () => {
    expect(storedDecisions(undefined)).toEqual({ value: [], dropped: 0 });
    expect(storedDecisions({ links: [good] })).toEqual({ value: [], dropped: 1 });
  });

  it("keeps only the fields of a decision", () => {
    expect(storedDecisions([{ ...good, extra: "x" }]).value).toEqual([good]);
  });

  it("keeps at most 500 decisions: each one is matched against every item", () => {
    const many = Array.from({ length: 600 }, () => good);
    expect(storedDecisions(many)).toMatchObject({ dropped: 100 });
    expect(storedDecisions(many).value).toHaveLength(STORED_LIMITS.decisions);
  });
});

describe("stored ignored findings and template", () => {
  it("keeps the ignored keys that are text", () => {
    expect(storedIgnored(["term|学习|十九大", 7, null, ""])).toEqual({
      value: ["term|学习|十九大"],
      dropped: 3,
    });
  });

  it("keeps the template's valid fields and aspects one by one", () => {
    expect(
      storedExpectation({
        aspects: ["理论学习", 3, "", "作风建设"],
        priorYear: "yes",
        kind: "team",
        preset: "2025",
      }),
    ).toEqual({ value: { aspects: ["理论学习", "作风建设"], kind: "team" }, dropped: 3 });
    expect(storedExpectation({ meeting: "民主生活会" })).toEqual({
      value: { meeting: "民主生活会" },
      dropped: 0,
    });
    expect(storedExpectation({ meeting: "座谈会", kind: "personal" })).toEqual({
      value: { kind: "personal" },
      dropped: 1,
    });
    expect(storedExpectation("2025")).toEqual({ value: undefined, dropped: 1 });
    expect(storedExpectation(undefined)).toEqual({ value: undefined, dropped: 0 });
  });
});

describe("stored title year", () => {
  it("keeps a whole year from 2000 to 2099 and drops anything else as one entry", () => {
    expect(storedTitleYear({ id: "2024-democratic-life", year: 2026 })).toEqual({ value: 2026, dropped: 0 });
    expect(storedTitleYear({ id: "2024-democratic-life" })).toEqual({ value: undefined, dropped: 0 });
    expect(storedTitleYear(undefined)).toEqual({ value: undefined, dropped: 0 });
    for (const bad of ["2026", 26, 1999, 2100, 2025.5, Number.NaN, null, { y: 2026 }]) {
      expect(storedTitleYear({ year: bad })).toEqual({ value: undefined, dropped: 1 });
    }
  });
});

describe("stored last year's file", () => {
  it("keeps a name with an 8-digit fingerprint and drops anything else", () => {
    expect(storedLastYear({ name: "2024年度材料.docx", print: "0a1b2c3d" })).toEqual({
      value: { name: "2024年度材料.docx", print: "0a1b2c3d" },
      dropped: 0,
    });
    expect(storedLastYear(undefined)).toEqual({ value: null, dropped: 0 });
    for (const bad of [
      "x.docx",
      { name: "x.docx" },
      { name: "", print: "0a1b2c3d" },
      { name: "x", print: "zz" },
    ]) {
      expect(storedLastYear(bad)).toEqual({ value: null, dropped: 1 });
    }
    expect(storedLastYear({ name: "长".repeat(256), print: "0a1b2c3d" }).dropped).toBe(1);
  });
});
