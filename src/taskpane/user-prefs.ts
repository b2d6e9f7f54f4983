import type { RuleSetting } from "../core/types";

/** Per-user preferences live in localStorage, keyed by Office's partition key so add-ins don't share them. */
export interface UserPrefs {
  rules: Record<string, RuleSetting>;
  /** The 检查 tab re-checks after edits (WordApi 1.6 paragraph events); off unless the user turns it on. */
  autoRecheck?: boolean;
}

const empty: UserPrefs = { rules: {} };

function storageKey(): string {
  const partition = globalThis.Office?.context?.partitionKey;
  return partition ? `${partition}:duizhao:prefs` : "duizhao:prefs";
}

export function loadPrefs(): UserPrefs {
  try {
    const raw = globalThis.localStorage?.getItem(storageKey());
    if (!raw) return empty;
    const parsed = JSON.parse(raw) as Partial<UserPrefs>;
    return {
      ...parsed,
      rules: typeof parsed.rules === "object" && parsed.rules ? parsed.rules : {},
      autoRecheck: parsed.autoRecheck === true,
    };
  } catch {
    // Unreadable or blocked storage: behave as a first run rather than fail the pane.
    return empty;
  }
}

export function savePrefs(prefs: UserPrefs): void {
  globalThis.localStorage?.setItem(storageKey(), JSON.stringify(prefs));
}

/** Changes some preferences and keeps the rest (read fresh, so another tab's change is not lost). */
export function updatePrefs(change: (prefs: UserPrefs) => UserPrefs): UserPrefs {
  const next = change(loadPrefs());
  savePrefs(next);
  return next;
}
