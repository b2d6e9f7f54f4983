/** The structure and format verbs bound to the globals (real Office.js or the installed host). */
import { createFormatVerbs, createStructureVerbs } from "../../word";

export const structureVerbs = createStructureVerbs();
export const formatVerbs = createFormatVerbs();
