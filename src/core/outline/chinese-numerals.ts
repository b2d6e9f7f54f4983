/** Chinese numerals as used in report numbering (一、 （十二） 二十三是), 1–99. */

const DIGITS = "〇一二三四五六七八九";

/** The characters a numbering numeral may be made of. */
export const NUMERAL_CHARS = "一二三四五六七八九十";

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九. Values outside 1–99 are written in Arabic digits. */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) return String(value);
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  const head = tens === 0 ? "" : tens === 1 ? "十" : `${DIGITS[tens]}十`;
  return head + (ones === 0 ? "" : (DIGITS[ones] ?? ""));
}

/** 一 → 1, 十一 → 11, 二十 → 20, 九十九 → 99; null when the whole text is not such a numeral. */
export function parseChineseNumeral(text: string): number | null {
  const m = /^(?:([二三四五六七八九]?)(十))?([一二三四五六七八九]?)$/.exec(text);
  if (!m || text === "") return null;
  const tens = m[2] ? (m[1] ? DIGITS.indexOf(m[1]) : 1) : 0;
  const ones = m[3] ? DIGITS.indexOf(m[3]) : 0;
  return tens * 10 + ones;
}

/** The longest numeral starting at `from` (at most three characters), or null. */
export function matchChineseNumeral(text: string, from = 0): { value: number; length: number } | null {
  let run = 0;
  while (run < 3 && NUMERAL_CHARS.includes(text.charAt(from + run))) run++;
  for (let length = run; length > 0; length--) {
    const value = parseChineseNumeral(text.slice(from, from + length));
    if (value !== null) return { value, length };
  }
  return null;
}

/** Full-width digits (０-９) as ASCII, one character for one, so offsets stay valid. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** `value` in the kind of digits `written` starts with: 6 after "5个方面", 六 after "五个方面". */
export function numeralLike(written: string, value: number): string {
  return /^[0-9０-９]/.test(written) ? String(value) : chineseNumeral(value);
}

/** A count or number as written: "3", "３", "三", "两", "十二" → its value; null when it is none of those. */
export function countValue(text: string): number | null {
  const ascii = asciiDigits(text);
  if (/^[0-9]+$/.test(ascii)) return Number(ascii);
  return parseChineseNumeral(text.replace("两", "二"));
}
