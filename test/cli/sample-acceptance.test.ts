/**
 * Acceptance on the shared sample report (../shared, absent on CI: the suite then skips itself).
 * The same report as .txt, as .docx with literal numbers and as .docx numbered by Word lists must
 * give the same outline.
 */
import { readFileSync } from "node:fs";
import { readDocx } from "../../src/readers/read-docx";
import { readText } from "../../src/readers/read-text";
import type { ReportJson } from "../../src/core/check/json-report";
import { autoNumbered, makeDocx } from "../support/make-docx";
import { describeWithSample, SAMPLE_OUTLINE, SAMPLE_PATH as sample } from "../support/shared-sample";
import { cli, TempDir } from "./cli-helpers";

describeWithSample("the shared sample report", () => {
  let tmp: TempDir;
  let lines: string[];
  let literal: string;
  let numbered: string;

  beforeAll(() => {
    tmp = new TempDir();
    lines = readText(readFileSync(sample)).map((p) => p.text);
    literal = tmp.file("literal.docx", makeDocx(lines));
    const { blocks, options } = autoNumbered(lines);
    numbered = tmp.file("numbered.docx", makeDocx(blocks, options));
  });
  afterAll(() => tmp.remove());

  it("turns every number into a Word list number, 1–10 running on across the five aspects", () => {
    const ps = readDocx(readFileSync(numbered));
    expect(ps).toHaveLength(lines.length);
    expect(ps.map((p) => (p.listString ?? "") + p.text)).toEqual(lines);
    const items = ps.map((p) => p.listString ?? "").filter((s) => /^\d/.test(s));
    expect(items).toEqual(["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9.", "10."]);
    const headings = ps.map((p) => p.listString ?? "").filter((s) => /^[一二三]、$/.test(s));
    expect(headings).toEqual(["一、", "二、", "三、"]);
    expect(ps.filter((p) => /^[（(]/.test(p.listString ?? ""))).toHaveLength(11);
    expect(ps.every((p) => !/^(\d+\.|[一二三]、|（[一二三四五]）)/.test(p.text))).toBe(true);
  });

  it("gives the same outline for the .txt, the literal .docx and the Word-numbered .docx", () => {
    const r = cli(["check", "--json", sample, literal, numbered]);
    expect(r.stderr).toBe("");
    const [fromText, fromLiteral, fromNumbered] = JSON.parse(r.stdout) as ReportJson[];
    if (!fromText || !fromLiteral || !fromNumbered) throw new Error("expected three reports");

    expect(fromText.paragraphs).toBe(lines.length);
    expect({
      roles: fromText.outline.parts.map((p) => p.role),
      aspects: fromText.outline.aspects.length,
      problems: fromText.problems.map((p) => p.number),
      causes: fromText.causes.length,
      measures: fromText.measures.length,
    }).toEqual(SAMPLE_OUTLINE);

    const outlineOf = ({ file, findings, ...rest }: ReportJson) => {
      void file;
      void findings;
      return rest;
    };
    expect(outlineOf(fromLiteral)).toEqual(outlineOf(fromText));
    expect(fromLiteral.findings).toEqual(fromText.findings);
    expect(outlineOf(fromNumbered)).toEqual(outlineOf(fromText));
  });
});
