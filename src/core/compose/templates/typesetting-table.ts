/** GB/T 9704-2012 typesetting per text role (DOMAIN.md's table). Data only. */
import type { FontChoice, RoleFormat, TextRole } from "../typesetting";

/**
 * The standard fonts, and the ones Windows (or Office) ships for when the _GB2312 / 方正 fonts are missing.
 * `latin` goes to font.name (digits and Latin letters): a font every Chinese Windows has.
 */
const XIAOBIAOSONG: FontChoice = {
  standard: { name: "方正小标宋简体", latin: "SimSun" },
  system: { name: "华文中宋", latin: "SimSun" },
};
const HEITI: FontChoice = {
  standard: { name: "黑体", latin: "SimHei" },
  system: { name: "黑体", latin: "SimHei" },
};
const KAITI: FontChoice = {
  standard: { name: "楷体_GB2312", latin: "KaiTi" },
  system: { name: "楷体", latin: "KaiTi" },
};
const FANGSONG: FontChoice = {
  standard: { name: "仿宋_GB2312", latin: "FangSong" },
  system: { name: "仿宋", latin: "FangSong" },
};

/** 三号 and 二号 in points. */
const SANHAO = 16;
const ERHAO = 22;
/** Two characters of 三号 text. */
const TWO_CHARS = 32;
/** Fixed line spacing: 22 lines on a 225 mm text block. */
const LINE = 28;

const text = (font: FontChoice): RoleFormat => ({
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
