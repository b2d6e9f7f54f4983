import * as fs from "fs";
import * as path from "path";
import type { CheckOptions } from "../../src/core/types";
import { FIXTURES, fixture, runWording, spanText } from "./helpers";

interface Seeded {
  options?: CheckOptions;
  hits: { rule: string; paragraph: number; text: string; fix?: string }[];
}

const PARAGRAPH_RULES = ["term", "repeated-text", "placeholder", "punctuation"];
const files = fs.readdirSync(FIXTURES);

describe("clean fixtures", () => {
  const clean = files.filter((f) => f.startsWith("clean-") && f.endsWith(".txt"));
  it("there are at least three", () => expect(clean.length).toBeGreaterThanOrEqual(3));
  it.each(clean)("%s raises no term, repeated-text, placeholder or punctuation finding", (name) => {
    const paragraphs = fixture(name);
    expect(paragraphs.map((p) => p.text).join("").length).toBeGreaterThan(900);
    const found = runWording(paragraphs).filter((f) => PARAGRAPH_RULES.includes(f.rule));
    expect(found.map((f) => `${f.paragraph} ${f.rule} ${spanText(paragraphs, f)}`)).toEqual([]);
  });
});

describe("flawed fixtures", () => {
  const flawed = files.filter((f) => f.startsWith("flawed-") && f.endsWith(".txt"));
  it.each(flawed)(
    "%s: every seeded flaw is found at its exact span, and nothing else by the text rules",
    (name) => {
      const seeded = JSON.parse(
        fs.readFileSync(path.join(FIXTURES, name.replace(/\.txt$/, ".seeded.json")), "utf8"),
      ) as Seeded;
      const paragraphs = fixture(name);
      const found = runWording(paragraphs, seeded.options ?? {});
      const unused = [...found];
      for (const hit of seeded.hits) {
        const at = unused.findIndex(
          (f) =>
            f.rule === hit.rule &&
            f.paragraph === hit.paragraph &&
            (f.offset !== undefined ? spanText(paragraphs, f) === hit.text : f.message.includes(hit.text)) &&
            (hit.fix === undefined || f.fix?.replacement === hit.fix),
        );
        expect({ hit, found: at >= 0 }).toEqual({ hit, found: true });
        unused.splice(at, 1);
      }
      const extra = unused.filter((f) => PARAGRAPH_RULES.includes(f.rule));
      expect(extra.map((f) => `${f.paragraph} ${f.rule} ${spanText(paragraphs, f)}`)).toEqual([]);
    },
  );
});
