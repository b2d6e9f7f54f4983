import type { RuleSetting } from "../core/types";

/** Per-user preferences live in localStorage, keyed by Office's partition key so add-ins don't share them. */
export interface UserPrefs {
  rules: Record<string, RuleSetting>;
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
    return { rules: typeof parsed.rules === "object" && parsed.rules ? parsed.rules : {} };
  } catch {
    // Unreadable or blocked storage: behave as a first run rather than fail the pane.
    return empty;
  }
}

export function savePrefs(prefs: UserPrefs): void {
  globalThis.localStorage?.setItem(storageKey(), JSON.stringify(prefs));
}
