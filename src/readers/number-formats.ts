/**
 * Word's list number formats (w:numFmt) rendered as Word displays them.
 * Unknown formats fall back to decimal, as Word itself does for formats it cannot draw.
 */
import { chineseNumeral } from "../core/outline/chinese-numerals";

const cnDigits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
const cnPositionalDigits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
const cnLegalDigits = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"];
const heavenlyStems = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"];

/** 一 … 九十九 with 十 for the tens; larger values digit by digit (一〇〇), as Word's chineseCounting does. */
function chineseCounting(n: number): string {
  if (n >= 1 && n < 100) return chineseNumeral(n);
  return n >= 100 ? ideographDigital(n) : (cnDigits[n] ?? String(n));
}

/** Full positional notation: 一百二十三, 一千零五, 一万二千. */
function chineseCountingThousand(
  n: number,
  digits = cnPositionalDigits,
  units = ["", "十", "百", "千"],
): string {
  if (n === 0) return digits[0] ?? "〇";
  if (n >= 10000) {
    const high = Math.floor(n / 10000);
    const low = n % 10000;
    const zero = low > 0 && low < 1000 ? (digits[0] ?? "") : "";
    return (
      chineseCountingThousand(high, digits, units) +
      "万" +
      (low === 0 ? "" : zero + chineseCountingThousand(low, digits, units))
    );
  }
  const text: string[] = [];
  let pendingZero = false;
  const s = String(n);
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const unit = units[s.length - 1 - i] ?? "";
    if (d === 0) {
      pendingZero = text.length > 0;
      continue;
    }
    if (pendingZero) text.push(digits[0] ?? "");
    pendingZero = false;
    // 十一 rather than 一十一 at the start of a two-digit number
    if (!(d === 1 && unit === units[1] && text.length === 0 && s.length === 2)) text.push(digits[d] ?? "");
    text.push(unit);
  }
  return text.join("");
}

function ideographDigital(n: number): string {
  return String(n)
    .split("")
    .map((d) => cnDigits[Number(d)] ?? d)
    .join("");
}

/** ①–⑳, ㉑–㉟, ㊱–㊿; beyond 50 plain digits. */
function enclosedCircle(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return String(n);
}

/** Letters repeated at most this often (zzzzzzzzzz); beyond, the number is shown in digits. */
const MAX_LETTER_REPEAT = 10;

/** a … z, aa … zz, aaa: Word repeats the letter rather than counting in base 26. */
function letter(n: number, upper: boolean): string {
  if (n < 1 || n > 26 * MAX_LETTER_REPEAT) return String(n);
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  const text = ch.repeat(Math.floor((n - 1) / 26) + 1);
  return upper ? text.toUpperCase() : text;
}

function roman(n: number, upper: boolean): string {
  if (n < 1 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, "m"],
    [900, "cm"],
    [500, "d"],
    [400, "cd"],
    [100, "c"],
    [90, "xc"],
    [50, "l"],
    [40, "xl"],
    [10, "x"],
    [9, "ix"],
    [5, "v"],
    [4, "iv"],
    [1, "i"],
  ];
  let rest = n;
  let text = "";
  for (const [value, symbol] of table) {
    while (rest >= value) {
      text += symbol;
      rest -= value;
    }
  }
  return upper ? text.toUpperCase() : text;
}

/** Renders `value` in the w:numFmt `format`. */
export function formatListNumber(value: number, format: string): string {
  switch (format) {
    case "decimal":
      return String(value);
    case "decimalZero":
      return value < 10 && value >= 0 ? "0" + value : String(value);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(value).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return enclosedCircle(value);
    case "chineseCounting":
      return chineseCounting(value);
    case "chineseCountingThousand":
    case "taiwaneseCountingThousand":
      return chineseCountingThousand(value);
    case "chineseLegalSimplified":
      return chineseCountingThousand(value, cnLegalDigits, ["", "拾", "佰", "仟"]);
    case "ideographDigital":
    case "taiwaneseDigital":
      return ideographDigital(value);
    case "ideographTraditional":
      return value >= 1 && value <= 10 ? (heavenlyStems[value - 1] ?? String(value)) : String(value);
    case "lowerLetter":
      return letter(value, false);
    case "upperLetter":
      return letter(value, true);
    case "lowerRoman":
      return roman(value, false);
    case "upperRoman":
      return roman(value, true);
    case "none":
      return "";
    default:
      return String(value);
  }
}
