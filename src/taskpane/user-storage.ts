import { officePartitionKey } from "../word/office-host";

/**
 * Per-user data (preferences, own snippets) lives in localStorage, keyed by Office's partition key so that
 * add-ins sharing a webview do not see each other's data. Each store validates what it reads back.
 */
function storageKey(name: string): string {
  const partition = officePartitionKey();
  return partition ? `${partition}:duizhao:${name}` : `duizhao:${name}`;
}

/** The parsed value stored under `name`; undefined when there is none or it cannot be read. */
export function readUserData(name: string): unknown {
  try {
    const raw = globalThis.localStorage?.getItem(storageKey(name));
    return raw ? (JSON.parse(raw) as unknown) : undefined;
  } catch {
    // Unreadable or blocked storage: behave as a first run rather than fail the pane.
    return undefined;
  }
}

/** Throws when the storage refuses (quota, private mode): callers decide whether the writer must know. */
export function writeUserData(name: string, value: unknown): void {
  globalThis.localStorage?.setItem(storageKey(name), JSON.stringify(value));
}
