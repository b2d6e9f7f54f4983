/**
 * The template the 结构 tab builds from: a preset (restored from the document when one was saved there),
 * the writer's aspect list, personal or team, and the part headings.
 */
import { useMemo, useState } from "react";
import {
  PART_HEADINGS,
  findTemplate,
  templates,
  titleYear,
  type Template,
  type Variant,
} from "../../core/compose/templates";
import { useDocumentSettings } from "../document-settings";
import { DEFAULT_TEMPLATE_ID, effectiveTemplate, parseYear, restore } from "./template-choice";

export type PartHeadings = { problems: string; causes: string; measures: string };

export interface TemplateChoice {
  base: Template;
  aspects: string[];
  variant: Variant;
  headings: PartHeadings;
  /**
   * The title's year as the writer typed it: the chosen template's meeting year until they change it, or the
   * year saved in the document with the template.
   */
  yearText: string;
  /** The title's year, or null when yearText is not a year. */
  year: number | null;
  /** The year the template itself gives the title (the preset's meeting year). */
  templateYear: number;
  /** The template to insert, or why the aspect list cannot be used. */
  chosen: { template: Template } | { errors: string[] };
  choose(id: string | undefined): void;
  setAspects(aspects: string[]): void;
  resetAspects(): void;
  setVariant(variant: Variant): void;
  setHeadings(headings: PartHeadings): void;
  setYearText(text: string): void;
}

const defaultTemplate = (): Template => findTemplate(DEFAULT_TEMPLATE_ID) ?? templates[0]!;

export function useTemplateChoice(): TemplateChoice {
  const settings = useDocumentSettings();
  const initial = useMemo(() => restore(settings.read("template")), [settings]);
  const [base, setBase] = useState<Template>(initial?.base ?? defaultTemplate());
  const [aspects, setAspects] = useState<string[]>(initial?.aspects ?? [...base.aspects]);
  const [variant, setVariant] = useState<Variant>(initial?.variant ?? "personal");
  const [headings, setHeadings] = useState<PartHeadings>({
    problems: PART_HEADINGS.problems[0] as string,
    causes: PART_HEADINGS.causes[0] as string,
    measures: PART_HEADINGS.measures[0] as string,
  });
  // null: follow the template (a preset's meeting year; for an edited one, the year under review). A year
  // saved in the document with its template comes back as if typed.
  const [typedYear, setTypedYear] = useState<string | null>(
    initial?.year !== undefined ? String(initial.year) : null,
  );
  const chosen = effectiveTemplate(base, aspects);
  const templateYear = titleYear("template" in chosen ? chosen.template : base, new Date());
  const yearText = typedYear ?? String(templateYear);

  return {
    base,
    aspects,
    variant,
    headings,
    yearText,
    year: parseYear(yearText),
    templateYear,
    chosen,
    choose: (id) => {
      const next = id ? findTemplate(id) : undefined;
      if (!next) return;
      setBase(next);
      setAspects([...next.aspects]);
      setTypedYear(null);
    },
    setAspects,
    resetAspects: () => setAspects([...base.aspects]),
    setVariant,
    setHeadings,
    setYearText: setTypedYear,
  };
}
