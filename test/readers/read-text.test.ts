import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeText, readText } from "../../src/readers/read-text";
import { InputError } from "../../src/readers/input-error";

const utf8 = (s: string) => new TextEncoder().encode(s);
const texts = (bytes: Uint8Array) => readText(bytes).map((p) => p.text);

describe("reading a .txt report", () => {
  it("makes one paragraph per line, empty lines included", () => {
    expect(texts(utf8("一、存在的问题\n\n（一）理论学习方面\n"))).toEqual([
      "一、存在的问题",
      "",
      "（一）理论学习方面",
    ]);
  });

  it("splits on CRLF, CR and LF alike", () => {
    expect(texts(utf8("甲\r\n乙\r丙\n丁"))).toEqual(["甲", "乙", "丙", "丁"]);
  });

  it("keeps a trailing blank line but not the final line break", () => {
    expect(texts(utf8("甲\n乙\n\n"))).toEqual(["甲", "乙", ""]);
  });

  it("drops a UTF-8 BOM so the title does not start with an invisible character", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("对照检查材料\n")]);
    expect(texts(bytes)).toEqual(["对照检查材料"]);
    expect(decodeText(bytes).encoding).toBe("utf-8");
  });

  it("reads GBK files saved by Notepad or WPS", () => {
    const bytes = readFileSync(join(__dirname, "../fixtures/cli/gbk-report.txt"));
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe("gb18030");
    const lines = texts(bytes);
    expect(lines[0]).toBe("2025年度组织生活会个人对照检查材料");
    expect(lines).toContain("（一）能力本领方面");
    expect(lines[lines.length - 1]).toBe("2025年12月19日");
  });

  it("reads UTF-16 LE and BE files by their BOM", () => {
    const text = "一、存在的问题\r\n1.学习不够深入。";
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(texts(le)).toEqual(["一、存在的问题", "1.学习不够深入。"]);
    expect(texts(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual([
      "一、存在的问题",
      "1.学习不够深入。",
    ]);
  });

  it("refuses binary data with a Chinese reason", () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14]);
    expect(() => readText(bytes)).toThrow(InputError);
    expect(() => readText(bytes)).toThrow(/不是纯文本文件/);
  });

  it("reads UTF-16 without a BOM, little or big endian, by where its zero bytes fall", () => {
    const text =
      "2025年度组织生活会个人对照检查材料\r\n一、存在的问题\r\n1.学习不够深入，一年只写了6篇笔记。";
    const le = Buffer.from(text, "utf16le");
    expect(decodeText(le)).toEqual({ text, encoding: "utf-16le" });
    expect(decodeText(Buffer.from(le).swap16())).toEqual({ text, encoding: "utf-16be" });
  });

  it("still refuses binary data that has zero bytes on both sides", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    expect(() => readText(png)).toThrow(/不是纯文本文件/);
  });

  it("reads UTF-8 with a few damaged bytes as UTF-8, replacing and counting them", () => {
    const bytes = Buffer.from(
      "2025年度组织生活会个人对照检查材料\n一、存在的问题\n1.学习不够深入。\n",
      "utf8",
    );
    bytes[bytes.indexOf(Buffer.from("1.", "utf8"))] = 0xff;
    const decoded = decodeText(bytes);
    expect(decoded).toMatchObject({ encoding: "utf-8", replaced: 1 });
    expect(decoded.text.split("\n")[2]).toBe("\uFFFD.学习不够深入。");
  });

  it("keeps reading GBK as GBK: as UTF-8 nearly every character would be damaged", () => {
    const bytes = readFileSync(join(__dirname, "../fixtures/cli/gbk-report.txt"));
    expect(decodeText(bytes)).toMatchObject({ encoding: "gb18030" });
    expect(decodeText(bytes).replaced).toBeUndefined();
  });

  it("refuses more lines than any report has before splitting them", () => {
    expect(() => readText(utf8("\n".repeat(100_001)))).toThrow(/段落过多/);
    expect(readText(utf8("甲\n".repeat(100_000)))).toHaveLength(100_000);
  });

  it("refuses bytes beyond the text file limit", () => {
    expect(() => readText(new Uint8Array(20 * 1024 * 1024 + 1))).toThrow(/文件太大/);
  });
});
