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
});
