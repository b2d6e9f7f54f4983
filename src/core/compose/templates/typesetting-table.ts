/** GB/T 9704-2012 typesetting per text role (DOMAIN.md's table). Data only. */
import { officialFont, type OfficialFont } from "../official-fonts";
import type { RoleFormat, TextRole } from "../typesetting";

// The official fonts (official-fonts.json); the user may choose substitutes for some (TypesettingSettings.fonts).
const XIAOBIAOSONG = officialFont("方正小标宋简体");
const HEITI = officialFont("黑体");
const KAITI = officialFont("楷体_GB2312");
const FANGSONG = officialFont("仿宋_GB2312");

/** 三号 and 二号 in points. */
const SANHAO = 16;
const ERHAO = 22;
/** Two characters of 三号 text. */
const TWO_CHARS = 32;
/** Fixed line spacing: 22 lines on a 225 mm text block. */
const LINE = 28;

const text = (font: OfficialFont): RoleFormat => ({
  font,
  size: SANHAO,
  alignment: "Justified",
  firstLineIndent: TWO_CHARS,
  lineSpacing: LINE,
});

export const TYPESETTING: Record<TextRole, RoleFormat> = {
  title: { font: XIAOBIAOSONG, size: ERHAO, alignment: "Centered", firstLineIndent: 0, lineSpacing: LINE },
  // Headings of every level start two characters in, like the text (GB/T practice), none is centred.
  level1: text(HEITI),
  level2: text(KAITI),
  level3: text(FANGSONG),
  level4: text(FANGSONG),
  body: text(FANGSONG),
  // Signature and date close the report at the right.
  signature: { ...text(FANGSONG), alignment: "Right", firstLineIndent: 0 },
  date: { ...text(FANGSONG), alignment: "Right", firstLineIndent: 0 },
};
