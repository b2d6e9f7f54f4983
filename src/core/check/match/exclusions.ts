/**
 * Problems the writer's own wording leaves out of one kind's answers. A broad cause or measure may set a
 * problem aside: 除第8条外，上述问题的根源在于… / 以上问题，除了花名册那件事另当别论，其余… And when every
 * measure says which problems it answers (针对问题2…, 对应第（三）方面…), a problem none of them names was left out.
 * Either way the problem is suspect (only a strong pair links it), and a broad target that sets it aside is no
 * pair of it.
 */
import type { Item, Outline } from "../../types";
import { broadWords, contentWords } from "./content-words";
import { itemValue, WRITTEN_NUMBER, writtenValue } from "./item-numbers";
import type { ItemVector } from "./vectors";

const SET_ASIDE = /除(?:了|开)?([^，,。；;：:]{1,40}?)(?:以外|之外|另当别论|另说|外)/u;
/** Set-aside words name a problem (…那件事, …的问题, 第8条) and not a cause (除了客观原因外, 除特殊情况外). */
const NAMES_A_PROBLEM = /事|问题|条|项/u;
const NAMES_A_CAUSE = /原因|因素|客观|主观|条件|情况|环境/u;
const NUMBERED = new RegExp(`第\\s*(${WRITTEN_NUMBER})\\s*(?:个|条|项)?|问题\\s*(${WRITTEN_NUMBER})`, "u");
/** The set-aside words must come early, where the claim to cover everything is made. */
const LEAD_MARGIN = 80;

/** Why a problem is left out: the broad target that sets it aside, with its words (第8条, 花名册那件事); or no one target. */
export type LeftOut = { by: Item; words: string } | { by: null };

/** The problem the words name: by its number, else the one problem that holds the rarest of their words. */
function problemNamed(words: string, outline: Outline): Item | null {
  const numbered = NUMBERED.exec(words);
  if (numbered) {
    const value = writtenValue(numbered[1] ?? numbered[2] ?? "");
    const same = outline.problems.filter((p, i) => itemValue(p, i) === value);
    // Numbers that restart in each aspect name no one problem: then the count runs over the whole list.
    return same.length === 1 ? same[0]! : (outline.problems[value - 1] ?? null);
  }
  const terms = contentWords(words).filter((w) => !broadWords.has(w));
  if (terms.length === 0) return null;
  const held = outline.problems.map((p) => new Set(contentWords(p.text)));
  const rarity = (term: string) => Math.log((1 + held.length) / held.filter((h) => h.has(term)).length);
  const weights = held.map((h) => terms.reduce((sum, t) => sum + (h.has(t) ? rarity(t) : 0), 0));
  const best = Math.max(...weights);
  const at = weights.indexOf(best);
  return best > 0 && weights.lastIndexOf(best) === at ? outline.problems[at]! : null;
}

/** problem id → why the wording of one kind's targets (their vectors, which know which are broad) leaves it out. */
export function leftOutProblems(
  outline: Outline,
  targets: readonly ItemVector[],
  references: Map<string, Map<string, string>>,
): Map<string, LeftOut> {
  const result = new Map<string, LeftOut>();
  for (const { item, broad } of targets) {
    if (!broad) continue;
    const words = SET_ASIDE.exec(item.text.slice(0, item.title.length + LEAD_MARGIN))?.[1];
    const named = words !== undefined && NAMES_A_PROBLEM.test(words) && !NAMES_A_CAUSE.test(words);
    const problem = named ? problemNamed(words, outline) : null;
    if (problem && words) result.set(problem.id, { by: item, words });
  }
  // Every target names its problems (and none claims them all): a problem none names is not answered here.
  if (targets.length >= 2 && targets.every((t) => !t.broad && references.has(t.item.id))) {
    const named = new Set(targets.flatMap((t) => [...references.get(t.item.id)!.keys()]));
    for (const problem of outline.problems) if (!named.has(problem.id)) result.set(problem.id, { by: null });
  }
  return result;
}
