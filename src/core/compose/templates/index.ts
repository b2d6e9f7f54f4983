/** The meeting templates: presets, look-up, and user-edited (custom) templates with validation. */
import { presets } from "./presets";
import type { Template } from "./template-types";

export type { MeetingKind, ProportionThreshold, Template, Variant, WriterKind } from "./template-types";
export { PROPORTION, writerKind } from "./presets";
export { CASE_STUDY_HEADING, PART_HEADINGS } from "./headings";

export const templates: readonly Template[] = presets;

export function findTemplate(id: string): Template | undefined {
  return templates.find((t) => t.id === id);
}

export const MIN_ASPECTS = 1;
export const MAX_ASPECTS = 20;
export const MIN_ASPECT_CHARS = 2;
export const MAX_ASPECT_CHARS = 40;

/** An aspect as the user typed it, without blanks and the 方面 a heading adds. */
export function normalizeAspect(name: string): string {
  return name
    .replace(/[\s\u3000]+/g, "")
    .replace(/^[“"]|[”"]$/g, "")
    .replace(/方面$/, "");
}

/** The level-2 heading text for an aspect: names ending in 情况 keep it, the others get 方面. */
export function aspectHeading(name: string): string {
  return /(方面|情况)$/.test(name) ? name : `${name}方面`;
}

/** Chinese messages for everything wrong with an aspect list; empty when it is usable. */
export function validateAspects(aspects: readonly string[]): string[] {
  const names = aspects.map(normalizeAspect);
  const errors: string[] = [];
  const filled = names.filter((n) => n !== "");
  if (filled.length < MIN_ASPECTS) {
    errors.push("方面列表是空的：请至少填写1个方面，例如“理论学习”。");
    return errors;
  }
  if (filled.length > MAX_ASPECTS) {
    errors.push(
      `方面太多：现在有${filled.length}个，最多${MAX_ASPECTS}个。请合并相近的方面，或删去通知没有要求的方面。`,
    );
  }
  const seen = new Map<string, number>();
  names.forEach((name, i) => {
    const at = `第${i + 1}个方面`;
    if (name === "") {
      errors.push(`${at}是空的：请填写内容或删去这一行。`);
      return;
    }
    if (name.length < MIN_ASPECT_CHARS)
      errors.push(`${at}“${name}”太短：至少${MIN_ASPECT_CHARS}个字，请写出完整的方面名称。`);
    if (name.length > MAX_ASPECT_CHARS)
      errors.push(
        `${at}“${name.slice(0, 12)}……”太长：有${name.length}个字，最多${MAX_ASPECT_CHARS}个字。请精简为小标题能用的短语。`,
      );
    const first = seen.get(name);
    if (first !== undefined) errors.push(`${at}“${name}”与第${first + 1}个方面重复：请删去其中一个。`);
    else seen.set(name, i);
  });
  return errors;
}

/**
 * The year a new report's title names: a preset's own meeting year; for an edited template the year under
 * review, which is the current one except for 年度 meetings written in January to March, which review the
 * year before (2025年度民主生活会 met in January and February 2026).
 */
export function titleYear(template: Template, today: Date): number {
  if (!template.custom) return template.year;
  const year = today.getFullYear();
  return template.titleMeeting.startsWith("年度") && today.getMonth() < 3 ? year - 1 : year;
}

/** A user-edited template built on `base`, or the reasons it cannot be used. */
export function customTemplate(
  base: Template,
  aspects: readonly string[],
  label?: string,
): { template: Template } | { errors: string[] } {
  const errors = validateAspects(aspects);
  if (errors.length > 0) return { errors };
  const names = aspects.map(normalizeAspect).filter((n) => n !== "");
  return {
    template: {
      ...base,
      id: `custom:${base.id}`,
      label: label?.trim() || `${base.label}（自定义方面）`,
      aspects: names,
      extraAspects: undefined,
      // The writer has now set the aspects: they are no longer ours to be checked or replaced.
      verify: undefined,
      provisional: undefined,
      custom: true,
    },
  };
}
