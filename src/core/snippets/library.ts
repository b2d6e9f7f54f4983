/**
 * The built-in phrase library. The snippets are data (one JSON file per category group under ./library);
 * this module only bundles them and names their shape.
 */
import opening from "./library/opening.json";
import priorYear from "./library/prior-year.json";
import problemsStudyPolitics from "./library/problems-study-politics.json";
import problemsPeopleDuty from "./library/problems-people-duty.json";
import problemsDisciplineStyle from "./library/problems-discipline-style.json";
import problemsPartyBuilding from "./library/problems-party-building.json";
import causes from "./library/causes.json";
import measuresStudyPolitics from "./library/measures-study-politics.json";
import measuresPeopleDuty from "./library/measures-people-duty.json";
import measuresDisciplineStyle from "./library/measures-discipline-style.json";
import measuresPartyBuilding from "./library/measures-party-building.json";
import closing from "./library/closing.json";
import criticism from "./library/criticism.json";
import type { CauseDepth, SnippetCategory, SnippetPart, SnippetTheme } from "./taxonomy";

export {
  CAUSE_DEPTHS,
  PART_OF_CATEGORY,
  SNIPPET_CATEGORIES,
  SNIPPET_PARTS,
  SNIPPET_THEMES,
} from "./taxonomy";
export type { CauseDepth, SnippetCategory, SnippetPart, SnippetTheme } from "./taxonomy";

export interface Snippet {
  /** Stable id ("problems-theory-01"); favourites and recents refer to it. */
  id: string;
  category: SnippetCategory;
  part: SnippetPart;
  /** Themes the snippet speaks to; empty for generic openings and closings. */
  themes: SnippetTheme[];
  /** Short label for the list, at most 16 characters. */
  title: string;
  /** The formulation; 【…】 marks a slot the writer must fill in. */
  text: string;
  /** Written for a leadership team (班子) rather than one person. */
  team?: boolean;
  /** Only a leading cadre (领导干部) can say it: 分管 work, 个人有关事项, 双重组织生活. */
  leader?: boolean;
  /** Causes only: the root the cause digs down to. */
  depth?: CauseDepth;
}

// JSON imports are typed loosely (category: string); the library integrity test checks every value.
const groups = [
  opening,
  priorYear,
  problemsStudyPolitics,
  problemsPeopleDuty,
  problemsDisciplineStyle,
  problemsPartyBuilding,
  causes,
  measuresStudyPolitics,
  measuresPeopleDuty,
  measuresDisciplineStyle,
  measuresPartyBuilding,
  closing,
  criticism,
] as unknown as Snippet[][];

export const builtinSnippets: Snippet[] = groups.flat();
