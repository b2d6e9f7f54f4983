/** Whether a problem or a measure names something concrete (cues.json); shared by the two rules that ask. */
import type { Item } from "../../types";
import cues from "./cues.json";
import { hasSlots } from "./placeholders";

const slogan = new RegExp(cues.slogan, "g");
const CUES = {
  problem: Object.values(cues.problemConcrete).map((source) => new RegExp(source)),
  measure: Object.values(cues.measureConcrete).map((source) => new RegExp(source)),
};

/** A quoted slogan (“四个意识”, “三会一课”) names nothing of the writer's own, so it is left out first. */
export function isConcrete(text: string, kind: keyof typeof CUES): boolean {
  const own = text.replace(slogan, "");
  return CUES[kind].some((re) => re.test(own));
}

/**
 * The items that name nothing concrete. Items that still have 【…】 slots wait: the placeholder rule already
 * asks for those, and judging a draft's content is noise.
 */
export function vagueItems(items: Item[], kind: keyof typeof CUES): Item[] {
  return items.filter((item) => !hasSlots(item.text) && !isConcrete(item.text, kind));
}
