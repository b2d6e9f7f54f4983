import { check } from "../../src/core/check";
import { buildSkeleton } from "../../src/core/compose/skeleton";
import { templates } from "../../src/core/compose/templates";

// A fresh skeleton is a correct report with blanks: the check must ask for the blanks and nothing else.
describe.each(templates.map((t) => [t.id, t] as const))("skeleton of %s", (_, template) => {
  test.each(["personal", "team"] as const)("%s: only its slots are flagged", (variant) => {
    const blocks = buildSkeleton(template, { variant, date: new Date(2025, 2, 5) });
    const result = check(
      blocks.map((b) => ({ text: b.text })),
      { expect: { aspects: template.aspects, kind: variant } },
    );
    expect(result.findings.filter((f) => f.rule !== "placeholder")).toEqual([]);
    expect(result.findings.some((f) => f.rule === "placeholder")).toBe(true);
  });
});
