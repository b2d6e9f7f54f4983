/** The template the writer chose: the presets by year, the writer's aspects, and the choice as the document keeps it. */
import {
  customTemplate,
  findTemplate,
  normalizeAspect,
  templates,
  type Template,
  type Variant,
} from "../../core/compose/templates";
import type { SavedTemplate } from "../document-settings";

export const DEFAULT_TEMPLATE_ID = "2025-democratic-life";

/** Presets grouped by year, newest first, for the picker. */
export function templatesByYear(): { year: number; templates: Template[] }[] {
  const years = [...new Set(templates.map((t) => t.year))].sort((a, b) => b - a);
  return years.map((year) => ({ year, templates: templates.filter((t) => t.year === year) }));
}

/** A title year the writer typed (four digits, 2000–2099), or null. */
export function parseYear(text: string): number | null {
  const digits = text.trim().replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  return /^20\d\d$/.test(digits) ? Number(digits) : null;
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

/** What 插入完整框架 keeps in the document: the template as the check reads it, and the title's year. */
export function savedOf(template: Template, variant: Variant, year: number): Required<SavedTemplate> {
  return {
    id: template.id,
    aspects: [...template.aspects],
    priorYear: template.priorYear,
    kind: variant,
    meeting: template.meeting,
    year,
  };
}

/** The choice a saved template restores (its title year when one was saved); null without a known preset id. */
export function restore(
  saved: SavedTemplate | null,
): { base: Template; aspects: string[]; variant: Variant; year?: number } | null {
  const base = saved?.id ? findTemplate(saved.id.replace(/^custom:/, "")) : undefined;
  if (!saved || !base) return null;
  return {
    base,
    aspects: [...(saved.aspects ?? base.aspects)],
    variant: saved.kind === "team" ? "team" : "personal",
    ...(saved.year !== undefined && { year: saved.year }),
  };
}
