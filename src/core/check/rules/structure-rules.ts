import type { Rule } from "../../types";
import { aspectCount } from "./aspect-count";
import { gluedStructure } from "./glued-structure";
import { missingPart } from "./missing-part";
import { missingSignature } from "./missing-signature";
import { missingTitle } from "./missing-title";
import { numbering } from "./numbering";
import { proportion } from "./proportion";

/** The structure rules, one module each. */
export const structureRules: Rule[] = [
  missingPart,
  gluedStructure,
  numbering,
  aspectCount,
  missingTitle,
  missingSignature,
  proportion,
];
