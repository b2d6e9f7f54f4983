import { chineseNumeral, parseChineseNumeral } from "../../src/core/outline/chinese-numerals";
import { findInlineEnumerations, readNumbering } from "../../src/core/outline/number-prefixes";

const read = (text: string, listString?: string) =>
  readNumbering({ text, ...(listString ? { listString } : {}) });

describe("Chinese numerals", () => {
  it.each([
    ["一", 1],
    ["九", 9],
    ["十", 10],
    ["十一", 11],
    ["二十", 20],
    ["二十三", 23],
    ["九十九", 99],
  ])("%s ⇄ %d", (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
    expect(chineseNumeral(value)).toBe(text);
  });

  it.each(["", "一二", "十十", "零", "百"])("rejects %j", (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });
});

describe("readNumbering", () => {
  it.each([
    ["一、查摆问题", "cn-dun", 1, 1, "一、"],
    ["十二、其他", "cn-dun", 1, 12, "十二、"],
    ["（一）理论学习方面", "cn-paren", 2, 1, "（一）"],
    ["(三)half-width", "cn-paren", 2, 3, "(三)"],
    ["（二）坚持原则", "cn-paren", 2, 2, "（二）"],
    ["1.学习不够", "arabic", 3, 1, "1."],
    ["10．学习不够", "arabic", 3, 10, "10．"],
    ["１．全角数字", "arabic", 3, 1, "１．"],
    ["（1）具体表现", "arabic-paren", 4, 1, "（1）"],
    ["(12)具体表现", "arabic-paren", 4, 12, "(12)"],
    ["③第三点", "circled", 5, 3, "③"],
    ["二是学习不深", "shi", 0, 2, "二是"],
  ])("%s", (text, style, level, value, raw) => {
    const n = read(text);
    expect(n).toMatchObject({
      style,
      level,
      value,
      raw,
      length: raw.length,
      wrongSeparator: false,
      fromList: false,
    });
  });

  it("skips ASCII and ideographic spaces before the number", () => {
    const n = read("\u3000\u3000 2.学用脱节");
    expect(n).toMatchObject({ style: "arabic", value: 2, offset: 3, length: 5 });
  });

  it.each([
    ["1、学习", "、"],
    ["1,学习", ","],
    ["（一）、理论学习", "、"],
    ["一.存在的问题", "."],
    ["一．存在的问题", "．"],
  ])("flags the separator in %s", (text, separator) => {
    expect(read(text)).toMatchObject({ separator, wrongSeparator: true });
  });

  it("takes Word's list number as the number", () => {
    const n = read("存在的问题", "一、");
    expect(n).toMatchObject({ style: "cn-dun", value: 1, fromList: true, length: 0, offset: 0 });
  });

  it("reads a list number over a paragraph that has none in its text", () => {
    expect(read("学习不够", "3.")).toMatchObject({ style: "arabic", value: 3, fromList: true });
  });

  it("reads a year right after a number as text", () => {
    expect(read("1.2024年6月前完成")).toMatchObject({ style: "arabic", value: 1 });
  });

  it.each([
    "一是一，二是二，不能含糊",
    "1.5倍的增长",
    "2025年是关键一年",
    "3.28日召开",
    "一、二线城市的差距",
    "1、2月份完成",
    "十九大以来",
    "一些同志",
    "统一思想",
    "二〇二五年三月",
    "",
    "   ",
  ])("%j is not a numbered paragraph", (text) => {
    expect(read(text)).toBeNull();
  });
});

describe("findInlineEnumerations", () => {
  it("finds several 一是 in one paragraph, in order", () => {
    const text = "（一）理论学习方面。一是学得不深；二是用得不够；三是坚持不好。";
    const found = findInlineEnumerations(text);
    expect(found.map((e) => e.value)).toEqual([1, 2, 3]);
    expect(found.map((e) => text.slice(e.offset, e.offset + e.length))).toEqual(["一是", "二是", "三是"]);
  });

  it("ignores 是 after a word that ends in a numeral and sayings like 一是一", () => {
    expect(findInlineEnumerations("要统一是非标准，做到一是一、二是二。")).toEqual([]);
  });

  it("continues a run at the start of a paragraph", () => {
    expect(findInlineEnumerations("二是服务不够主动。").map((e) => e.value)).toEqual([2]);
  });

  it("drops numbers that break the run", () => {
    expect(findInlineEnumerations("一是学习；三是工作。").map((e) => e.value)).toEqual([1]);
  });
});
