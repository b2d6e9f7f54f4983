/**
 * The fonts GB/T 9704 names for a report (data: templates/official-fonts.json). 方正小标宋简体 and the
 * _GB2312 fonts are not part of Windows; 楷体 and 仿宋 are, and many offices use them instead.
 */
import data from "./templates/official-fonts.json";

export interface OfficialFont {
  /** The East Asian font name Word is given (w:eastAsia). */
  name: string;
  /** The font for digits and Latin letters (font.name, w:ascii): every Chinese Windows has it. */
  latin: string;
  /** Where the report uses it, for messages. */
  use: string;
  /** The font shipped with Windows that offices commonly use in its place. */
  substitute?: string;
}

export const OFFICIAL_FONTS: readonly OfficialFont[] = data;

/** The East Asian font to give instead of an official one (楷体_GB2312 → 楷体); absent names stay as they are. */
export type FontNames = Readonly<Partial<Record<string, string>>>;

/** Every official font that has a common substitute, mapped to it. */
export const SUBSTITUTE_FONTS: FontNames = Object.fromEntries(
  OFFICIAL_FONTS.flatMap((f) => (f.substitute ? [[f.name, f.substitute]] : [])),
);

export function officialFont(name: string): OfficialFont {
  const font = OFFICIAL_FONTS.find((f) => f.name === name);
  if (!font) throw new Error(`not an official font: ${name}`);
  return font;
}

/** The substitutes a font list needs, for fonts that have one (楷体 for 楷体_GB2312). */
export function substitutesOf(names: readonly string[]): string[] {
  return names.flatMap((n) => SUBSTITUTE_FONTS[n] ?? []);
}
