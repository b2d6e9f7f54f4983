/** Per-user choices of the 结构 tab (bold per level, numbering, counts) in localStorage, like user-prefs. */
import type { TextRole } from "../../core/typesetting";

export interface StructurePrefs {
  bold: Partial<Record<TextRole, boolean>>;
  problemsPerAspect: number;
  numbering: "continuous" | "per-aspect";
  scope: "document" | "selection";
}

export const DEFAULT_PREFS: StructurePrefs = {
  bold: {},
  problemsPerAspect: 2,
  numbering: "continuous",
  scope: "document",
};

function key(): string {
  const partition = globalThis.Office?.context?.partitionKey;
  return partition ? `${partition}:duizhao:structure` : "duizhao:structure";
}

export function loadStructurePrefs(): StructurePrefs {
  try {
    const raw = globalThis.localStorage?.getItem(key());
    const saved = raw ? (JSON.parse(raw) as Partial<StructurePrefs>) : {};
    return { ...DEFAULT_PREFS, ...saved, bold: { ...(saved.bold ?? {}) } };
  } catch {
    return DEFAULT_PREFS;
  }
}

export function saveStructurePrefs(prefs: StructurePrefs): void {
  try {
    globalThis.localStorage?.setItem(key(), JSON.stringify(prefs));
  } catch {
    // Blocked storage: the choice simply isn't remembered.
  }
}
