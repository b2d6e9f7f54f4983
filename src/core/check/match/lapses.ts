/**
 * Concrete matters a problem can be about (lapse-domains.json: 保密, 档案, 报送时限 …). An abstract cause or a
 * general measure does not answer a lapse of that kind unless it names the matter itself, so a problem whose
 * lead names one that no cause (or no measure) names is likely left unanswered, whatever theme they share.
 */
import data from "./lapse-domains.json";
import { familiesNamed } from "./word-families";

const domains = data.domains;
const problemWords = domains.map((d) => d.problem);
// A cause or measure names a matter by its own words or by the words a problem would use.
const answerWords = domains.map((d) => [...d.answer, ...d.problem]);

/** The matters a problem's lead sentence is about. */
export const lapsesOfProblem = (title: string): Set<number> => familiesNamed(problemWords, title);

/** The matters a cause or measure speaks of, anywhere in its text. */
export const lapsesOfTarget = (title: string, text: string): Set<number> =>
  familiesNamed(answerWords, `${title}\n${text}`);

/**
 * The matter a problem is about when the targets name none of its matters (the problem's first), else null: the
 * `lapse` gap of the missing layer and the matter its warning names.
 */
export function unnamedMatter(problem: Set<number>, named: Set<number>): number | null {
  const [first] = problem;
  return first !== undefined && ![...problem].some((l) => named.has(l)) ? first : null;
}

/**
 * For a part's causes or measures: the name of the matter a problem's lead is about that none of them names, or
 * null. What the targets name is read once, for all the problems asked about.
 */
export function unnamedLapses(
  targets: readonly { title: string; text: string }[],
): (problem: { title: string }) => string | null {
  const named = new Set(targets.flatMap((t) => [...lapsesOfTarget(t.title, t.text)]));
  return (problem) => {
    const matter = unnamedMatter(lapsesOfProblem(problem.title), named);
    return matter === null ? null : (domains[matter]?.name ?? null);
  };
}
