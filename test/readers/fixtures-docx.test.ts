/** Every fixture report reads the same from .txt, from a .docx with typed numbers and from Word's own lists. */
import { readFileSync } from "fs";
import { readOutline } from "../../src/core/outline/read-outline";
import type { Outline, Paragraph } from "../../src/core/types";
import { readDocx } from "../../src/readers/read-docx";
import { autoNumbered, makeDocx } from "../support/make-docx";
import { fixtureNames, readReport } from "../core/fixtures";

/** What a reviewer sees of the outline: which paragraphs are what, with which number and lead sentence. */
function summary(outline: Outline) {
  return {
    title: outline.title?.paragraph ?? null,
    parts: outline.parts.map((p) => [p.role, p.paragraph]),
    aspects: outline.aspects.map((a) => a.paragraph),
    problems: outline.problems.map((p) => [p.number, p.paragraph, p.title]),
    causes: outline.causes.map((c) => [c.paragraph, c.title]),
    measures: outline.measures.map((m) => [m.paragraph, m.title]),
    signature: outline.signature?.paragraph ?? null,
    date: outline.date?.paragraph ?? null,
  };
}

const texts = fixtureNames().filter((f) => f.file.endsWith(".txt"));

test("the fixtures include at least eight plain-text reports", () => {
  expect(texts.length).toBeGreaterThanOrEqual(8);
});

describe.each(texts)("$name as .docx", ({ file }) => {
  const fromText: Paragraph[] = readReport(file);
  const lines = readFileSync(file, "utf8")
    .replace(/\r?\n$/, "")
    .split(/\r?\n/);
  const expected = summary(readOutline(fromText));

  test("with typed numbers", () => {
    const paragraphs = readDocx(makeDocx(lines));
    expect(paragraphs.map((p) => p.text)).toEqual(fromText.map((p) => p.text));
    expect(summary(readOutline(paragraphs))).toEqual(expected);
  });

  test("with Word's automatic numbering", () => {
    const { blocks, options } = autoNumbered(lines);
    const paragraphs = readDocx(makeDocx(blocks, options));
    expect(paragraphs.some((p) => p.listString)).toBe(true);
    expect(summary(readOutline(paragraphs))).toEqual(expected);
  });
});
