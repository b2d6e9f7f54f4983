/**
 * What the pane asks of Office itself, outside any Word.run: whether it runs in a Word new enough, the
 * theme, and the partition key per-user data is stored under. Office.js may be absent (a plain browser,
 * the preview before its host is installed, tests), so every answer has a value without it.
 */

/** Why the pane cannot open, or "ready". */
export type HostStatus = "outside-word" | "not-word" | "word-too-old" | "ready";

/** Waits for Office.js and says whether this is a Word that has WordApi 1.3. */
export async function waitForWord(): Promise<HostStatus> {
  const office = globalThis.Office;
  if (!office || typeof office.onReady !== "function") return "outside-word";
  const info = await office.onReady();
  if (!info || !info.host) return "outside-word";
  if (info.host !== office.HostType.Word) return "not-word";
  if (!office.context.requirements.isSetSupported("WordApi", "1.3")) return "word-too-old";
  return "ready";
}

/** The body background colour of Office's theme (#rrggbb), when Office tells it. */
export function officeBackgroundColor(): string | undefined {
  return globalThis.Office?.context?.officeTheme?.bodyBackgroundColor;
}

/** The key that separates this add-in's storage from others sharing the webview, when Office gives one. */
export function officePartitionKey(): string | undefined {
  return globalThis.Office?.context?.partitionKey;
}
