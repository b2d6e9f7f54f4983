/**
 * Per-user choices of the 结构 tab (bold per level, numbering, counts, substitute fonts), stored per user
 * (user-storage.ts).
 */
import { useState } from "react";
import type { TextRole } from "../../core/compose/typesetting";
import { readUserData, writeUserData } from "../user-storage";

export interface StructurePrefs {
  bold: Partial<Record<TextRole, boolean>>;
  problemsPerAspect: number;
  numbering: "continuous" | "per-aspect";
  scope: "document" | "selection";
  /** 一键排版 and inserted text in 楷体 / 仿宋 instead of 楷体_GB2312 / 仿宋_GB2312 (machines without them). */
  substituteFonts: boolean;
}

export const DEFAULT_PREFS: StructurePrefs = {
  bold: {},
  problemsPerAspect: 2,
  numbering: "continuous",
  scope: "document",
  substituteFonts: false,
};

export function loadStructurePrefs(): StructurePrefs {
  const stored = readUserData("structure");
  const saved = (typeof stored === "object" && stored !== null ? stored : {}) as Partial<StructurePrefs>;
  return { ...DEFAULT_PREFS, ...saved, bold: { ...(saved.bold ?? {}) } };
}

export function saveStructurePrefs(prefs: StructurePrefs): void {
  try {
    writeUserData("structure", prefs);
  } catch {
    // Blocked storage: the choice simply isn't remembered.
  }
}

/** The 结构 tab's preferences as React state, saved on every change. */
export function useStructurePrefs(): [StructurePrefs, (change: Partial<StructurePrefs>) => void] {
  const [prefs, setPrefs] = useState<StructurePrefs>(loadStructurePrefs);
  const update = (change: Partial<StructurePrefs>) => {
    const next = { ...prefs, ...change };
    setPrefs(next);
    saveStructurePrefs(next);
  };
  return [prefs, update];
}
