import { webStorage, type HostParagraph, type HostStyle, type SettingsStorage } from "./host";

/**
 * The preview keeps the current document and its settings in localStorage, so a reload shows the same
 * document with the same per-document data, the way reopening a file in Word would.
 */
const DOC_KEY = "duizhao-preview:document";
const STYLES_KEY = "duizhao-preview:styles";
const SETTINGS_KEY = "duizhao-preview:settings";

export function savedDocument(): HostParagraph[] | null {
  try {
    const raw = localStorage.getItem(DOC_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return Array.isArray(parsed) ? (parsed as HostParagraph[]) : null;
  } catch {
    return null;
  }
}

/** The styles the saved document defines (its paragraphs refer to them by name). */
export function savedStyles(): HostStyle[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STYLES_KEY) ?? "[]");
    return Array.isArray(parsed) ? (parsed as HostStyle[]) : [];
  } catch {
    return [];
  }
}

export function saveDocument(paragraphs: HostParagraph[], styles: HostStyle[]): void {
  try {
    localStorage.setItem(DOC_KEY, JSON.stringify(paragraphs));
    localStorage.setItem(STYLES_KEY, JSON.stringify(styles));
  } catch {
    // A document too large for localStorage simply isn't restored after a reload.
  }
}

/** Document settings for the simulated `Office.context.document.settings`. */
export const documentSettings: SettingsStorage = webStorage(SETTINGS_KEY, localStorage);

/** A different document brings no settings of its own. */
export function forgetDocumentSettings(): void {
  localStorage.removeItem(SETTINGS_KEY);
}
