/**
 * The signals of one problem–target pair, each between 0 and 1. The fitted model (weights.json) turns them
 * into a probability; the evidence shown to the writer comes from the same pass.
 */
import type { ItemVector, Weighted } from "./vectors";
import { THEMES } from "../../themes";
import { broadWords } from "./content-words";
import { rootSymptom } from "./root-symptoms";

/** A shared word carries weight when it gives at least this share of the pair's word similarity. */
const CARRYING_SHARE = 0.1;

/** The order the model's pair weights follow (weights.json lists the same names). */
export const PAIR_SIGNALS = [
  "cosine",
  "gramCosine",
  "problemCoverage",
  "targetCoverage",
  "problemGramCoverage",
  "targetGramCoverage",
  "theme",
  "themeDepth",
  "themeOnly",
  "order",
  "samePlace",
  "referencesOthers",
  "rareShared",
  "rareInLead",
  "quoteShared",
  "viaCause",
  "rootSymptom",
  "aspectInLead",
] as const;
export type PairSignal = (typeof PAIR_SIGNALS)[number];

export interface PairEvidence {
  signals: Record<PairSignal, number>;
  /** Shared content words that carried weight in the score, strongest first (broad words never do). */
  words: string[];
  /** Names of the themes both items are mostly about. */
  themes: string[];
  /** The root family both leads name, the cause its root and the problem a symptom (宗旨与群众). */
  root: string | null;
}

function cosine(a: Weighted, b: Weighted, shared?: [string, number][]): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  // Iterate the smaller map.
  const [small, large] = a.weights.size <= b.weights.size ? [a.weights, b.weights] : [b.weights, a.weights];
  let dot = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other === undefined) continue;
    dot += weight * other;
    shared?.push([term, weight * other]);
  }
  return dot / (a.norm * b.norm);
}

function countShared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const term of a) if (b.has(term)) n++;
  return n;
}

/** Share of one item's lead (by idf) that the other item's text holds. */
function coverage(lead: Map<string, number>, mass: number, by: Map<string, number>): number {
  if (mass === 0) return 0;
  let covered = 0;
  for (const [term, weight] of lead) if (by.has(term)) covered += weight;
  return covered / mass;
}

export interface PairContext {
  /** The targets are as many as the aspects, so their order may follow the aspects'. */
  mirrors: boolean;
  /** The target names other problems explicitly, and not this one. */
  referencesOthers: boolean;
  /** Measures as many as causes: the probability that the cause at this measure's place explains the problem. */
  viaCause: number;
}

/** The shared words that carried weight: not broad, and a fair share of the dot product. */
function carrying(shared: [string, number][]): string[] {
  const dot = shared.reduce((sum, [, product]) => sum + product, 0);
  return shared
    .filter(([term, product]) => !broadWords.has(term) && product >= CARRYING_SHARE * dot)
    .map(([term]) => term);
}

export function pairEvidence(p: ItemVector, t: ItemVector, context: PairContext): PairEvidence {
  const { mirrors, referencesOthers } = context;
  const shared: [string, number][] = [];
  const wordCosine = cosine(p.words, t.words, shared);
  let themeDot = 0;
  let depth = 0;
  const sharedThemes: string[] = [];
  p.themes.forEach((weight, i) => {
    const other = t.themes[i] ?? 0;
    if (weight > 0 && other > 0) {
      themeDot += weight * other;
      depth += Math.min(p.themeDepth[i] ?? 0, t.themeDepth[i] ?? 0);
      sharedThemes.push(THEMES[i]?.name ?? "");
    }
  });
  const theme = p.themeNorm > 0 && t.themeNorm > 0 ? themeDot / (p.themeNorm * t.themeNorm) : 0;
  const rareShared = countShared(p.rare, t.rare);
  let rareInLead = 0;
  for (const term of p.rare)
    if (t.rare.has(term) && (p.titleTerms.has(term) || t.titleTerms.has(term))) rareInLead++;
  shared.sort((a, b) => b[1] - a[1]);
  const root = t.item.kind === "cause" ? rootSymptom(p.families, t.families) : { strength: 0, name: "" };
  return {
    signals: {
      cosine: wordCosine,
      gramCosine: cosine(p.grams, t.grams),
      problemCoverage: coverage(p.titleTerms, p.titleMass, t.words.weights),
      targetCoverage: coverage(t.titleTerms, t.titleMass, p.words.weights),
      problemGramCoverage: coverage(p.titleGrams, p.titleGramMass, t.grams.weights),
      targetGramCoverage: coverage(t.titleGrams, t.titleGramMass, p.grams.weights),
      theme,
      themeDepth: Math.min(1, depth / 4),
      // A shared theme with no shared word of note: the weakest kind of evidence.
      themeOnly: rareShared === 0 && wordCosine < 0.03 ? theme : 0,
      order: mirrors && p.aspectValue !== null && p.aspectValue === t.value ? 1 : 0,
      // Writers tend to take the causes and measures in the order of the problems.
      samePlace: Math.max(0, 1 - 2 * Math.abs(p.place - t.place)),
      referencesOthers: referencesOthers ? 1 : 0,
      rareShared: Math.min(3, rareShared) / 3,
      // ...and those in either lead sentence, where an item says what it is about.
      rareInLead: Math.min(2, rareInLead) / 2,
      quoteShared: countShared(p.quotes, t.quotes) > 0 ? 1 : 0,
      viaCause: context.viaCause,
      // The cause names a root of which the problem shows a symptom (宗旨意识 ↔ 回应诉求慢).
      rootSymptom: root.strength,
      // The target's lead names what the problem's aspect heading names (理论学习方面 ↔ 理论学习的自觉性不够).
      aspectInLead: [...p.aspectWords].some((w) => t.titleTerms.has(w)) ? 1 : 0,
    },
    words: carrying(shared),
    themes: sharedThemes,
    root: root.strength >= 1 ? root.name : null,
  };
}
