import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { officeBackgroundColor } from "../word/office-host";

/** Follows Office's theme: a dark body background means the dark Fluent theme. */
export function themeFromOffice(): Theme {
  const color = officeBackgroundColor();
  return color && isDark(color) ? webDarkTheme : webLightTheme;
}

function isDark(hex: string): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x ?? "0", 16));
  // Relative luminance, roughly: below the middle grey reads as a dark theme.
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0) < 128;
}
