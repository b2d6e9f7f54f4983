/**
 * Whether font families are installed where this page runs (the webview Word runs the pane in, or the
 * administrator's browser on the self-check page).
 *
 * `document.fonts.check` can say "no" only in Chromium before 120; browsers today answer true for any
 * family, web fonts aside (so pages cannot list a machine's fonts). Where it cannot say no, the probe draws
 * a sample in the family with different generic fallbacks behind it: an installed family draws the same
 * whatever comes behind it, a missing one draws as each fallback does. Where neither tells, the answer is
 * "unknown", never a guess.
 */

export type FontPresence = "installed" | "missing" | "unknown";

/** What the probe needs of the browser; either part may be missing. */
export interface FontEnvironment {
  /** document.fonts.check. */
  check?: (font: string) => boolean;
  /** What `text` looks like in the CSS font `font`: equal strings for equal drawings (advance and ink box). */
  measure?: (font: string, text: string) => string;
}

// Chinese and Latin: generic fallbacks often share one CJK font, they rarely share their Latin ones.
const SAMPLE = "国永字mmWwli10";
const SIZE = "64px";
const FALLBACKS = ["serif", "sans-serif", "monospace"];
// A family no machine has: if check() says it is there, check() cannot tell.
const NO_SUCH_FAMILY = "duizhao-no-such-family-7f3q";

const family = (name: string) => `"${name.replace(/["\\]/g, "")}"`;

/** Installed, missing or unknown for each name (family names as Word and CSS know them: 仿宋_GB2312). */
export function probeFonts(names: readonly string[], env: FontEnvironment): Map<string, FontPresence> {
  const answer = byCheck(env) ?? byDrawing(env) ?? (() => "unknown" as const);
  return new Map(names.map((name) => [name, answer(name)]));
}

function byCheck({ check }: FontEnvironment) {
  if (!check || safely(() => check(`${SIZE} ${family(NO_SUCH_FAMILY)}`)) !== false) return undefined;
  return (name: string): FontPresence => {
    const found = safely(() => check(`${SIZE} ${family(name)}`));
    return found === undefined ? "unknown" : found ? "installed" : "missing";
  };
}

function byDrawing({ measure }: FontEnvironment) {
  if (!measure) return undefined;
  const draw = (font: string) => safely(() => measure(font, SAMPLE));
  const plain = FALLBACKS.map((f) => draw(`${SIZE} ${f}`));
  // Fallbacks that all draw alike cannot show a difference.
  if (plain.some((p) => p === undefined) || new Set(plain).size < 2) return undefined;
  return (name: string): FontPresence => {
    const drawn = FALLBACKS.map((f) => draw(`${SIZE} ${family(name)}, ${f}`));
    if (drawn.every((d) => d !== undefined && d === drawn[0])) return "installed";
    if (drawn.every((d, i) => d === plain[i])) return "missing";
    return "unknown";
  };
}

function safely<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/** The browser's own check and a canvas to draw on, where it has them. */
export function browserFontEnvironment(doc: Document = document): FontEnvironment {
  const fonts = (doc as { fonts?: FontFaceSet }).fonts;
  // Every webview the pane runs in has the CSS font API; without it (old engines, jsdom) nothing is told.
  if (!fonts || typeof fonts.check !== "function") return {};
  const check = (font: string) => fonts.check(font);
  const context = safely(() => doc.createElement("canvas").getContext("2d"));
  const measure = context
    ? (font: string, text: string) => {
        context.font = font;
        const m = context.measureText(text);
        const box = [m.actualBoundingBoxLeft, m.actualBoundingBoxRight, m.actualBoundingBoxAscent];
        return [m.width, ...box, m.actualBoundingBoxDescent].map((v) => v?.toFixed(2)).join(" ");
      }
    : undefined;
  return { check, measure };
}
