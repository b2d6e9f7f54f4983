/** The passages of a report the comparisons look at. */
import type { Item, Outline } from "../types";

/** Problems, causes and measures, in that order. */
export function itemsOf(outline: Outline): Item[] {
  return [...outline.problems, ...outline.causes, ...outline.measures];
}
