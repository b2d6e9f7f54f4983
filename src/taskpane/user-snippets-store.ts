import type { UserSnippet } from "../core/snippets/user";
import { SNIPPET_CATEGORIES } from "../core/snippets/taxonomy";
import { readUserData, writeUserData } from "./user-storage";

/**
 * The writer's own phrase data: own snippets, favourites and recently used ids. Per user (user-storage.ts),
 * exported and imported as a file by the 短语 tab.
 */
export interface UserSnippetData {
  snippets: UserSnippet[];
  /** Snippet ids, most recently starred first. */
  favourites: string[];
  /** Snippet ids, most recently inserted first. */
  recent: string[];
}

export const MAX_RECENT = 8;

const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

function isStoredSnippet(value: unknown): value is UserSnippet {
  if (typeof value !== "object" || value === null) return false;
  const s = value as Partial<UserSnippet>;
  return (
    typeof s.id === "string" &&
    typeof s.title === "string" &&
    typeof s.text === "string" &&
    Array.isArray(s.themes) &&
    (SNIPPET_CATEGORIES as readonly string[]).includes(s.category ?? "")
  );
}

export function loadUserSnippets(): UserSnippetData {
  const stored = readUserData("snippets");
  const parsed = (typeof stored === "object" && stored !== null ? stored : {}) as Partial<
    Record<keyof UserSnippetData, unknown>
  >;
  // Entries damaged by hand are dropped one by one rather than losing the whole list.
  const snippets = Array.isArray(parsed.snippets) ? parsed.snippets.filter(isStoredSnippet) : [];
  return {
    snippets: snippets.map((s) => ({ ...s, source: "user" as const })),
    favourites: ids(parsed.favourites),
    recent: ids(parsed.recent).slice(0, MAX_RECENT),
  };
}

/** Throws when the storage refuses (quota, private mode); the tab reports it in Chinese. */
export function saveUserSnippets(data: UserSnippetData): void {
  writeUserData("snippets", data);
}

/** `id` moved to the front of the recent list. */
export function withRecent(recent: readonly string[], id: string): string[] {
  return [id, ...recent.filter((r) => r !== id)].slice(0, MAX_RECENT);
}
