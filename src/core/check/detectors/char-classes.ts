/** Character classes and small text helpers shared by the wording rules. */

/** A CJK ideograph (the unified block plus extension A and the compatibility block). */
export function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** Full-width Chinese punctuation (、，。；：？！“”‘’（）《》【】…—). */
export function isCjkPunct(ch: string | undefined): boolean {
  return (
    !!ch &&
    /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d\u2026\u2014]/.test(
      ch,
    )
  );
}

/** Chinese text: an ideograph or Chinese punctuation. */
export function isChinese(ch: string | undefined): boolean {
  return isHan(ch) || isCjkPunct(ch);
}

export function isLatinOrDigit(ch: string | undefined): boolean {
  return !!ch && /[A-Za-z0-9]/.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return !!ch && /[0-9]/.test(ch);
}

/** Blanks Word and pasted text use: space, no-break space, ideographic space, tab. */
export function isBlank(ch: string | undefined): boolean {
  return !!ch && /[ \u00a0\u3000\t]/.test(ch);
}

/** The nearest non-blank character before `index`, or undefined. */
export function prevNonBlank(text: string, index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) if (!isBlank(text[i])) return text[i];
  return undefined;
}

/** The nearest non-blank character after `index`, or undefined. */
export function nextNonBlank(text: string, index: number): string | undefined {
  for (let i = index + 1; i < text.length; i++) if (!isBlank(text[i])) return text[i];
  return undefined;
}
