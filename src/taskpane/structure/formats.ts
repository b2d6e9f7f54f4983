/** Core typesetting (per text role) turned into the gateway's paragraph formats, run-in leads included. */
import { readOutline } from "../../core/outline/read-outline";
import type { SkeletonBlock } from "../../core/compose/skeleton";
import {
  formatBlocks,
  formatPlan,
  type LeadFormat,
  type ParagraphFormat as CoreFormat,
  type TypesettingSettings,
} from "../../core/compose/typesetting";
import type { Paragraph } from "../../core/types";
import type { ElementPlan } from "../../core/compose/elements";
import type { FormattedBlock, ParagraphFormat, StructureEdit } from "../../word";

/** The gateway's format: the core's, plus the lead that keeps its heading font when there is one. */
function withLead(format: CoreFormat, lead: LeadFormat | undefined): ParagraphFormat {
  return lead ? { ...format, lead } : format;
}

export function formattedBlocks(
  blocks: readonly SkeletonBlock[],
  settings: TypesettingSettings,
): FormattedBlock[] {
  const formats = formatBlocks(blocks, settings);
  return blocks.map((b, i) => ({ text: b.text, format: withLead(formats[i]!.format, formats[i]!.lead) }));
}

/** One entry per paragraph: its format, or null where the typesetting leaves it alone. */
export function typesetPlan(
  paragraphs: Paragraph[],
  settings: TypesettingSettings,
): (ParagraphFormat | null)[] {
  const out: (ParagraphFormat | null)[] = paragraphs.map(() => null);
  for (const e of formatPlan(readOutline(paragraphs), settings))
    out[e.paragraph] = withLead(e.format, e.lead);
  return out;
}

/** A planned element (新增问题…, a numbered slot) as the gateway's edit, checked against `paragraphs`. */
export function elementEdit(
  plan: Exclude<ElementPlan, { error: string }>,
  paragraphs: readonly Paragraph[],
  settings: TypesettingSettings,
): StructureEdit {
  return {
    edits: plan.edits,
    insert: {
      after: plan.insertAfter,
      expectText: paragraphs[plan.insertAfter]?.text ?? "",
      blocks: formattedBlocks(plan.blocks, settings),
    },
  };
}
