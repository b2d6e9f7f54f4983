/**
 * The report's styles as the simulated document holds them once 一键排版 has defined them, for a sample
 * that arrives typeset. The same formats the gateway writes into its OOXML styles part.
 */
import { formatOf, TEXT_ROLES, type ParagraphFormat } from "../core/compose/typesetting";
import type { HostStyle } from "./host";

export function hostStyle(f: ParagraphFormat): HostStyle {
  return {
    name: f.style.name,
    id: f.style.id,
    font: { name: f.fontName, nameFarEast: f.eastAsianFont, size: f.size, bold: f.bold },
    alignment: f.alignment,
    firstLineIndent: f.firstLineIndent,
    leftIndent: 0,
    lineSpacing: f.lineSpacing,
    lineSpacingRule: "exact",
    spaceBefore: 0,
    spaceAfter: 0,
    outlineLevel: f.style.outlineLevel ?? 10,
  };
}

/** Every report style, once (signature and date share one). */
export function reportStyles(): HostStyle[] {
  const seen = new Map<string, HostStyle>();
  for (const role of TEXT_ROLES) {
    const f = formatOf(role);
    if (!seen.has(f.style.id)) seen.set(f.style.id, hostStyle(f));
  }
  return [...seen.values()];
}
