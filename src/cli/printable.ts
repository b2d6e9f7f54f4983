/**
 * Text from a report or a file name, made safe to print: control characters (ESC would start a terminal
 * escape sequence) and bidirectional overrides (which reorder what the terminal shows) are removed.
 */

// C0 controls but tab and line feed, DEL and C1, and the bidi marks, embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` without control and bidi characters (tab and line feed stay). */
export function printable(text: string): string {
  return text.replace(UNSAFE, "");
}

/** JSON text with the same characters written as \\u escapes: the data stays whole, the terminal safe. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    UNSAFE,
    (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"),
  );
}
