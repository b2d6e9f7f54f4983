/**
 * The library must pass our own check: each snippet, its slots filled with neutral words, is put in its part
 * of a report and checked. Nothing on its paragraph may be a warning or an error, and the rules that judge
 * that part's content stay silent too (a measure must be concrete by its own words, not through a slot).
 * Correspondence findings are left out: whether a cause or measure answers the snippet depends on the rest.
 */
import { check } from "../../src/core/check";
import { findRule } from "../../src/core/check/rules";
import { buildSkeleton, SLOT } from "../../src/core/compose/skeleton";
import { findTemplate } from "../../src/core/compose/templates";
import { builtinSnippets, type Snippet } from "../../src/core/snippets/library";

const FILLER = "有关内容";
const fill = (text: string) => text.replace(/【[^【】]*】/g, FILLER);

/** Content rules that judge a part, beyond warnings and errors. */
const JUDGES: Record<string, string[]> = {
  problems: ["praise-then-criticism", "disguised-praise"],
  causes: ["objective-causes"],
  measures: ["vague-measure"],
};

/** The report the snippet goes into, and the paragraph it takes. */
function placed(snippet: Snippet): { texts: string[]; at: number } {
  const id = snippet.leader || snippet.team ? "2024-democratic-life" : "2024-organization-life";
  const blocks = buildSkeleton(findTemplate(id)!, {
    variant: snippet.team ? "team" : "personal",
    date: new Date(2026, 11, 1),
    priorYear: true,
  });
  const texts = blocks.map((b) => b.text);
  const find = (test: (text: string) => boolean) => texts.findIndex(test);
  const text = fill(snippet.text);
  const at = {
    opening: () => 1,
    "prior-year": () => find((t) => t === SLOT.priorYear),
    problems: () => find((t) => t.startsWith("1.【")),
    causes: () => find((t) => t.startsWith("（一）【概括原因】")),
    measures: () => find((t) => t.startsWith("（一）【概括整改方向】")),
    closing: () => find((t) => t === SLOT.closing),
    criticism: () => find((t) => t === SLOT.closing),
  }[snippet.part]();
  const prefix = { problems: "1.", causes: "（一）", measures: "（一）" }[snippet.part as string] ?? "";
  texts[at] = prefix + text;
  return { texts, at };
}

describe("every built-in snippet passes the check in its part", () => {
  it.each(builtinSnippets.map((s) => [s.id, s] as const))("%s", (_, snippet) => {
    const { texts, at } = placed(snippet);
    const result = check(
      texts.map((text) => ({ text })),
      { expect: { kind: snippet.team ? "team" : "personal" } },
    );
    const judges = JUDGES[snippet.part] ?? [];
    const flagged = result.findings
      .filter((f) => f.paragraph === at && findRule(f.rule)?.category !== "correspondence")
      .filter((f) => f.severity !== "info" || judges.includes(f.rule))
      .map((f) => `${f.rule}: ${f.message}`);
    expect(flagged).toEqual([]);
  });

  it("puts each snippet where the check reads it as its part", () => {
    for (const part of ["problems", "causes", "measures"] as const) {
      const snippet = builtinSnippets.find((s) => s.part === part)!;
      const { texts, at } = placed(snippet);
      const items = check(texts.map((text) => ({ text }))).outline[part];
      expect(items.some((item) => item.paragraph === at)).toBe(true);
    }
  });
});
