/** The template the writer chose, as saved in the document (saveSetting("template", …)) for the check. */
import {
  customTemplate,
  findTemplate,
  normalizeAspect,
  templates,
  type Template,
  type Variant,
} from "../../core/compose/templates";

export interface SavedTemplate {
  id: string;
  aspects: string[];
  priorYear: boolean;
  kind: "personal" | "team";
  /** The check's length threshold depends on it. */
  meeting: Template["meeting"];
}

export const DEFAULT_TEMPLATE_ID = "2025-democratic-life";

/** Presets grouped by year, newest first, for the picker. */
export function templatesByYear(): { year: number; templates: Template[] }[] {
  const years = [...new Set(templates.map((t) => t.year))].sort((a, b) => b - a);
  return years.map((year) => ({ year, templates: templates.filter((t) => t.year === year) }));
}

/** The preset with the writer's aspect list, or the reasons the list cannot be used. */
export function effectiveTemplate(
  base: Template,
  aspects: string[],
): { template: Template } | { errors: string[] } {
  const same =
    aspects.length === base.aspects.length && aspects.every((a, i) => normalizeAspect(a) === base.aspects[i]);
  return same ? { template: base } : customTemplate(base, aspects);
}

export function savedOf(template: Template, variant: Variant): SavedTemplate {
  return {
    id: template.id,
    aspects: [...template.aspects],
    priorYear: template.priorYear,
    kind: variant,
    meeting: template.meeting,
  };
}

/** Reads back a saved choice; unknown ids fall back to the default preset. */
export function restore(saved: unknown): { base: Template; aspects: string[]; variant: Variant } | null {
  if (!saved || typeof saved !== "object") return null;
  const s = saved as Partial<SavedTemplate>;
  const id = typeof s.id === "string" ? s.id.replace(/^custom:/, "") : "";
  const base = findTemplate(id);
  if (!base) return null;
  const aspects = Array.isArray(s.aspects)
    ? s.aspects.filter((a): a is string => typeof a === "string")
    : base.aspects;
  return { base, aspects, variant: s.kind === "team" ? "team" : "personal" };
}
