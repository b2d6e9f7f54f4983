/**
 * CSS font stacks for the Chinese official-document fonts, each ending in a free look-alike a Linux preview
 * can have (Debian: fonts-arphic-uming for 宋/仿宋, fonts-arphic-ukai for 楷体, fonts-wqy-zenhei for 黑体).
 */
const stacks: [RegExp, string][] = [
  [
    /小标宋|标宋/,
    '"FZXiaoBiaoSong-B05S", "方正小标宋简体", "STSong", "SimSun", "AR PL UMing CN", "WenQuanYi Zen Hei", serif',
  ],
  [/黑体|SimHei/i, '"SimHei", "黑体", "Heiti SC", "WenQuanYi Zen Hei", sans-serif'],
  [
    /楷体|KaiTi/i,
    '"KaiTi", "楷体_GB2312", "楷体", "Kaiti SC", "STKaiti", "AR PL UKai CN", "WenQuanYi Zen Hei", serif',
  ],
  [
    /仿宋|FangSong/i,
    '"FangSong", "仿宋_GB2312", "仿宋", "STFangsong", "AR PL UMing CN", "WenQuanYi Zen Hei", serif',
  ],
];

function stackOf(wordFontName: string): string {
  for (const [pattern, stack] of stacks) if (pattern.test(wordFontName)) return stack;
  return `"${wordFontName}", "WenQuanYi Zen Hei", sans-serif`;
}

/**
 * Word draws Chinese characters with the East Asian font (w:eastAsia) and Latin ones with font.name.
 * The browser falls back per glyph: the Latin font first, then the East Asian stack for what it lacks.
 */
export function cssFontFamily(wordFontName: string, eastAsianFontName?: string): string {
  if (!eastAsianFontName || eastAsianFontName === wordFontName) return stackOf(wordFontName);
  return `"${wordFontName.replace(/"/g, "")}", ${stackOf(eastAsianFontName)}`;
}
