/** GB/T 9704-2012 typesetting per text role (DOMAIN.md's table). Data only. */
import { officialFont, type OfficialFont } from "../official-fonts";
import type { ReportStyleName, RoleFormat, TextRole } from "../typesetting";

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

/**
 * The report's own paragraph styles: the id OOXML refers to them by, the name Word shows (and the add-in
 * applies them by), and the outline level that puts the headings in Word's navigation pane.
 */
const BODY = "DuizhaoBody";
const STYLE: Record<string, ReportStyleName> = {
  title: { id: "DuizhaoTitle", name: "对照-标题", next: BODY },
  level1: { id: "DuizhaoLevel1", name: "对照-一级", outlineLevel: 1, next: BODY },
  level2: { id: "DuizhaoLevel2", name: "对照-二级", outlineLevel: 2, next: BODY },
  level3: { id: "DuizhaoLevel3", name: "对照-三级", outlineLevel: 3, next: BODY },
  level4: { id: "DuizhaoLevel4", name: "对照-四级", next: BODY },
  body: { id: BODY, name: "对照-正文" },
  signature: { id: "DuizhaoSignature", name: "对照-署名" },
};

const text = (font: OfficialFont, style: ReportStyleName): RoleFormat => ({
  font,
  size: SANHAO,
  alignment: "Justified",
  firstLineIndent: TWO_CHARS,
  lineSpacing: LINE,
  style,
});

export const TYPESETTING: Record<TextRole, RoleFormat> = {
  title: {
    font: XIAOBIAOSONG,
    size: ERHAO,
    alignment: "Centered",
    firstLineIndent: 0,
    lineSpacing: LINE,
    style: STYLE.title!,
  },
  // Headings of every level start two characters in, like the text (GB/T practice), none is centred.
  level1: text(HEITI, STYLE.level1!),
  level2: text(KAITI, STYLE.level2!),
  level3: text(FANGSONG, STYLE.level3!),
  level4: text(FANGSONG, STYLE.level4!),
  body: text(FANGSONG, STYLE.body!),
  // Signature and date close the report at the right, in one style.
  signature: { ...text(FANGSONG, STYLE.signature!), alignment: "Right", firstLineIndent: 0 },
  date: { ...text(FANGSONG, STYLE.signature!), alignment: "Right", firstLineIndent: 0 },
};
