import { readFileSync } from "fs";
import { join } from "path";
import { check } from "../../src/core/check";
import { numberingRule } from "../../src/core/check/rules/numbering";
import { rulesIn } from "../../src/core/check/rules";

/** The rules about the report's shape: its parts, title, signature, proportions and numbers. */
const structureRules = [...rulesIn("structure"), numberingRule];
import { fixtureNames, readReport, REPORTS } from "./fixtures";

interface Expected {
  title: number | null;
  parts: { role: string; paragraph: number }[];
  aspects: number[];
  problems: { number: string; paragraph: number; title: string }[];
  causes: { paragraph: number; title: string }[];
  measures: { paragraph: number; title: string }[];
  signature: number | null;
  date: number | null;
  rules: string[];
}

const fixtures = fixtureNames();

it("has at least eight fixture reports", () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(8);
});

describe.each(fixtures)("$name", ({ name, file }) => {
  const expected = JSON.parse(readFileSync(join(REPORTS, `${name}.expected.json`), "utf8")) as Expected;
  const { outline, findings } = check(readReport(file), {}, structureRules);

  it("finds the title, parts and aspects", () => {
    expect(outline.title?.paragraph ?? null).toBe(expected.title);
    expect(outline.parts.map((p) => ({ role: p.role, paragraph: p.paragraph }))).toEqual(expected.parts);
    expect(outline.aspects.map((a) => a.paragraph)).toEqual(expected.aspects);
  });

  it("finds every problem with its number and lead sentence", () => {
    expect(
      outline.problems.map((p) => ({ number: p.number, paragraph: p.paragraph, title: p.title })),
    ).toEqual(expected.problems);
  });

  it("finds every cause and measure", () => {
    expect(outline.causes.map((c) => ({ paragraph: c.paragraph, title: c.title }))).toEqual(expected.causes);
    expect(outline.measures.map((m) => ({ paragraph: m.paragraph, title: m.title }))).toEqual(
      expected.measures,
    );
  });

  it("finds the signature and date", () => {
    expect(outline.signature?.paragraph ?? null).toBe(expected.signature);
    expect(outline.date?.paragraph ?? null).toBe(expected.date);
  });

  it("reports exactly the expected structural rules", () => {
    expect([...new Set(findings.map((f) => f.rule))].sort()).toEqual(expected.rules);
  });

  it("numbers items in document order and keeps each item's text inside its span", () => {
    for (const [list, prefix] of [
      [outline.problems, "P"],
      [outline.causes, "C"],
      [outline.measures, "M"],
    ] as const) {
      list.forEach((item, i) => {
        expect(item.id).toBe(`${prefix}${i + 1}`);
        expect(item.end).toBeGreaterThan(item.start);
        expect(item.text.startsWith(item.title)).toBe(true);
      });
    }
  });
});
