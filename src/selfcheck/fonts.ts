/** The font lines: each official font of GB/T 9704, then the common substitutes, on this machine. */
import { OFFICIAL_FONTS, SUBSTITUTE_FONTS } from "../core/compose/official-fonts";
import type { FontPresence } from "../taskpane/environment/font-probe";
import type { CheckLine } from "./check-line";
import { s } from "./strings";

/** The names to probe: the official fonts and their substitutes. */
export const FONT_NAMES = [
  ...OFFICIAL_FONTS.map((f) => f.name),
  ...Object.values(SUBSTITUTE_FONTS),
] as string[];

export function fontLines(presence: ReadonlyMap<string, FontPresence>): CheckLine[] {
  const lines = OFFICIAL_FONTS.map((font): CheckLine => {
    const line = { id: `font-${font.name}`, title: s.fonts.title(font.name) };
    const found = presence.get(font.name) ?? "unknown";
    if (found === "installed") return { ...line, state: "ok", detail: s.fonts.installed(font.use) };
    if (found === "unknown")
      return { ...line, state: "unknown", detail: s.fonts.unknown, todo: s.fonts.unknownTodo };
    const todo = s.fonts.missingTodo(font.substitute);
    return { ...line, state: "problem", detail: s.fonts.missing(font.use), todo };
  });
  const substitutes = Object.values(SUBSTITUTE_FONTS) as string[];
  const line = { id: "font-substitutes", title: s.fonts.substitutesTitle };
  const missing = substitutes.filter((n) => presence.get(n) !== "installed");
  lines.push(
    missing.length === 0
      ? { ...line, state: "ok", detail: s.fonts.substitutesOk(substitutes) }
      : {
          ...line,
          state: "problem",
          detail: s.fonts.substitutesMissing(missing),
          todo: s.fonts.substitutesTodo,
        },
  );
  return lines;
}
