import type { LinkDecision, Link, Outline } from "../types";

/** Links every problem to the causes and measures that answer it. (Placeholder until the matcher lands.) */
export function matchLinks(outline: Outline, decisions: LinkDecision[]): Link[] {
  void outline;
  void decisions;
  return [];
}
