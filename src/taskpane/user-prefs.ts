import type { RuleSetting } from "../core/types";
import { readUserData, writeUserData } from "./user-storage";

/** Per-user preferences of the check (rules on and off, automatic re-check). */
export interface UserPrefs {
  rules: Record<string, RuleSetting>;
  /** The 检查 tab re-checks after edits (WordApi 1.6 paragraph events); off unless the user turns it on. */
  autoRecheck?: boolean;
}

const empty: UserPrefs = { rules: {} };

export function loadPrefs(): UserPrefs {
  const parsed = readUserData("prefs");
  if (typeof parsed !== "object" || parsed === null) return empty;
  const saved = parsed as Partial<UserPrefs>;
  return {
    ...saved,
    rules: typeof saved.rules === "object" && saved.rules ? saved.rules : {},
    autoRecheck: saved.autoRecheck === true,
  };
}

export function savePrefs(prefs: UserPrefs): void {
  writeUserData("prefs", prefs);
}

/** Changes some preferences and keeps the rest (read fresh, so another tab's change is not lost). */
export function updatePrefs(change: (prefs: UserPrefs) => UserPrefs): UserPrefs {
  const next = change(loadPrefs());
  savePrefs(next);
  return next;
}
