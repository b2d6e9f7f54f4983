/**
 * Roots and symptoms (root-symptoms.json): which families a cause names as a root and which a problem shows as a
 * symptom, in its lead sentence and in its whole text. A cause naming a root and a problem showing its symptom
 * share a matter of note even when they share no word (宗旨意识 ↔ 回应诉求慢).
 */
import data from "./root-symptoms.json";
import { familiesNamed } from "./word-families";

export interface Families {
  /** Families named in the lead sentence. */
  lead: Set<number>;
  /** Families named anywhere in the item, lead included. */
  all: Set<number>;
}

const families = data.families;

const roots = families.map((family) => family.roots);
const symptoms = families.map((family) => family.symptoms);
const found = (text: string, side: "roots" | "symptoms") =>
  familiesNamed(side === "roots" ? roots : symptoms, text);

/** The families an item names: roots for a cause, symptoms for a problem, nothing for a measure. */
export function familiesOf(kind: string, title: string, text: string): Families {
  if (kind === "measure") return { lead: new Set(), all: new Set() };
  const side = kind === "cause" ? "roots" : "symptoms";
  const lead = found(title, side);
  const all = found(`${title}\n${text}`, side);
  return { lead, all };
}

/**
 * How strongly a cause's roots meet a problem's symptoms: 1 when both lead sentences name the family, half for
 * each side that names it only in its body, 0 when no family meets.
 */
export function rootSymptom(problem: Families, cause: Families): { strength: number; name: string } {
  let best = { strength: 0, name: "" };
  for (const f of cause.all) {
    if (!problem.all.has(f)) continue;
    const strength = (cause.lead.has(f) ? 1 : 0.5) * (problem.lead.has(f) ? 1 : 0.5);
    if (strength > best.strength) best = { strength, name: families[f]?.name ?? "" };
  }
  return best;
}
