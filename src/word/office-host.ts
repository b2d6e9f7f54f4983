/**
 * What the pane asks of Office itself, outside any Word.run: whether it runs in a Word new enough, the
 * theme, and the partition key per-user data is stored under. Office.js may be absent (a plain browser,
 * the preview before its host is installed, tests), so every answer has a value without it.
 */

/**
 * Why the pane cannot open, or "ready". "no-office-js": the Office.js script did not load (an intranet
 * without Microsoft's CDN); "outside-word": Office.js loaded but names no host (a plain browser).
 */
export type HostStatus = "no-office-js" | "outside-word" | "not-word" | "word-too-old" | "ready";

/** How long Office.js may take to say it is ready before the page gives up on it. */
export const OFFICE_JS_TIMEOUT_MS = 20000;

/** Office.js's answer to onReady (null host outside Office), or undefined when it is absent or silent. */
async function officeReady(timeoutMs: number): Promise<{ host: unknown } | undefined> {
  const office = globalThis.Office;
  if (!office || typeof office.onReady !== "function") return undefined;
  let stop = () => {};
  const silence = new Promise<undefined>((done) => {
    const timer = setTimeout(() => done(undefined), timeoutMs);
    stop = () => clearTimeout(timer);
  });
  const info = await Promise.race([office.onReady(), silence]);
  stop();
  return info ?? undefined;
}

/** Whether Office.js is loaded and answers (outside Office too, where it names no host). */
export async function officeJsReady(timeoutMs = OFFICE_JS_TIMEOUT_MS): Promise<boolean> {
  return (await officeReady(timeoutMs)) !== undefined;
}

/** Waits for Office.js and says whether this is a Word that has WordApi 1.3. */
export async function waitForWord(): Promise<HostStatus> {
  const office = globalThis.Office;
  if (!office || typeof office.onReady !== "function") return "no-office-js";
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
